"""Configure the working-day calendar app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkdaysConfig(AppConfig):
    name = "gongkai.workdays"
    label = "workdays"
    verbose_name = _("Working-day calendar")

    def ready(self) -> None:
        from gongkai.core.navigation import register_nav

        register_nav(_("Working-day calendar"), "workdays:overview", order=850)
