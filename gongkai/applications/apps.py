"""Configure the applications app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApplicationsConfig(AppConfig):
    name = "gongkai.applications"
    label = "applications"
    verbose_name = _("Disclosure on request")

    def ready(self) -> None:
        from gongkai.core.audit_labels import register_audit_labels
        from gongkai.core.dashboard import register_widget
        from gongkai.core.demo import register_demo
        from gongkai.core.navigation import register_nav, register_public_nav
        from gongkai.workdays.signals import calendar_changed

        from .audit_labels import ACTIONS
        from .dashboard import application_cards
        from .demo import load_demo_applications
        from .receivers import on_calendar_changed
        from .states import Status

        register_audit_labels("application", actions=ACTIONS, states=Status.choices)
        calendar_changed.connect(on_calendar_changed, dispatch_uid="applications.recompute_due")
        register_nav(_("Disclosure on request"), "applications:list", order=200)
        register_public_nav(_("Disclosure on request"), "apply:guide", order=40)
        register_widget(application_cards)
        register_demo(_("disclosure requests in every status"), load_demo_applications, order=40)
