"""Procedural letters of a request (REQ-LETTERS-1) and the agencies' templates for them."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from gongkai.core.models import BaseModel

from .letter_kinds import LetterKind
from .states import DeliveryChannel


class ProceduralTemplate(BaseModel):
    """An agency's text for one kind of procedural letter, with its document-number marker."""

    org = models.ForeignKey(
        "orgs.Organisation",
        models.CASCADE,
        related_name="procedural_templates",
        verbose_name=_("organisation"),
    )
    kind = models.CharField(_("kind of letter"), max_length=32, choices=LetterKind)
    title = models.CharField(_("title"), max_length=100)
    marker = models.CharField(
        _("number marker"),
        max_length=10,
        help_text=_("Written after the prefix in the document number, e.g. 补字."),
    )
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
        verbose_name = _("procedural letter template")
        verbose_name_plural = _("procedural letter templates")
        ordering = ["org", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["org", "kind"], name="procedural_template_per_kind")
        ]

    def __str__(self) -> str:
        return f"{self.org} {self.get_kind_display()}"


class ProceduralLetter(BaseModel):
    """A letter written while the request is handled: a draft until issued, then frozen.

    Issuing gives it the next number of its series (PREFIX + marker〔YEAR〕N号), counted per
    agency, year and marker, and freezes its text; delivery (送达) is recorded as for replies.
    """

    application = models.ForeignKey(
        "applications.Application",
        models.CASCADE,
        related_name="procedural_letters",
        verbose_name=_("disclosure application"),
    )
    org = models.ForeignKey(
        "orgs.Organisation", models.PROTECT, related_name="+", verbose_name=_("organisation")
    )
    kind = models.CharField(_("kind of letter"), max_length=32, choices=LetterKind)
    addressee = models.CharField(_("addressee"), max_length=200)
    title = models.CharField(_("title"), max_length=100)
    body = models.TextField(_("text"))
    marker = models.CharField(_("number marker"), max_length=10, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    serial = models.PositiveIntegerField(_("serial number"), null=True, blank=True)
    number = models.CharField(_("document number"), max_length=80, blank=True)
    issued_on = models.DateField(_("issued on"), null=True, blank=True)
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
    drafted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("drafted by"),
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
        verbose_name = _("procedural letter")
        verbose_name_plural = _("procedural letters")
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["org", "marker", "year", "serial"],
                condition=Q(serial__isnull=False),
                name="procedural_letter_number_unique",
            ),
            models.CheckConstraint(
                condition=Q(issued_on__isnull=True, serial__isnull=True, number="")
                | Q(issued_on__isnull=False, serial__isnull=False, year__isnull=False),
                name="procedural_letter_issued_is_numbered",
            ),
        ]

    def __str__(self) -> str:
        return self.number or f"{self.get_kind_display()}"

    @property
    def is_issued(self) -> bool:
        return self.issued_on is not None
