"""Suggestions and proposals as data: kinds, statuses and allowed moves (PLAN-PROPOSAL-1)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProposalKind(models.TextChoices):
    """人大代表建议 or 政协委员提案."""

    SUGGESTION = "suggestion", _("Deputies' suggestion")
    PROPOSAL = "proposal", _("Members' proposal")


class ProposalStatus(models.TextChoices):
    RECEIVED = "received", _("Assigned")
    HANDLING = "handling", _("Being handled")
    REPLIED = "replied", _("Replied")
    PUBLISHED = "published", _("Reply published")


#: Every allowed move. A reply may be rewritten while it is not published (replied → replied is
#: not a move: the text changes, the status stays); publication is final here (a published
#: reply is amended or withdrawn as an information item in publishing).
TRANSITIONS: dict[str, set[str]] = {
    ProposalStatus.RECEIVED: {ProposalStatus.HANDLING},
    ProposalStatus.HANDLING: {ProposalStatus.REPLIED},
    ProposalStatus.REPLIED: {ProposalStatus.PUBLISHED},
    ProposalStatus.PUBLISHED: set(),
}

#: Statuses still waiting for the reply: the deadline runs.
OPEN_STATUSES = frozenset({ProposalStatus.RECEIVED, ProposalStatus.HANDLING})


class PublishMode(models.TextChoices):
    """PLAN-PROPOSAL-1: published in full; a summary is allowed for complex replies."""

    FULL = "full", _("Full reply")
    SUMMARY = "summary", _("Summary only")
