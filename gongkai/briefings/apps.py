"""Configure the briefings app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class BriefingsConfig(AppConfig):
    name = "gongkai.briefings"
    label = "briefings"
    verbose_name = _("Press conferences and interpretation")

    def ready(self) -> None:
        from gongkai.core.assessment import register_assessment_section
        from gongkai.core.audit_labels import register_audit_labels
        from gongkai.core.dashboard import register_widget
        from gongkai.core.demo import register_demo
        from gongkai.core.navigation import register_nav, register_public_nav
        from gongkai.core.pagecache import watch_public_models

        from .audit_labels import ACTIONS
        from .dashboard import briefing_assessment, briefing_cards
        from .demo import load_demo_briefings
        from .models import LedgerEntry

        register_audit_labels("briefings", actions=ACTIONS)
        register_nav(_("Press and interpretation"), "briefings:overview", order=420)
        # 解读回应: the column name 政务公开 columns use for press conferences and interpretations
        register_public_nav(
            pgettext_lazy("public nav", "Interpretation and response"),
            "briefings_public:index",
            order=75,
        )
        register_widget(briefing_cards)
        register_assessment_section(briefing_assessment)
        register_demo(_("press and interpretation ledger"), load_demo_briefings, order=65)
        # The public page shows the ledger's entries (frequency checks are for staff only).
        watch_public_models([LedgerEntry])
