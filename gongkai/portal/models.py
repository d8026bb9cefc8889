"""Portal models: the versioned disclosure guide, the rule documents and the annual reports."""

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from gongkai.core.models import BaseModel
from gongkai.core.pagecache import PublicContentQuerySet


class PublicStatus(models.TextChoices):
    """Where a guide version or a rule document stands towards the public (PUB-SECRET-1).

    Rows saved before the confidentiality review covered these columns were published as they
    were saved, so the database default is ``published``; the services create ``pending`` rows.
    """

    PENDING = "pending", pgettext_lazy("portal status", "Awaiting review and publication")
    PUBLISHED = "published", pgettext_lazy("portal status", "Published")
    WITHDRAWN = "withdrawn", pgettext_lazy("portal status", "Withdrawn")


class GuideVersion(BaseModel):
    """One saved version of an organisation's 政府信息公开指南 (PUB-GUIDE-1, 《条例》 Art. 12).

    Published versions are never changed: a save adds a row (or changes the one version still
    waiting for publication), and the version in force on a day is the latest published one
    whose ``effective_from`` is not after it. A version reaches the portal only after its
    confidentiality review (PUB-SECRET-1), with the texts as reviewed.
    """

    org = models.ForeignKey(
        "orgs.Organisation",
        models.CASCADE,
        related_name="guide_versions",
        verbose_name=_("organisation"),
    )
    number = models.PositiveIntegerField(_("version"))
    effective_from = models.DateField(_("effective from"))
    office_name = models.CharField(_("disclosure office"), max_length=200)
    address = models.CharField(_("office address"), max_length=300)
    hours = models.CharField(_("office hours"), max_length=300)
    phone = models.CharField(_("telephone"), max_length=100)
    fax = models.CharField(_("fax"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("web address"), blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    classification = models.TextField(
        _("how information is classified and arranged"),
        help_text=_("Left empty, the guide explains the catalog and the theme categories."),
        blank=True,
    )
    how_to_apply = models.TextField(
        _("how to apply for information"),
        help_text=_("Left empty, the guide explains the online form and letters by post."),
        blank=True,
    )
    note = models.CharField(_("what changed"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, related_name="+", verbose_name=_("saved by")
    )
    status = models.CharField(
        _("publication status"),
        max_length=16,
        choices=PublicStatus,
        default=PublicStatus.PUBLISHED,
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("disclosure guide version")
        verbose_name_plural = _("disclosure guide versions")
        ordering = ["org", "-effective_from", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["org", "number"], name="portal_guide_unique_version")
        ]

    def __str__(self) -> str:
        return f"{self.org} v{self.number}"

    @property
    def is_pending(self) -> bool:
        """Saved, not yet reviewed and published."""
        return self.status == PublicStatus.PENDING

    @property
    def is_published(self) -> bool:
        return self.status == PublicStatus.PUBLISHED

    def get_absolute_url(self) -> str:
        return f"{reverse('portal:office_guide')}?org={self.org_id}"


def rule_path(instance: "RuleDocument", filename: str) -> str:
    return f"portal/rules/{instance.org_id}/{filename}"


class RuleDocument(BaseModel):
    """One entry of the 政府信息公开制度 column: a law, a higher-level or an own rule (PORTAL-3).

    The public fields are what the portal shows once ``status`` is published; a change waits in
    ``draft`` (and ``draft_file``) until its confidentiality review passes and the disclosure
    office publishes it (PUB-SECRET-1), so the public entry stays as it was meanwhile.
    """

    class Level(models.TextChoices):
        NATIONAL = "national", _("Laws and national documents")
        HIGHER = "higher", _("Documents of higher authorities")
        OWN = "own", _("Our own rules")

    org = models.ForeignKey(
        "orgs.Organisation",
        models.CASCADE,
        related_name="portal_rules",
        verbose_name=_("organisation"),
    )
    level = models.CharField(_("category"), max_length=16, choices=Level, default=Level.OWN)
    title = models.CharField(_("title"), max_length=300)
    doc_number = models.CharField(_("document number"), max_length=100, blank=True)
    issued_on = models.DateField(_("date issued"), null=True, blank=True)
    link = models.URLField(_("link"), blank=True)
    file = models.FileField(_("file"), upload_to=rule_path, max_length=300, blank=True)
    sort_order = models.IntegerField(_("sort order"), default=0)
    status = models.CharField(
        _("publication status"),
        max_length=16,
        choices=PublicStatus,
        default=PublicStatus.PUBLISHED,
    )
    draft = models.JSONField(
        _("change submitted"), default=dict, blank=True, encoder=DjangoJSONEncoder
    )
    draft_file = models.FileField(
        _("file submitted"), upload_to=rule_path, max_length=300, blank=True
    )

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("disclosure rule")
        verbose_name_plural = _("disclosure rules")
        ordering = ["org", "level", "sort_order", "-issued_on"]

    def __str__(self) -> str:
        return self.title

    @property
    def is_pending(self) -> bool:
        """Saved, not yet reviewed and published."""
        return self.status == PublicStatus.PENDING

    @property
    def is_published(self) -> bool:
        return self.status == PublicStatus.PUBLISHED

    def get_absolute_url(self) -> str:
        return reverse("portal:office_rule", args=[self.pk])


def report_path(instance: "AnnualReport", filename: str) -> str:
    return f"portal/reports/{instance.org_id}/{instance.year}/{filename}"


class AnnualReport(BaseModel):
    """An organisation's 政府信息公开工作年度报告 for one year (《条例》 Art. 49).

    ``title`` and ``file`` are what the public sees; an upload waits in the ``draft_*`` fields
    until its confidentiality review passes and the disclosure office publishes it.
    """

    org = models.ForeignKey(
        "orgs.Organisation",
        models.CASCADE,
        related_name="portal_annual_reports",
        verbose_name=_("organisation"),
    )
    year = models.PositiveSmallIntegerField(_("year reported on"))
    title = models.CharField(_("title"), max_length=300)
    file = models.FileField(
        _("file (PDF or HTML)"), upload_to=report_path, max_length=300, blank=True
    )
    file_name = models.CharField(_("file name"), max_length=200, blank=True)
    published_on = models.DateField(_("date published"))
    is_public = models.BooleanField(_("publicly visible"), default=True)
    draft_title = models.CharField(_("title submitted"), max_length=300, blank=True)
    draft_file = models.FileField(
        _("file submitted"), upload_to=report_path, max_length=300, blank=True
    )
    draft_file_name = models.CharField(_("file name submitted"), max_length=200, blank=True)
    # A computed report's downloads, made from the same tables and texts as its HTML file
    # when it is submitted, published with it (an uploaded report has none).
    docx = models.FileField(_("Word document"), upload_to=report_path, max_length=300, blank=True)
    pdf = models.FileField(_("PDF document"), upload_to=report_path, max_length=300, blank=True)
    draft_docx = models.FileField(
        _("Word document submitted"), upload_to=report_path, max_length=300, blank=True
    )
    draft_pdf = models.FileField(
        _("PDF document submitted"), upload_to=report_path, max_length=300, blank=True
    )
    draft_published_on = models.DateField(_("date to publish"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, related_name="+", verbose_name=_("uploaded by")
    )

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("annual report")
        verbose_name_plural = _("annual reports")
        ordering = ["-year", "org"]
        constraints = [
            models.UniqueConstraint(fields=["org", "year"], name="portal_report_unique_year")
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return f"{reverse('portal:office_reports')}?org={self.org_id}"
