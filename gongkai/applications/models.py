"""Disclosure requests (依申请公开) and their reply-clock events."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from gongkai.core.models import BaseModel, new_access_token

from .clock_events import EventKind
from .states import (
    CONCLUDED_STATUSES,
    PAUSED_STATUSES,
    ApplicantType,
    Channel,
    DeliveryChannel,
    DeliveryMethod,
    Ground,
    IdType,
    ReplyType,
    Status,
)


class Application(BaseModel):
    """One request for government information (《条例》第二十九条)."""

    org = models.ForeignKey(
        "orgs.Organisation",
        models.PROTECT,
        related_name="applications",
        verbose_name=_("organisation"),
    )
    number = models.CharField(_("tracking number"), max_length=32, unique=True)
    access_token = models.CharField(
        _("access token"), max_length=64, unique=True, default=new_access_token, editable=False
    )
    applicant_type = models.CharField(
        _("applicant type"), max_length=16, choices=ApplicantType, default=ApplicantType.PERSON
    )
    # Blank only on cases imported from an earlier register, which did not record them
    # (services.intake.application_register refuses them blank otherwise).
    applicant_name = models.CharField(_("applicant name"), max_length=200, blank=True)
    id_type = models.CharField(
        _("identity document type"), max_length=16, choices=IdType, default=IdType.ID_CARD
    )
    id_document = models.CharField(
        _("identity document"),
        max_length=100,
        blank=True,
        help_text=_("ID card or business licence number, or another proof of identity."),
    )
    contact_person = models.CharField(_("contact person"), max_length=100, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    address = models.CharField(_("postal address"), max_length=300, blank=True)
    channel = models.CharField(_("channel"), max_length=16, choices=Channel, blank=True)
    is_oral = models.BooleanField(
        _("made orally"),
        default=False,
        help_text=_("Writing was difficult; the office filled in the form (《条例》第二十九条)."),
    )
    receipt_confirmed_on = models.DateField(
        _("receipt confirmed on"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "For the online form: the day the office confirmed receipt, which is then the "
            "receipt date (《条例》第三十一条); empty while it waits for confirmation."
        ),
    )
    arrived_on = models.DateField(
        _("arrived on"),
        null=True,
        blank=True,
        help_text=_("For ordinary letters: the day the letter arrived."),
    )
    description = models.TextField(
        _("information requested"),
        help_text=_("Name, document number or another description that lets it be found."),
    )
    purpose = models.TextField(_("purpose"), blank=True)
    delivery_method = models.CharField(
        _("delivery method"), max_length=16, choices=DeliveryMethod, default=DeliveryMethod.EMAIL
    )
    reading_difficulty = models.BooleanField(_("reading difficulty (阅读困难)"), default=False)
    sensory_impairment = models.BooleanField(
        _("visual or hearing impairment (视听障碍)"), default=False
    )
    submission_key = models.CharField(
        _("submission key"),
        max_length=64,
        unique=True,
        null=True,
        blank=True,
        editable=False,
        help_text=_("The online form's one-time key: submitting it twice makes one request."),
    )
    unit = models.ForeignKey(
        "orgs.Organisation",
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("handling unit"),
    )
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("handler"),
    )
    status = models.CharField(_("status"), max_length=32, choices=Status, default=Status.RECEIVED)
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)
    concluded_on = models.DateField(
        _("concluded on"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("The day the request was replied to, withdrawn or ended (AR-T3)."),
    )
    outcome = models.CharField(_("outcome"), max_length=24, choices=ReplyType, blank=True)
    withholding_ground = models.CharField(
        _("withholding ground"),
        max_length=16,
        choices=Ground,
        blank=True,
        help_text=_("The ground a refusal is counted under in the annual report."),
    )
    withholding_grounds = models.JSONField(
        _("withholding grounds"),
        default=list,
        blank=True,
        help_text=_("Every ground cited for what was withheld (Art. 14-16, 36, 37)."),
    )
    withheld_description = models.TextField(
        _("information withheld"),
        blank=True,
        help_text=_("What was not disclosed: the whole request, or the parts withheld."),
    )
    no_disclosure_duty_confirmed = models.BooleanField(
        _("no duty to disclose confirmed"),
        default=False,
        help_text=_(
            "For Art. 16 grounds: the handler confirmed that no law, regulation or rule "
            "requires this information to be disclosed."
        ),
    )
    imported = models.BooleanField(
        _("imported"),
        default=False,
        editable=False,
        help_text=_("Brought in from the agency's earlier register of requests (历史导入)."),
    )
    register_number = models.CharField(  # noqa: DJ001 (null: unique per org when given)
        _("number in the earlier register"),
        max_length=64,
        null=True,
        blank=True,
        editable=False,
        help_text=_("The request's number in the register it was imported from."),
    )
    due_on = models.DateField(
        _("reply due on"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Counted in working days from the clock events; recomputed, never entered."),
    )
    due_missing_year = models.PositiveSmallIntegerField(
        _("year without a holiday schedule"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("The due date cannot be computed until this year's schedule is loaded."),
    )

    class Meta:
        verbose_name = _("disclosure application")
        verbose_name_plural = _("disclosure applications")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["org", "status"])]
        constraints = [
            # Null on cases registered in Gongkai, so that saving them costs no check.
            models.UniqueConstraint(
                fields=["org", "register_number"], name="application_register_number_per_org"
            ),
        ]

    def __str__(self) -> str:
        return self.number

    # What pages show about the reply clock, so that templates test booleans, not status codes.
    @property
    def is_concluded(self) -> bool:
        """Replied, withdrawn or closed: no due date runs any more."""
        return self.status in CONCLUDED_STATUSES

    @property
    def is_paused(self) -> bool:
        """Waiting for a third party or a fee: the clock pauses (《条例》第三十二条、第四十二条)."""
        return self.status in PAUSED_STATUSES

    @property
    def awaits_correction(self) -> bool:
        """Stopped until the corrected request arrives (《条例》第三十条)."""
        return self.status == Status.CORRECTION_REQUESTED


class ClockEvent(BaseModel):
    """One event of a request's reply clock; the due date is derived from these rows."""

    application = models.ForeignKey(
        Application,
        models.CASCADE,
        related_name="clock_events",
        verbose_name=_("disclosure application"),
    )
    kind = models.CharField(_("event"), max_length=32, choices=EventKind)
    day = models.DateField(_("date"))
    days = models.PositiveSmallIntegerField(_("working days"), null=True, blank=True)
    until = models.DateField(_("new deadline"), null=True, blank=True)
    delivered_on = models.DateField(
        _("delivered on"),
        null=True,
        blank=True,
        help_text=_("The day the third party or applicant received the letter."),
    )
    ref = models.CharField(
        _("addressee"), max_length=200, blank=True, help_text=_("Pairs a letter with its answer.")
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("clock event")
        verbose_name_plural = _("clock events")
        ordering = ["day", "id"]
        constraints = [
            # REQ-RECEIPT-1, REQ-CORR-1, REQ-DEADLINE-3: these happen at most once per request.
            models.UniqueConstraint(
                fields=["application", "kind"],
                condition=Q(
                    kind__in=[
                        EventKind.RECEIVED,
                        EventKind.CORRECTION_REQUESTED,
                        EventKind.CORRECTED,
                        EventKind.EXTENSION_APPROVED,
                    ]
                ),
                name="clock_event_once_per_application",
            ),
            models.CheckConstraint(
                condition=~Q(kind=EventKind.EXTENSION_APPROVED) | Q(days__gte=1, days__lte=20),
                name="clock_extension_1_to_20_days",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.day:%Y-%m-%d}"


def attachment_path(instance: "Attachment", filename: str) -> str:
    """Store uploads under a random name: the applicant's file name is kept only as data."""
    return f"applications/{instance.application_id}/{secrets.token_hex(16)}"


class Attachment(BaseModel):
    """A file the applicant sent with the request, or information released with the reply."""

    class Kind(models.TextChoices):
        APPLICANT = "applicant", _("From the applicant")
        RELEASED = "released", _("Released information")

    application = models.ForeignKey(
        Application,
        models.CASCADE,
        related_name="attachments",
        verbose_name=_("disclosure application"),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind, default=Kind.APPLICANT)
    file = models.FileField(_("file"), upload_to=attachment_path, max_length=200)
    name = models.CharField(_("file name"), max_length=200)
    size = models.PositiveIntegerField(_("size in bytes"))
    content_type = models.CharField(_("content type"), max_length=100)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.name


class LetterSettings(BaseModel):
    """An agency's letterhead data: issuing organ, document-number prefix, remedy body."""

    org = models.OneToOneField(
        "orgs.Organisation",
        models.CASCADE,
        related_name="letter_settings",
        verbose_name=_("organisation"),
    )
    organ_name = models.CharField(
        _("issuing organ"), max_length=200, help_text=_("Printed at the foot of each letter.")
    )
    number_prefix = models.CharField(
        _("document number prefix"),
        max_length=40,
        help_text=_("Letters are numbered PREFIX〔YEAR〕N号, N counting up per year."),
    )
    reconsideration_body = models.CharField(
        _("reconsideration body"),
        max_length=200,
        help_text=_(
            "For a department, the people's government at its level; for a people's "
            "government, the government one level up (《行政复议法》第二十四条; REQ-REMEDY-4)."
        ),
    )

    class Meta:
        verbose_name = _("letter settings")
        verbose_name_plural = _("letter settings")

    def __str__(self) -> str:
        return self.organ_name


class ReplyTemplate(BaseModel):
    """The editable text of a reply letter (告知书) for one reply type (REQ-REPLY-1)."""

    org = models.ForeignKey(
        "orgs.Organisation",
        models.CASCADE,
        related_name="reply_templates",
        verbose_name=_("organisation"),
    )
    reply_type = models.CharField(_("reply type"), max_length=24, choices=ReplyType)
    title = models.CharField(_("title"), max_length=100)
    body = models.TextField(_("text"))
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("last edited by"),
    )

    class Meta:
        verbose_name = _("reply letter template")
        verbose_name_plural = _("reply letter templates")
        ordering = ["org", "reply_type"]
        constraints = [
            models.UniqueConstraint(fields=["org", "reply_type"], name="reply_template_per_type")
        ]

    def __str__(self) -> str:
        return f"{self.org} {self.get_reply_type_display()}"


class ReplyLetter(BaseModel):
    """The reply letter sent to the applicant: its number, frozen text and its delivery (送达)."""

    application = models.OneToOneField(
        Application,
        models.CASCADE,
        related_name="letter",
        verbose_name=_("disclosure application"),
    )
    org = models.ForeignKey(
        "orgs.Organisation", models.PROTECT, related_name="+", verbose_name=_("organisation")
    )
    year = models.PositiveSmallIntegerField(_("year"))
    serial = models.PositiveIntegerField(_("serial number"))
    number = models.CharField(_("document number"), max_length=80)
    issued_on = models.DateField(_("issued on"))
    title = models.CharField(_("title"), max_length=100)
    body = models.TextField(_("text"))
    organ_name = models.CharField(_("issuing organ"), max_length=200)
    delivery_channel = models.CharField(
        _("delivered by"), max_length=16, choices=DeliveryChannel, blank=True
    )
    delivered_on = models.DateField(_("delivered on"), null=True, blank=True)
    delivery_proof = models.CharField(
        _("proof of delivery"),
        max_length=300,
        blank=True,
        help_text=_("Tracking number, receipt signature, e-mail message ID …"),
    )
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("issued by"),
    )

    class Meta:
        verbose_name = _("reply letter")
        verbose_name_plural = _("reply letters")
        ordering = ["-issued_on", "-serial"]
        constraints = [
            models.UniqueConstraint(
                fields=["org", "year", "serial"], name="reply_letter_number_unique"
            )
        ]

    def __str__(self) -> str:
        return self.number


class ConversionDecision(BaseModel):
    """The coordinator's decision on requests that recur for the same information (Art. 44)."""

    class Decision(models.TextChoices):
        CONVERT = "convert", _("Disclose proactively")
        DECLINE = "decline", _("Keep handling on request")

    org = models.ForeignKey(
        "orgs.Organisation",
        models.CASCADE,
        related_name="conversion_decisions",
        verbose_name=_("organisation"),
    )
    subject = models.CharField(_("information asked for"), max_length=300)
    decision = models.CharField(_("decision"), max_length=16, choices=Decision)
    reason = models.TextField(_("reason"))
    applications = models.ManyToManyField(
        Application, related_name="conversion_decisions", verbose_name=_("requests")
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    item = models.ForeignKey(
        "publishing.InformationItem",
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("draft for proactive disclosure"),
    )

    class Meta:
        verbose_name = _("conversion decision")
        verbose_name_plural = _("conversion decisions")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.subject


class RemedyCase(BaseModel):
    """An administrative reconsideration or lawsuit against a reply (AR-T4; REQ-REMEDY-2)."""

    class Kind(models.TextChoices):
        RECONSIDERATION = "reconsideration", _("Administrative reconsideration")
        LAWSUIT_DIRECT = "lawsuit_direct", _("Lawsuit without reconsideration")
        LAWSUIT_AFTER = "lawsuit_after", _("Lawsuit after reconsideration")

    class Result(models.TextChoices):
        PENDING = "pending", _("Not yet decided")
        MAINTAINED = "maintained", _("Reply upheld")
        CORRECTED = "corrected", _("Reply corrected")
        OTHER = "other", _("Other result")

    application = models.ForeignKey(
        Application,
        models.CASCADE,
        related_name="remedies",
        verbose_name=_("disclosure application"),
    )
    kind = models.CharField(_("kind"), max_length=24, choices=Kind)
    body = models.CharField(
        _("reconsideration body or court"), max_length=200, help_text=_("Who decides it.")
    )
    filed_on = models.DateField(_("filed on"))
    result = models.CharField(_("result"), max_length=16, choices=Result, default=Result.PENDING)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("reconsideration or lawsuit")
        verbose_name_plural = _("reconsiderations and lawsuits")
        ordering = ["filed_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(result="pending", decided_on__isnull=True)
                | (~Q(result="pending") & Q(decided_on__isnull=False)),
                name="remedy_decided_has_date",
            )
        ]

    def __str__(self) -> str:
        return f"{self.application.number} {self.get_kind_display()}"


class WithheldInformation(BaseModel):
    """Information not disclosed, on the re-review list until circumstances allow (Art. 18).

    REQ-REVIEW-1: withheld parts of replies (and refusals) carry a next-review date; a review
    either keeps them withheld (the date moves on by the agency's interval) or releases them.
    """

    class State(models.TextChoices):
        WITHHELD = "withheld", _("Still withheld")
        RELEASED = "released", _("May now be disclosed")

    org = models.ForeignKey(
        "orgs.Organisation",
        models.CASCADE,
        related_name="withheld_information",
        verbose_name=_("organisation"),
    )
    application = models.ForeignKey(
        Application,
        models.CASCADE,
        related_name="withheld",
        verbose_name=_("disclosure application"),
    )
    description = models.TextField(_("information withheld"))
    grounds = models.JSONField(_("withholding grounds"), default=list)
    withheld_on = models.DateField(_("withheld on"))
    next_review_on = models.DateField(_("next review on"))
    state = models.CharField(_("state"), max_length=16, choices=State, default=State.WITHHELD)
    last_reviewed_on = models.DateField(_("last reviewed on"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    review_note = models.TextField(_("review note"), blank=True)

    class Meta:
        verbose_name = _("withheld information")
        verbose_name_plural = _("withheld information")
        ordering = ["next_review_on", "id"]
        indexes = [models.Index(fields=["org", "state", "next_review_on"])]

    def __str__(self) -> str:
        return f"{self.application.number} {self.description[:30]}"


# Procedural letters and the agency's settings live in their own modules; importing them here
# registers the models.
from .models_letters import (  # noqa: E402, F401  (REQ-LETTERS-1)
    ProceduralLetter,
    ProceduralTemplate,
)
from .models_settings import RequestSettings  # noqa: E402, F401
