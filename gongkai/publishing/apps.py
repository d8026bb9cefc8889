"""Configure the publishing app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublishingConfig(AppConfig):
    name = "gongkai.publishing"
    label = "publishing"
    verbose_name = _("Proactive disclosure")

    def ready(self) -> None:
        from gongkai.core.audit_labels import register_audit_labels
        from gongkai.core.dashboard import register_widget
        from gongkai.core.demo import register_demo
        from gongkai.core.navigation import register_nav
        from gongkai.workdays.signals import calendar_changed

        from .audit_labels import ACTIONS, STATES
        from .dashboard import publishing_cards
        from .demo import load_demo_publishing
        from .receivers import on_calendar_changed

        register_audit_labels("publishing", actions=ACTIONS, states=STATES)
        calendar_changed.connect(on_calendar_changed, dispatch_uid="publishing.recompute_due")
        register_nav(_("Proactive disclosure"), "publishing:item_list", order=300)
        register_widget(publishing_cards)
        register_demo(_("published information, catalog and lists"), load_demo_publishing, order=40)
        try:
            from gongkai.search.services import register_source
        except ImportError:  # the search app is optional for publishing
            return
        from .indexing import OBJECT_TYPE, item_index_all

        register_source(OBJECT_TYPE, item_index_all)
