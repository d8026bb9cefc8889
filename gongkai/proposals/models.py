"""Deputies' suggestions and members' proposals with their reply letters (建议提案办理复文).

The deputies' or members' contact details (phones, addresses, units) and the copy list (抄送范围)
are stored for the handling staff only: they never reach a public page nor the published
reply (PLAN-PROPOSAL-1).
"""

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gongkai.core.models import BaseModel
from gongkai.core.pagecache import PublicContentQuerySet

from .states import OPEN_STATUSES, ProposalKind, ProposalStatus, PublishMode


def reply_file_path(instance: "Proposal", filename: str) -> str:
    """A random folder per file, out of reach of guessing."""
    return f"proposals/replies/{secrets.token_hex(16)}/{filename}"


class Proposal(BaseModel):
    """One suggestion or proposal, handled by ``org`` (主办单位), with its reply."""

    org = models.ForeignKey(
        "orgs.Organisation",
        models.PROTECT,
        related_name="proposals",
        verbose_name=_("lead handling unit"),
    )
    co_orgs = models.ManyToManyField(
        "orgs.Organisation",
        blank=True,
        related_name="co_handled_proposals",
        verbose_name=_("co-handling units"),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=ProposalKind)
    number = models.CharField(
        _("proposal number"),
        max_length=40,
        help_text=_("As assigned by the session, e.g. 第0123号."),
    )
    session = models.CharField(
        _("session"), max_length=100, help_text=_("For example 市十七届人大三次会议.")
    )
    year = models.PositiveSmallIntegerField(_("year"), db_index=True)
    authors = models.CharField(
        _("deputies or members"), max_length=300, help_text=_("Names, separated by 、.")
    )
    contacts = models.TextField(
        _("contact details"),
        blank=True,
        help_text=_("Phones, addresses, work units. For the handling staff only; never published."),
    )
    copy_to = models.TextField(
        _("copied to"),
        blank=True,
        help_text=_("The reply letter's copy list (抄送). Never published."),
    )
    title = models.CharField(_("title"), max_length=300)
    received_on = models.DateField(_("assigned on"))
    deadline = models.DateField(_("handling deadline"))
    status = models.CharField(
        _("status"), max_length=16, choices=ProposalStatus, default=ProposalStatus.RECEIVED
    )
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)
    reply_text = models.TextField(_("reply letter text"), blank=True)
    reply_file = models.FileField(
        _("reply letter file"), upload_to=reply_file_path, blank=True, max_length=300
    )
    reply_doc_number = models.CharField(_("reply document number"), max_length=100, blank=True)
    replied_on = models.DateField(_("replied on"), null=True, blank=True)
    publish_mode = models.CharField(
        _("publication form"), max_length=16, choices=PublishMode, default=PublishMode.FULL
    )
    public_summary = models.TextField(_("summary for publication"), blank=True)
    item = models.OneToOneField(
        "publishing.InformationItem",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="proposal",
        verbose_name=_("information item"),
        editable=False,
    )
    published_on = models.DateField(_("published on"), null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, related_name="+", verbose_name=_("created by")
    )

    # Public pages show published replies: queryset writes drop the cached pages too.
    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("suggestion or proposal")
        verbose_name_plural = _("suggestions and proposals")
        ordering = ["-year", "kind", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "session", "number"], name="proposals_unique_number"
            )
        ]

    def __str__(self) -> str:
        return f"{self.session}{self.number}"

    def get_absolute_url(self) -> str:
        return reverse("proposals:detail", args=[self.pk])

    def get_public_url(self) -> str:
        return reverse("proposals_public:detail", args=[self.pk])

    @property
    def kind_word(self) -> str:
        """代表建议 or 提案, as reply titles name them."""
        return "代表建议" if self.kind == ProposalKind.SUGGESTION else "提案"

    @property
    def is_overdue(self) -> bool:
        """Still unanswered after the reply deadline."""
        return self.status in OPEN_STATUSES and self.deadline < timezone.localdate()
