"""The government gazette (政府公报): issues and their contents (seed 004 三(三), 000 item 28)."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from gongkai.core.models import BaseModel
from gongkai.core.pagecache import PublicContentQuerySet

from .states import Digitisation, IssueStatus


def issue_path(instance: "Issue", filename: str) -> str:
    return f"gazette/{instance.org_id}/{instance.year}/{filename}"


class Issue(BaseModel):
    """One issue of an organisation's gazette: 2024年第3期（总第215期）.

    ``pdf`` is the file as entered; ``public_pdf`` the copy the public downloads, made on
    publication after the confidentiality review (masked as decided, metadata removed).
    ``pdf_text`` is the machine-read text of the PDF, whose offsets the review's masking uses;
    ``text`` is the working text (proof-read where it was recognised); ``public_text`` the text
    as published.
    """

    org = models.ForeignKey(
        "orgs.Organisation",
        models.PROTECT,
        related_name="gazette_issues",
        verbose_name=_("sponsoring organisation"),
    )
    year = models.PositiveSmallIntegerField(_("year"))
    number = models.PositiveSmallIntegerField(_("number within the year"))
    total_number = models.PositiveIntegerField(_("overall number"), null=True, blank=True)
    issued_on = models.DateField(_("issue date"))
    back_issue = models.BooleanField(
        _("back issue"),
        default=False,
        help_text=_("An issue of past years digitised from the archive."),
    )
    pdf = models.FileField(_("PDF file"), upload_to=issue_path, max_length=300, blank=True)
    public_pdf = models.FileField(
        _("PDF file as published"), upload_to=issue_path, max_length=300, blank=True
    )
    status = models.CharField(
        _("status"), max_length=16, choices=IssueStatus, default=IssueStatus.DRAFT
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    digitisation = models.CharField(
        _("digitisation"), max_length=24, choices=Digitisation, default=Digitisation.NONE
    )
    pdf_text = models.TextField(_("text read from the PDF"), blank=True)
    text = models.TextField(_("text"), blank=True)
    public_text = models.TextField(_("text as published"), blank=True)
    recognised_pages = models.JSONField(_("recognised pages"), default=list, blank=True)
    digitisation_error = models.CharField(_("reading error"), max_length=300, blank=True)
    proofread_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("proof-read by"),
    )

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        ordering = ["-year", "-number"]
        verbose_name = _("gazette issue")
        verbose_name_plural = _("gazette issues")
        constraints = [
            models.UniqueConstraint(
                fields=["org", "year", "number"], name="gazette_issue_unique_number"
            )
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """2024年第3期（总第215期）"""
        text = _("%(year)s, no. %(number)s") % {"year": self.year, "number": self.number}
        if self.total_number:
            text += _(" (overall no. %(total)s)") % {"total": self.total_number}
        return str(text)

    def get_absolute_url(self) -> str:
        return reverse("gazette:issue_detail", args=[self.pk])

    def get_public_url(self) -> str:
        return reverse("gazette_public:issue", args=[self.pk])


class Content(BaseModel):
    """One item in an issue's table of contents: a document the gazette carried."""

    issue = models.ForeignKey(
        Issue, models.CASCADE, related_name="contents", verbose_name=_("issue")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=300)
    issuer = models.CharField(_("issuer"), max_length=200, blank=True)
    doc_number = models.CharField(_("official document number"), max_length=100, blank=True)
    page = models.PositiveSmallIntegerField(_("page"), null=True, blank=True)
    item = models.ForeignKey(
        "publishing.InformationItem",
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="gazette_contents",
        verbose_name=_("published document"),
    )
    text = models.TextField(_("text"), blank=True)
    public_text = models.TextField(_("text as published"), blank=True)

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        ordering = ["issue", "order", "pk"]
        verbose_name = _("gazette content")
        verbose_name_plural = _("gazette contents")

    def __str__(self) -> str:
        return self.title
