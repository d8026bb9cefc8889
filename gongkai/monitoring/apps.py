"""Configure the monitoring app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    name = "gongkai.monitoring"
    label = "monitoring"
    verbose_name = _("Website monitoring")

    def ready(self) -> None:
        from gongkai.core.audit_labels import register_audit_labels
        from gongkai.core.dashboard import register_widget
        from gongkai.core.demo import register_demo
        from gongkai.core.navigation import register_nav
        from gongkai.orgs.roles import Role

        from .audit_labels import ACTIONS, STATES
        from .dashboard import monitoring_cards
        from .demo import load_demo_monitoring

        register_audit_labels("monitoring", actions=ACTIONS, states=STATES)
        register_nav(
            _("Website monitoring"),
            "monitoring:sites",
            roles=[Role.COORDINATOR, Role.SUPERVISOR],
            order=440,
        )
        register_widget(monitoring_cards)
        register_demo(_("Gongkai's own portal as a monitored site"), load_demo_monitoring, order=90)
