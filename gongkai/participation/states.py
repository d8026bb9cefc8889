"""Consultations and the message box as data: statuses, their transitions, outcome decisions."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ConsultationStatus(models.TextChoices):
    """The stages of a consultation on a draft decision (PLAN-CONSULT-1)."""

    DRAFT = "draft", _("Draft")
    OPEN = "open", _("Open for comments")
    CLOSED = "closed", _("Comment period closed")
    OUTCOME_PUBLISHED = "outcome_published", _("Outcome published")


#: Every allowed move of a consultation; the outcome is final.
CONSULTATION_TRANSITIONS: dict[str, set[str]] = {
    ConsultationStatus.DRAFT: {ConsultationStatus.OPEN},
    ConsultationStatus.OPEN: {ConsultationStatus.CLOSED},
    ConsultationStatus.CLOSED: {ConsultationStatus.OUTCOME_PUBLISHED},
    ConsultationStatus.OUTCOME_PUBLISHED: set(),
}

#: Statuses the public portal shows; a draft is seen by staff only.
CONSULTATION_PUBLIC_STATUSES = frozenset(
    {
        ConsultationStatus.OPEN,
        ConsultationStatus.CLOSED,
        ConsultationStatus.OUTCOME_PUBLISHED,
    }
)


class Decision(models.TextChoices):
    """What became of one group of opinions (PLAN-CONSULT-1: adoption published)."""

    ADOPTED = "adopted", _("Adopted")
    PARTLY_ADOPTED = "partly_adopted", _("Partly adopted")
    NOT_ADOPTED = "not_adopted", _("Not adopted")


#: Decisions that must state why (what was) not adopted (PLAN-CONSULT-1).
DECISIONS_NEEDING_REASON = frozenset({Decision.PARTLY_ADOPTED, Decision.NOT_ADOPTED})


class MessageStatus(models.TextChoices):
    """The stages of a message to an organisation (留言信箱)."""

    RECEIVED = "received", _("Awaiting reply")
    REPLIED = "replied", _("Replied")
    PUBLISHED = "published", _("Published")


#: Every allowed move of a message. A published message can be withdrawn (back to replied),
#: corrected and published again after a new review.
MESSAGE_TRANSITIONS: dict[str, set[str]] = {
    MessageStatus.RECEIVED: {MessageStatus.REPLIED},
    MessageStatus.REPLIED: {MessageStatus.PUBLISHED},
    MessageStatus.PUBLISHED: {MessageStatus.REPLIED},
}
