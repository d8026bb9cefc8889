"""Website monitoring (网站监管, 国办秘函〔2019〕19号): sites, columns, checks, findings, scores."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from gongkai.core.models import BaseModel

from .states import (
    DEFAULT_THRESHOLD_DAYS,
    ColumnKind,
    FindingKind,
    Platform,
    RunStatus,
    VetoItem,
)


class Site(BaseModel):
    """A government website watched by the checks; Gongkai's own portal is one of them."""

    org = models.ForeignKey(
        "orgs.Organisation",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="monitored_sites",
        verbose_name=_("organisation"),
    )
    name = models.CharField(_("site name"), max_length=100)
    base_url = models.URLField(_("home page address"), max_length=500, unique=True)
    own_portal = models.BooleanField(_("Gongkai's own portal"), default=False)
    no_external_service = models.BooleanField(
        _("no service to the public"),
        default=False,
        help_text=_("Departments without services to the public are scored out of 75, then × 4/3."),
    )
    portal = models.BooleanField(
        _("government portal"),
        default=False,
        help_text=_("Only portals score bonus items."),
    )
    max_pages = models.PositiveIntegerField(_("pages per check at most"), default=200)
    max_depth = models.PositiveSmallIntegerField(_("link depth"), default=3)
    active = models.BooleanField(_("watched"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("monitored site")
        verbose_name_plural = _("monitored sites")

    def __str__(self) -> str:
        return self.name


class Column(BaseModel):
    """A column of a site, identified by the address of its list page (MON-CLASS-1)."""

    site = models.ForeignKey(Site, models.CASCADE, related_name="columns", verbose_name=_("site"))
    url = models.URLField(_("list page address"), max_length=500)
    title = models.CharField(_("name of the column"), max_length=100)
    kind = models.CharField(_("column class"), max_length=16, choices=ColumnKind)
    threshold_days = models.PositiveIntegerField(
        _("days without update allowed"),
        null=True,
        blank=True,
        help_text=_("Empty: the default of the column class."),
    )

    class Meta:
        ordering = ["site", "kind", "title"]
        constraints = [
            models.UniqueConstraint(fields=["site", "url"], name="monitoring_column_unique_url")
        ]
        verbose_name = _("website column")
        verbose_name_plural = _("website columns")

    def __str__(self) -> str:
        return self.title

    @property
    def window(self) -> int | None:
        """Days the column may go without a post (MON-VETO-1 defaults per class)."""
        if self.threshold_days is not None:
            return self.threshold_days
        return DEFAULT_THRESHOLD_DAYS.get(self.kind)


class RequiredColumn(models.Model):
    """A column every portal must have (the 政府信息公开 columns), found by its link's words."""

    name = models.CharField(_("name of the column"), max_length=100, unique=True)
    words = models.CharField(
        _("link words"),
        max_length=200,
        help_text=_("Any of these words, separated by “、”, in a link's text finds the column."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("required column")
        verbose_name_plural = _("required columns")

    def __str__(self) -> str:
        return self.name

    def word_list(self) -> list[str]:
        return [w.strip() for w in self.words.replace(",", "、").split("、") if w.strip()]


class VetoRule(models.Model):
    """One veto item of the index and its thresholds (MON-VETO-1; every figure configurable)."""

    item = models.CharField(_("veto item"), max_length=20, choices=VetoItem, unique=True)
    enabled = models.BooleanField(_("checked"), default=True)
    manual = models.BooleanField(_("found by the checker"), default=False)
    limit = models.PositiveIntegerField(_("limit"), null=True, blank=True)
    window_days = models.PositiveIntegerField(_("window in days"), null=True, blank=True)

    class Meta:
        ordering = ["item"]
        verbose_name = _("veto item")
        verbose_name_plural = _("veto items")

    def __str__(self) -> str:
        return self.get_item_display()


class ScoreItem(models.Model):
    """A deduction or bonus item of the index (MON-SCORE-2: points ship empty, entered from the
    19号 annex). An item with no points deducts nothing; one item never deducts beyond its
    points."""

    class Part(models.TextChoices):
        DEDUCT = "deduct", _("Deduction")
        BONUS = "bonus", _("Bonus")

    code = models.SlugField(_("code"), max_length=40, unique=True)
    group = models.CharField(_("first-level indicator"), max_length=40)
    name = models.CharField(_("second-level indicator"), max_length=60)
    part = models.CharField(_("part"), max_length=8, choices=Part, default=Part.DEDUCT)
    points = models.DecimalField(_("points"), max_digits=5, decimal_places=1, null=True, blank=True)
    per_finding = models.DecimalField(
        _("points per problem"), max_digits=5, decimal_places=1, null=True, blank=True
    )
    finding_kind = models.CharField(
        _("problems counted"), max_length=24, choices=FindingKind, blank=True
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["part", "position"]
        verbose_name = _("score item")
        verbose_name_plural = _("score items")

    def __str__(self) -> str:
        return f"{self.group}·{self.name}"


class CheckRun(BaseModel):
    """One check of one site, run as a background job; its progress and its score."""

    site = models.ForeignKey(Site, models.CASCADE, related_name="runs", verbose_name=_("site"))
    status = models.CharField(
        _("status"), max_length=10, choices=RunStatus, default=RunStatus.QUEUED
    )
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    pages_fetched = models.PositiveIntegerField(_("pages fetched"), default=0)
    pages_planned = models.PositiveIntegerField(_("pages at most"), default=0)
    score = models.DecimalField(_("score"), max_digits=5, decimal_places=1, null=True, blank=True)
    vetoed = models.BooleanField(_("vetoed"), default=False)
    passed = models.BooleanField(_("passed"), null=True, blank=True)
    error = models.CharField(_("error"), max_length=300, blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("started by"),
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("check")
        verbose_name_plural = _("checks")

    def __str__(self) -> str:
        return f"{self.site} {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def progress(self) -> int:
        """Percent done, from the pages fetched out of the crawl budget."""
        if self.status == RunStatus.DONE:
            return 100
        if not self.pages_planned:
            return 0
        return min(99, self.pages_fetched * 100 // self.pages_planned)


class FetchedPage(models.Model):
    """Every address a check fetched: its status and how long it took."""

    run = models.ForeignKey(CheckRun, models.CASCADE, related_name="pages")
    url = models.URLField(max_length=1000)
    status = models.CharField(max_length=40)
    ok = models.BooleanField()
    elapsed_ms = models.PositiveIntegerField()
    fetched_at = models.DateTimeField()

    class Meta:
        ordering = ["fetched_at", "pk"]

    def __str__(self) -> str:
        return f"{self.url} {self.status}"


class Finding(models.Model):
    """One problem a check found, with its evidence: the address, where it was found, the
    status or the date seen, and when it was checked."""

    run = models.ForeignKey(
        CheckRun, models.CASCADE, related_name="findings", verbose_name=_("check")
    )
    kind = models.CharField(_("problem"), max_length=24, choices=FindingKind)
    url = models.URLField(_("page address"), max_length=1000, blank=True)
    found_on = models.URLField(_("found on"), max_length=1000, blank=True)
    title = models.CharField(_("name"), max_length=200, blank=True)
    status = models.CharField(_("status"), max_length=60, blank=True)
    latest = models.DateField(_("latest date seen"), null=True, blank=True)
    threshold_days = models.PositiveIntegerField(_("days allowed"), null=True, blank=True)
    veto_item = models.CharField(_("veto item"), max_length=20, choices=VetoItem, blank=True)
    checked_at = models.DateTimeField(_("checked at"))
    evidence = models.JSONField(_("evidence"), default=dict, blank=True)

    class Meta:
        ordering = ["kind", "pk"]
        verbose_name = _("finding")
        verbose_name_plural = _("findings")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.url}"


class ReachabilitySample(models.Model):
    """One visit of a site's home page through the day (MON-VETO-1 站点无法访问)."""

    site = models.ForeignKey(Site, models.CASCADE, related_name="samples")
    checked_at = models.DateTimeField(db_index=True)
    ok = models.BooleanField()
    status = models.CharField(max_length=40)
    elapsed_ms = models.PositiveIntegerField()

    class Meta:
        ordering = ["-checked_at"]

    def __str__(self) -> str:
        return f"{self.site} {self.checked_at:%Y-%m-%d %H:%M} {self.status}"


class NewMediaAccount(BaseModel):
    """A 政务新媒体 account of an organisation (MON-NEWMEDIA-1): its latest post date, entered
    by staff or imported, is checked against its update window with every check of the
    organisation's sites."""

    org = models.ForeignKey(
        "orgs.Organisation",
        models.PROTECT,
        related_name="newmedia_accounts",
        verbose_name=_("organisation"),
    )
    platform = models.CharField(_("platform"), max_length=12, choices=Platform)
    name = models.CharField(_("account name"), max_length=100)
    latest_post = models.DateField(_("latest post on"), null=True, blank=True)
    threshold_days = models.PositiveIntegerField(
        _("days without update allowed"),
        null=True,
        blank=True,
        help_text=_("Empty: the index's window for new-media accounts."),
    )
    interaction_ok = models.BooleanField(
        _("interaction works"),
        default=True,
        help_text=_("Messages or comments can be left and are answered."),
    )
    active = models.BooleanField(_("watched"), default=True)

    class Meta:
        ordering = ["org", "platform", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["org", "platform", "name"], name="monitoring_newmedia_unique"
            )
        ]
        verbose_name = _("new-media account")
        verbose_name_plural = _("new-media accounts")

    def __str__(self) -> str:
        return f"{self.get_platform_display()}·{self.name}"


class QuarterPublication(BaseModel):
    """A quarter's spot-check result sent for publication (MON-RUN-1: results published): an
    information item of publishing, public only once its reviewer approves it."""

    year = models.PositiveSmallIntegerField(_("year"))
    quarter = models.PositiveSmallIntegerField(_("quarter"))
    item = models.ForeignKey(
        "publishing.InformationItem",
        models.PROTECT,
        related_name="+",
        verbose_name=_("information item"),
        editable=False,
    )

    class Meta:
        ordering = ["-year", "-quarter"]
        constraints = [
            models.UniqueConstraint(fields=["year", "quarter"], name="monitoring_quarter_pub")
        ]
        verbose_name = _("published spot-check result")
        verbose_name_plural = _("published spot-check results")

    def __str__(self) -> str:
        return f"{self.year}-Q{self.quarter}"
