"""Configure the applications app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApplicationsConfig(AppConfig):
    name = "gongkai.applications"
    label = "applications"
    verbose_name = _("Disclosure on request")

    def ready(self) -> None:
        from gongkai.workdays.signals import calendar_changed

        from .receivers import on_calendar_changed

        calendar_changed.connect(on_calendar_changed, dispatch_uid="applications.recompute_due")
