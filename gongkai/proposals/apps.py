"""Configure the proposals app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ProposalsConfig(AppConfig):
    name = "gongkai.proposals"
    label = "proposals"
    verbose_name = _("Replies to suggestions and proposals")

    def ready(self) -> None:
        from gongkai.core.audit_labels import register_audit_labels
        from gongkai.core.dashboard import register_alert
        from gongkai.core.demo import register_demo
        from gongkai.core.navigation import register_nav, register_public_nav
        from gongkai.core.pagecache import watch_public_models

        from .audit_labels import ACTIONS, STATES
        from .dashboard import proposal_alerts
        from .demo import load_demo_proposals
        from .models import Proposal

        register_audit_labels("proposals", actions=ACTIONS, states=STATES)
        register_nav(_("Suggestions and proposals"), "proposals:list", order=420)
        register_public_nav(
            pgettext_lazy("public nav", "Suggestions and proposals"),
            "proposals_public:index",
            order=75,
        )
        register_alert(proposal_alerts)
        register_demo(_("replies to suggestions and proposals"), load_demo_proposals, order=65)
        # Public pages show published replies (their texts are the publishing app's versions,
        # watched by the portal).
        watch_public_models([Proposal])
