"""Configure the reports app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "gongkai.reports"
    label = "reports"
    verbose_name = _("Annual disclosure report")

    def ready(self) -> None:
        from gongkai.core.audit_labels import register_audit_labels
        from gongkai.core.demo import register_demo
        from gongkai.core.navigation import register_nav
        from gongkai.orgs.roles import Role

        from .audit_labels import ACTIONS
        from .demo import load_demo_reports

        register_audit_labels("reports", actions=ACTIONS)
        register_nav(
            _("Annual report"),
            "reports:annual",
            roles=[Role.COORDINATOR, Role.SUPERVISOR],
            order=420,
        )
        register_demo(
            _("last year's requests, figures and texts for its annual report"),
            load_demo_reports,
            order=55,
        )
