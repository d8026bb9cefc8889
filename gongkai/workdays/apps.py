"""Configure the working-day calendar app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkdaysConfig(AppConfig):
    name = "gongkai.workdays"
    label = "workdays"
    verbose_name = _("Working-day calendar")

    def ready(self) -> None:
        from gongkai.core.audit_labels import register_audit_labels
        from gongkai.core.dashboard import register_alert
        from gongkai.core.navigation import register_nav

        from .audit_labels import ACTIONS
        from .dashboard import calendar_alerts

        register_audit_labels("calendar", actions=ACTIONS)
        register_nav(_("Working-day calendar"), "workdays:overview", order=850)
        register_alert(calendar_alerts)
