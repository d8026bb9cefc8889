"""Configure the incidents app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IncidentsConfig(AppConfig):
    name = "gongkai.incidents"
    label = "incidents"
    verbose_name = _("Emergencies and public concern")

    def ready(self) -> None:
        from gongkai.core.audit_labels import register_audit_labels
        from gongkai.core.dashboard import register_alert, register_widget
        from gongkai.core.demo import register_demo
        from gongkai.core.navigation import register_nav
        from gongkai.orgs.roles import Role

        from .audit_labels import ACTIONS, STATES
        from .dashboard import incident_alerts, incident_cards
        from .demo import load_demo_incidents

        register_audit_labels("incidents", actions=ACTIONS, states=STATES)
        register_nav(
            _("Emergencies and public concern"),
            "incidents:list",
            roles=(Role.COORDINATOR, Role.EDITOR, Role.SUPERVISOR),
            order=420,
        )
        register_widget(incident_cards)
        register_alert(incident_alerts)
        register_demo(_("a running incident"), load_demo_incidents, order=70)
