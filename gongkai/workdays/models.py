"""Coordinator-loaded holiday schedules (CAL-DATA-1) and single-day overrides."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from gongkai.core.models import BaseModel


class YearSchedule(BaseModel):
    """A year whose holidays and 调休 days were loaded from the State Council's notice."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    notice = models.CharField(
        _("notice"),
        max_length=200,
        blank=True,
        help_text=_("Document number of the State Council General Office's notice."),
    )
    source = models.CharField(_("source"), max_length=200, blank=True)
    loaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("loaded by"),
    )

    class Meta:
        verbose_name = _("yearly holiday schedule")
        verbose_name_plural = _("yearly holiday schedules")
        ordering = ["-year"]

    def __str__(self) -> str:
        return str(self.year)


class DayOverride(BaseModel):
    """One date declared a holiday or a working day, overriding the weekday rule and library."""

    day = models.DateField(_("date"), unique=True)
    is_workday = models.BooleanField(_("working day"))
    name = models.CharField(_("name"), max_length=100, blank=True)
    schedule = models.ForeignKey(
        YearSchedule,
        models.CASCADE,
        null=True,
        blank=True,
        related_name="days",
        verbose_name=_("schedule"),
    )

    class Meta:
        verbose_name = _("calendar day")
        verbose_name_plural = _("calendar days")
        ordering = ["day"]

    def __str__(self) -> str:
        return f"{self.day:%Y-%m-%d} {self.name}"
