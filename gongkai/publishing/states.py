"""States and allowed transitions of an information item (PUB-SECRET-1, PUB-NORM-1)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In confidentiality review")
    REFERRED = "referred", _("Referred upward")
    APPROVED = "approved", _("Approved")
    MASKING = "masking", _("Generating masked files")
    PUBLISHED = "published", _("Published")
    REVISING = "revising", _("Being amended")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    REPEALED = "repealed", _("Repealed")
    EXPIRED = "expired", _("Expired")


#: Every allowed move. A published item is changed by moving it to REVISING: the public keeps
#: seeing the last published version, through review and approval, until the amended text is
#: published as a new version (the old one is kept). Withdrawn, repealed, expired are terminal.
TRANSITIONS: dict[str, set[str]] = {
    Status.DRAFT: {Status.IN_REVIEW},
    Status.IN_REVIEW: {Status.APPROVED, Status.DRAFT, Status.REVISING, Status.REFERRED},
    Status.REFERRED: {Status.APPROVED, Status.DRAFT, Status.REVISING},
    Status.APPROVED: {Status.PUBLISHED, Status.MASKING, Status.DRAFT, Status.REVISING},
    # publication waits in the job queue for the masked copies of scanned files; the public
    # sees nothing new meanwhile, and a failure sends the item back to APPROVED
    Status.MASKING: {Status.PUBLISHED, Status.APPROVED},
    Status.PUBLISHED: {Status.REVISING, Status.WITHDRAWN, Status.REPEALED, Status.EXPIRED},
    Status.REVISING: {Status.IN_REVIEW},
    Status.WITHDRAWN: set(),
    Status.REPEALED: set(),
    Status.EXPIRED: set(),
}

#: States in which the working copy may be edited.
EDITABLE = {Status.DRAFT, Status.REVISING}

#: States reached by "return for changes": DRAFT before the first publication, REVISING after.
RETURNED = {Status.DRAFT, Status.REVISING}

#: States in which a reviewer decides findings and the review (提请: a higher reviewer).
REVIEWING = {Status.IN_REVIEW, Status.REFERRED}

#: States in which nobody sees the item publicly any more although it was published.
OFF_PUBLIC = {Status.WITHDRAWN}
