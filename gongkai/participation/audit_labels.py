"""How the audit log names the actions and stages of consultations and messages.

Both record states under the one prefix ``participation``. Their codes are disjoint (a
consultation's ``outcome_published`` is not a message's ``published``; tests keep it so), so one
table names the states of both rightly.
"""

from django.utils.translation import gettext_lazy as _

from .states import ConsultationStatus, MessageStatus

ACTIONS = {
    "participation.consultation_create": _("Consultation created"),
    "participation.consultation_update": _("Consultation edited"),
    "participation.consultation_transition": _("Consultation status changed"),
    "participation.message_submit": _("Message submitted by the public"),
    "participation.message_transition": _("Message status changed"),
    "participation.message_publish": _("Message and reply published"),
    "participation.message_withdraw": _("Published message withdrawn"),
}

STATES = [*ConsultationStatus.choices, *MessageStatus.choices]
