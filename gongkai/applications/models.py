"""Disclosure requests (依申请公开) and their reply-clock events."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from gongkai.core.models import BaseModel

from .clock_events import EventKind
from .states import ApplicantType, Channel, DeliveryMethod, Ground, ReplyType, Status


def new_access_token() -> str:
    """Return an unguessable token for the applicant's private tracking link."""
    return secrets.token_urlsafe(32)


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
    applicant_name = models.CharField(_("applicant name"), max_length=200)
    id_document = models.CharField(
        _("identity document"),
        max_length=100,
        help_text=_("ID card or business licence number, or another proof of identity."),
    )
    contact_person = models.CharField(_("contact person"), max_length=100, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    address = models.CharField(_("postal address"), max_length=300, blank=True)
    channel = models.CharField(_("channel"), max_length=16, choices=Channel)
    is_oral = models.BooleanField(
        _("made orally"),
        default=False,
        help_text=_("Writing was difficult; the office filled in the form (《条例》第二十九条)."),
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
    outcome = models.CharField(_("outcome"), max_length=24, choices=ReplyType, blank=True)
    withholding_ground = models.CharField(
        _("withholding ground"), max_length=16, choices=Ground, blank=True
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

    def __str__(self) -> str:
        return self.number


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
