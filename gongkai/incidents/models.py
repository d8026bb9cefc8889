"""Models of the incidents app: incidents, their releases, and the reminders already sent."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from gongkai.core.models import BaseModel

from .states import IncidentKind, IncidentStatus, ReleaseKind, Severity


class Incident(BaseModel):
    """An emergency or a matter of public concern, timed from its recorded start (EMG-3)."""

    org = models.ForeignKey(
        "orgs.Organisation", models.PROTECT, related_name="+", verbose_name=_("organisation")
    )
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("kind"), max_length=16, choices=IncidentKind)
    severity = models.CharField(
        _("severity"), max_length=16, choices=Severity, default=Severity.OTHER
    )
    started_at = models.DateTimeField(pgettext_lazy("incident", "started at"))
    description = models.TextField(_("description"), blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=IncidentStatus, default=IncidentStatus.OPEN
    )
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, related_name="+", verbose_name=_("recorded by")
    )

    class Meta:
        verbose_name = _("incident")
        verbose_name_plural = _("incidents")
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("incidents:detail", args=[self.pk])


class Release(BaseModel):
    """A release answering an incident: a linked information item, whose publication time
    counts, or a press conference recorded by its time and place."""

    incident = models.ForeignKey(
        Incident, models.CASCADE, related_name="releases", verbose_name=_("incident")
    )
    kind = models.CharField(_("kind of release"), max_length=24, choices=ReleaseKind)
    item = models.ForeignKey(
        "publishing.InformationItem",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("information item"),
    )
    held_at = models.DateTimeField(_("held at"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    speaker = models.CharField(_("speaker"), max_length=100, blank=True)
    #: EMG-1: heads of the organisation are to speak first (主要负责人带头主动发声)
    by_head = models.BooleanField(_("a head of the organisation spoke"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, related_name="+", verbose_name=_("recorded by")
    )

    class Meta:
        verbose_name = _("release")
        verbose_name_plural = _("releases")
        ordering = ["created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(item__isnull=False) | Q(held_at__isnull=False),
                name="incident_release_item_or_time",
            ),
            models.UniqueConstraint(
                fields=["incident", "item"],
                condition=Q(item__isnull=False),
                name="incident_release_item_once",
            ),
        ]


class Reminder(models.Model):
    """One reminder sent for one clock at one fraction of its period (1000 = expired); for the
    prompt to go on releasing (clock ``follow_up``), ``permille`` counts the releases the gap
    follows."""

    incident = models.ForeignKey(
        Incident, models.CASCADE, related_name="reminders", verbose_name=_("incident")
    )
    clock = models.CharField(_("clock"), max_length=24)
    permille = models.PositiveSmallIntegerField(_("share of the period, per mille"))
    sent_at = models.DateTimeField(_("sent at"))

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["incident", "clock", "permille"], name="incident_reminder_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.clock} {self.permille}‰"
