"""Portal models: the versioned disclosure guide, the rule documents and the annual reports."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from gongkai.core.models import BaseModel


class GuideVersion(BaseModel):
    """One saved version of an organisation's 政府信息公开指南 (PUB-GUIDE-1, 《条例》 Art. 12).

    Versions are never changed: each save adds a row, and the version in force on a day is the
    latest whose ``effective_from`` is not after it.
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

    class Meta:
        verbose_name = _("disclosure guide version")
        verbose_name_plural = _("disclosure guide versions")
        ordering = ["org", "-effective_from", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["org", "number"], name="portal_guide_unique_version")
        ]

    def __str__(self) -> str:
        return f"{self.org} v{self.number}"


def rule_path(instance: "RuleDocument", filename: str) -> str:
    return f"portal/rules/{instance.org_id}/{filename}"


class RuleDocument(BaseModel):
    """One entry of the 政府信息公开制度 column: a law, a higher-level or an own rule (PORTAL-3)."""

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

    class Meta:
        verbose_name = _("disclosure rule")
        verbose_name_plural = _("disclosure rules")
        ordering = ["org", "level", "sort_order", "-issued_on"]

    def __str__(self) -> str:
        return self.title


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
    draft_published_on = models.DateField(_("date to publish"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, related_name="+", verbose_name=_("uploaded by")
    )

    class Meta:
        verbose_name = _("annual report")
        verbose_name_plural = _("annual reports")
        ordering = ["-year", "org"]
        constraints = [
            models.UniqueConstraint(fields=["org", "year"], name="portal_report_unique_year")
        ]

    def __str__(self) -> str:
        return self.title
