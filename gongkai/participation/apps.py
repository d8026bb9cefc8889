"""Configure the participation app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def sent_by_the_public(instance, created: bool) -> bool:
    """A message as the public sends it: not public (staff reply, review and publish it later),
    so it leaves the cached pages; every anonymous submission would otherwise empty them."""
    from .states import MessageStatus

    return created and instance.status != MessageStatus.PUBLISHED


class ParticipationConfig(AppConfig):
    name = "gongkai.participation"
    label = "participation"
    verbose_name = _("Public participation")

    def ready(self) -> None:
        from gongkai.core.audit_labels import register_audit_labels
        from gongkai.core.dashboard import register_widget
        from gongkai.core.demo import register_demo
        from gongkai.core.navigation import register_nav, register_public_nav
        from gongkai.core.pagecache import watch_public_models

        from .audit_labels import ACTIONS, STATES
        from .dashboard import participation_cards
        from .demo import load_demo_participation
        from .models import Consultation, Message, OpinionGroup

        register_audit_labels("participation", actions=ACTIONS, states=STATES)
        register_nav(_("Consultations"), "participation:consultation_list", order=400)
        register_nav(_("Message box"), "participation:message_list", order=410)
        register_public_nav(_("Consultations"), "participate:consultations", order=60)
        register_public_nav(_("Message box"), "participate:messages", order=70)
        register_widget(participation_cards)
        register_demo(_("consultations and messages"), load_demo_participation, order=60)
        # Public pages show consultations with their outcome, and published messages; comments
        # never reach them (the outcome freezes their number on the consultation).
        watch_public_models([Consultation, OpinionGroup])
        watch_public_models([Message], unless=sent_by_the_public)
