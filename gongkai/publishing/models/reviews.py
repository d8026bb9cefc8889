"""The one confidentiality review every publication path goes through (PUB-SECRET-1).

Information items keep their workflow on the item itself. Everything else that reaches a public
page (a message and its reply, a list version, a consultation draft and its outcome, an annual
report) is submitted as a ``PublicationRequest``: a snapshot of exactly the texts that will be
published, linked to the object they belong to. Its privacy findings and review decisions are
rows of the same ``PrivacyFinding`` and ``Review`` tables the items use, decided by the same
reviewers with the same screens; the owning app publishes only what an approved request holds.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from gongkai.core.models import BaseModel
from gongkai.core.pagecache import PublicContentQuerySet


class RequestStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting confidentiality review")
    REFERRED = "referred", _("Referred upward")
    APPROVED = "approved", _("Approved for publication")
    RETURNED = "returned", _("Returned for changes")
    PUBLISHED = "published", _("Published")
    SUPERSEDED = "superseded", _("Replaced by a later submission")


#: Requests still waiting for a reviewer's decision.
OPEN_STATUSES = {RequestStatus.PENDING, RequestStatus.REFERRED}


class PublicationRequest(BaseModel):
    """Texts submitted for publication, their findings and the review they await."""

    content_type = models.ForeignKey(ContentType, models.PROTECT, related_name="+")
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    stage = models.CharField(_("what is published"), max_length=32)
    org = models.ForeignKey(
        "orgs.Organisation", models.PROTECT, related_name="+", verbose_name=_("organisation")
    )
    title = models.CharField(_("title"), max_length=300)
    parts = models.JSONField(_("texts to publish"), default=list)
    status = models.CharField(
        _("review status"), max_length=16, choices=RequestStatus, default=RequestStatus.PENDING
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, related_name="+", verbose_name=_("submitted by")
    )
    referred_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("referred by"),
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("publication review request")
        verbose_name_plural = _("publication review requests")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id", "stage"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("publishing:request_review", args=[self.pk])

    # What pages show about the review, so that templates test booleans, not status codes.
    @property
    def is_open(self) -> bool:
        """Still waiting for a reviewer's decision (pending, or referred upward)."""
        return self.status in OPEN_STATUSES

    @property
    def is_approved(self) -> bool:
        """Approved and not yet published: the publisher's turn."""
        return self.status == RequestStatus.APPROVED

    @property
    def is_returned(self) -> bool:
        return self.status == RequestStatus.RETURNED

    @property
    def is_published(self) -> bool:
        return self.status == RequestStatus.PUBLISHED
