"""The gazette as data: an issue's publication states and transitions, digitisation stages,
and what counts as an issue published on time."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class IssueStatus(models.TextChoices):
    """Whether an issue is on the portal."""

    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


#: Every allowed move of an issue: published after its confidentiality review, withdrawn back
#: to a draft (to correct and publish again).
ISSUE_TRANSITIONS: dict[str, set[str]] = {
    IssueStatus.DRAFT: {IssueStatus.PUBLISHED},
    IssueStatus.PUBLISHED: {IssueStatus.DRAFT},
}


class Digitisation(models.TextChoices):
    """How far the text of an issue's PDF has been read (历史公报数字化, seed 000 item 28)."""

    NONE = "none", _("No PDF")
    PENDING = "pending", _("Being read")
    EXTRACTED = "extracted", _("Text extracted")
    NEEDS_PROOFREADING = "needs_proofreading", _("Recognised, awaiting proof-reading")
    PROOFREAD = "proofread", _("Proof-read")
    FAILED = "failed", _("Could not be read")


#: Digitisation stages whose text may be published as it is.
DIGITISED = frozenset({Digitisation.EXTRACTED, Digitisation.PROOFREAD})

#: An issue counts as published on time when it is on the portal within this many calendar days
#: of its issue date. No rule of domain-rules.md fixes the period; seed 000 item 28 asks for the
#: gazette to go online in step with print (政府公报同步上网), and a week is the margin given
#: here. Back issues digitised from the archive are not counted (they were never due online).
ON_TIME_DAYS = 7
