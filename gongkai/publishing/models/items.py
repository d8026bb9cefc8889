"""Information items (政府信息) with their metadata, versions, attachments, reviews and findings."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from gongkai.core.models import BaseModel
from gongkai.core.pagecache import PublicContentQuerySet

from ..states import Status


class Kind(models.TextChoices):
    """What an item is; policy documents may need an interpretation (PUB-INTERP-1)."""

    GENERAL = "general", _("Information")
    POLICY = "policy", _("Policy document")
    INTERPRETATION = "interpretation", _("Policy interpretation")
    RULE = "rule", _("Government rule")
    NORMATIVE = "normative", _("Normative document")


#: Kinds with a normative lifecycle (PUB-NORM-1).
NORMATIVE_KINDS = {Kind.RULE, Kind.NORMATIVE}
#: Kinds an interpretation may interpret.
INTERPRETABLE_KINDS = {Kind.POLICY, Kind.RULE, Kind.NORMATIVE}


class Attribute(models.TextChoices):
    """公开属性 (PUB-ATTR-1)."""

    PROACTIVE = "proactive", _("Proactive disclosure")
    ON_REQUEST = "on_request", _("Disclosure on request")
    WITHHELD = "withheld", _("Not disclosed")


class ExemptGround(models.TextChoices):
    """Statutory grounds for not disclosing (REQ-EXEMPT-1, 《条例》 Art. 14–16, 36)."""

    G14_SECRET = "G14-SECRET", _("State secret (Art. 14)")
    G14_LAW = "G14-LAW", _("Prohibited by laws or administrative regulations (Art. 14)")
    G14_SAFETY = "G14-SAFETY", _("Endangers national, public or economic security (Art. 14)")
    G15_THIRD = "G15-THIRD", _("Protects third parties' lawful rights (Art. 15)")
    G16_INTERNAL = "G16-INTERNAL", _("Internal affairs information (Art. 16 para 1)")
    G16_PROCESS = "G16-PROCESS", _("Process information (Art. 16 para 2)")
    G16_ENFORCE = "G16-ENFORCE", _("Administrative enforcement case files (Art. 16 para 2)")
    G36_QUERY = "G36-QUERY", _("Administrative enquiry matter (Art. 36(7))")


class Validity(models.TextChoices):
    """有效性 (PUB-META-1) and the normative status of PUB-NORM-1."""

    IN_FORCE = "in_force", _("In force")
    AMENDED = "amended", _("Amended")
    REPEALED = "repealed", _("Repealed")
    EXPIRED = "expired", _("Expired")


class Genre(models.TextChoices):
    """公文种类 (PUB-GENRE-1 lists the State Council's; agencies use the same categories)."""

    DECISION = "决定", "决定"
    ORDER = "命令（令）", "命令（令）"
    NOTICE = "通知", "通知"
    ANNOUNCEMENT = "公告", "公告"
    PUBLIC_NOTICE = "通告", "通告"
    OPINION = "意见", "意见"
    REPLY = "批复", "批复"
    REPORT = "报告", "报告"
    LETTER = "函", "函"
    MINUTES = "纪要", "纪要"
    INTERPRETATION = "解读", "解读"
    OTHER = "其他", "其他"


class InformationItem(BaseModel):
    """One piece of government information; its fields are the working copy being edited."""

    org = models.ForeignKey(
        "orgs.Organisation",
        models.PROTECT,
        related_name="information_items",
        verbose_name=_("publishing organisation"),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind, default=Kind.GENERAL)
    status = models.CharField(
        _("workflow status"), max_length=16, choices=Status, default=Status.DRAFT
    )
    is_public = models.BooleanField(_("publicly visible"), default=False, editable=False)
    publication_pending = models.JSONField(
        _("publication waiting for masked files"),
        default=dict,
        blank=True,
        editable=False,
        help_text=_("Who publishes, the date and the note, while the masked files are made."),
    )
    catalog_entry = models.ForeignKey(
        "publishing.CatalogEntry",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="items",
        verbose_name=_("catalog entry"),
    )
    index_number = models.CharField(
        _("index number"), max_length=64, blank=True, editable=False, db_index=True
    )
    title = models.CharField(_("title"), max_length=300)
    doc_number = models.CharField(
        _("official document number"),
        max_length=100,
        blank=True,
        help_text=_("For example 云卫发〔2024〕12号."),
    )
    doc_year = models.PositiveSmallIntegerField(_("document year"), null=True, editable=False)
    written_on = models.DateField(_("date written"))
    formed_on = models.DateField(
        _("formed or changed on"),
        help_text=_("The day the information was formed or changed; the time limit runs from it."),
    )
    published_on = models.DateField(_("date published"), null=True, blank=True, editable=False)
    due_on = models.DateField(_("publish by"), null=True, blank=True, editable=False)
    theme = models.ForeignKey(
        "publishing.Theme",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("theme category"),
    )
    # Left empty, the genre is taken from the title (publishing.genres): never silently 通知.
    genre = models.CharField(_("genre"), max_length=16, choices=Genre, blank=True, default="")
    validity = models.CharField(
        _("validity"), max_length=16, choices=Validity, default=Validity.IN_FORCE
    )
    keywords = models.CharField(_("keywords"), max_length=200, blank=True)
    summary = models.TextField(
        _("summary"), help_text=_("Required for the disclosure directory (《条例》第十二条).")
    )
    body = models.TextField(_("body"), blank=True)
    attribute = models.CharField(
        _("disclosure attribute"), max_length=16, choices=Attribute, default=Attribute.PROACTIVE
    )
    exempt_ground = models.CharField(
        _("legal ground for not disclosing"), max_length=16, choices=ExemptGround, blank=True
    )
    exempt_reason = models.TextField(_("reason for not disclosing"), blank=True)
    time_limit_days = models.PositiveSmallIntegerField(
        _("time limit (working days)"),
        default=20,
        help_text=_("20 working days (Art. 26) unless a law or regulation sets another period."),
    )
    time_limit_basis = models.CharField(
        _("basis of another time limit"), max_length=200, blank=True
    )
    needs_interpretation = models.BooleanField(_("needs a policy interpretation"), default=False)
    interprets = models.ForeignKey(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="interpretations",
        verbose_name=_("interprets"),
    )
    valid_from = models.DateField(_("in force from"), null=True, blank=True)
    valid_until = models.DateField(_("in force until"), null=True, blank=True)
    amends = models.ForeignKey(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="amended_by",
        verbose_name=_("amends"),
    )
    repeals = models.ForeignKey(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="repealed_by",
        verbose_name=_("repeals"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        related_name="+",
        verbose_name=_("created by"),
    )

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("information item")
        verbose_name_plural = _("information items")
        ordering = ["-published_on", "-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["org", "doc_year", "doc_number"],
                condition=~Q(doc_number=""),
                name="publishing_item_unique_doc_number",
            ),
            models.UniqueConstraint(
                fields=["index_number"],
                condition=~Q(index_number=""),
                name="publishing_item_unique_index_number",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("publishing:item_detail", args=[self.pk])

    def get_public_url(self) -> str:
        from django.urls import reverse

        return reverse("info:item", args=[self.pk])


def attachment_path(instance: "Attachment", filename: str) -> str:
    """Store each file in a random folder: the unmasked original's path cannot be guessed from
    the item number and the file name the public page shows (the name is kept for downloads)."""
    return f"publishing/{instance.item_id}/{secrets.token_hex(16)}/{filename}"


class Recognition(models.TextChoices):
    """Text recognition (OCR) of an attached image or scanned PDF, run as a background job."""

    NONE = "", _("Not needed")
    PENDING = "pending", _("Recognising text")
    DONE = "done", _("Text recognised")
    EMPTY = "empty", _("No text recognised")
    FAILED = "failed", _("Text recognition failed")


class Attachment(BaseModel):
    """A file attached to an item; the public gets ``masked_file`` once findings are applied."""

    item = models.ForeignKey(
        InformationItem, models.CASCADE, related_name="attachments", verbose_name=_("item")
    )
    name = models.CharField(_("file name"), max_length=200)
    file = models.FileField(_("file"), upload_to=attachment_path, max_length=300)
    masked_file = models.FileField(
        _("masked file"), upload_to=attachment_path, max_length=300, blank=True
    )
    size = models.PositiveIntegerField(_("size"))
    file_type = models.CharField(_("file type"), max_length=8)
    scan_note = models.CharField(_("scan note"), max_length=300, blank=True)
    ocr_status = models.CharField(
        _("text recognition"), max_length=8, choices=Recognition, blank=True, default=""
    )
    ocr_text = models.TextField(_("recognised text"), blank=True, editable=False)
    ocr_boxes = models.JSONField(
        _("recognised word boxes"), default=list, blank=True, editable=False
    )
    ocr_error = models.CharField(_("why recognition failed"), max_length=300, blank=True)
    ocr_pages = models.JSONField(
        _("recognised pages"),
        default=list,
        blank=True,
        editable=False,
        help_text=_("Scanned pages of a PDF whose other pages have text; empty: the whole file."),
    )
    removed = models.BooleanField(
        _("removed from the amendment"),
        default=False,
        help_text=_("Still public with the published version until the amendment is published."),
    )

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["item", "pk"]

    def __str__(self) -> str:
        return self.name

    @property
    def ocr_pending(self) -> bool:
        """Text recognition queued or running: the page says so instead of showing no text."""
        return self.ocr_status == Recognition.PENDING


class ItemVersion(models.Model):
    """What the public saw from one publication on: masked body, metadata, masked files."""

    item = models.ForeignKey(
        InformationItem, models.CASCADE, related_name="versions", verbose_name=_("item")
    )
    number = models.PositiveIntegerField(_("version"))
    published_on = models.DateField(_("date published"))
    published_at = models.DateTimeField(_("published at"), auto_now_add=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, related_name="+", verbose_name=_("published by")
    )
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("masked body"), blank=True)
    metadata = models.JSONField(_("metadata"), default=dict)
    attachments = models.JSONField(_("attachments"), default=list)
    change_note = models.CharField(_("what changed"), max_length=300, blank=True)

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("published version")
        verbose_name_plural = _("published versions")
        ordering = ["item", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["item", "number"], name="publishing_version_unique")
        ]

    def __str__(self) -> str:
        return f"{self.title} v{self.number}"


class Review(models.Model):
    """One confidentiality review decision (保密审查, PUB-SECRET-1): who, when, result, opinion."""

    class Result(models.TextChoices):
        APPROVED = "approved", _("Approved for publication")
        RETURNED = "returned", _("Returned for changes")
        REFERRED = "referred", _("Referred upward")

    item = models.ForeignKey(
        InformationItem,
        models.CASCADE,
        null=True,
        blank=True,
        related_name="reviews",
        verbose_name=_("item"),
    )
    request = models.ForeignKey(
        "publishing.PublicationRequest",
        models.CASCADE,
        null=True,
        blank=True,
        related_name="reviews",
        verbose_name=_("publication review request"),
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, related_name="+", verbose_name=_("reviewer")
    )
    result = models.CharField(_("result"), max_length=16, choices=Result)
    opinion = models.TextField(_("opinion"))
    files_checked = models.BooleanField(
        _("files without recognised text checked by eye"),
        default=False,
        help_text=_("Set when the reviewer confirmed checking files the scan could not read."),
    )
    created_at = models.DateTimeField(_("reviewed at"), auto_now_add=True)

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("confidentiality review")
        verbose_name_plural = _("confidentiality reviews")
        ordering = ["item", "-created_at"]

    def __str__(self) -> str:
        return f"{self.item or self.request} {self.get_result_display()}"


class PrivacyFinding(models.Model):
    """One piece of personal data found in the body or an attachment, and the reviewer's call."""

    class Decision(models.TextChoices):
        PENDING = "pending", _("Pending")
        ACCEPTED = "accepted", _("Mask")
        REJECTED = "rejected", _("Keep (not personal data)")

    item = models.ForeignKey(
        InformationItem,
        models.CASCADE,
        null=True,
        blank=True,
        related_name="findings",
        verbose_name=_("item"),
    )
    request = models.ForeignKey(
        "publishing.PublicationRequest",
        models.CASCADE,
        null=True,
        blank=True,
        related_name="findings",
        verbose_name=_("publication review request"),
    )
    part = models.CharField(_("where"), max_length=64, blank=True)
    attachment = models.ForeignKey(
        Attachment,
        models.CASCADE,
        null=True,
        blank=True,
        related_name="findings",
        verbose_name=_("attachment"),
    )
    kind = models.CharField(_("kind"), max_length=32)
    text = models.CharField(_("text found"), max_length=200)
    start = models.PositiveIntegerField(_("start"))
    end = models.PositiveIntegerField(_("end"))
    masked = models.CharField(_("masked text"), max_length=200)
    confidence = models.FloatField(_("confidence"), default=1.0)
    subkind = models.CharField(_("sub-kind"), max_length=32, blank=True)
    before = models.CharField(_("text before"), max_length=40, blank=True)
    after = models.CharField(_("text after"), max_length=40, blank=True)
    decision = models.CharField(
        _("decision"), max_length=16, choices=Decision, default=Decision.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("privacy finding")
        verbose_name_plural = _("privacy findings")
        ordering = ["item", "request", "attachment", "part", "start"]

    def __str__(self) -> str:
        return f"{self.kind}: {self.masked}"

    @property
    def kind_label(self) -> str:
        from ..privacy import KIND_LABELS

        return KIND_LABELS.get(self.kind, self.kind)
