"""Configure the gazette app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GazetteConfig(AppConfig):
    name = "gongkai.gazette"
    label = "gazette"
    verbose_name = _("Government gazette")

    def ready(self) -> None:
        from gongkai.core.audit_labels import register_audit_labels
        from gongkai.core.dashboard import register_widget
        from gongkai.core.demo import register_demo
        from gongkai.core.navigation import register_nav, register_public_nav
        from gongkai.core.pagecache import watch_public_models
        from gongkai.core.related import register_related_links
        from gongkai.orgs.roles import Role

        from .audit_labels import ACTIONS, STATES
        from .dashboard import gazette_cards
        from .demo import load_demo_gazette
        from .links import gazette_links

        register_audit_labels("gazette", actions=ACTIONS, states=STATES)
        register_nav(_("Government gazette"), "gazette:issue_list", order=420)
        register_nav(
            _("Gazette overview"),
            "gazette:overview",
            roles=[Role.SUPERVISOR, Role.COORDINATOR],
            order=425,
        )
        register_public_nav(_("Government gazette"), "gazette_public:index", order=55)
        register_widget(gazette_cards)
        register_related_links("gazette", gazette_links)
        register_demo(_("government gazette"), load_demo_gazette, order=70)
        # A published issue changes public pages (the gazette's and the documents' it carried).
        watch_public_models(self.get_models())
