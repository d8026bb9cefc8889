"""Models of the briefings app: the ledger of releases and the frequency checks it is held to."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from gongkai.core.models import BaseModel
from gongkai.core.pagecache import PublicContentQuerySet

from .kinds import EntryKind, Period, SpeakerRole


class LedgerEntry(BaseModel):
    """One press conference, briefing, online interview or interpretation (seed 000 items
    15, 17, 22): when, by whom, on what, and where the public can read or watch it."""

    org = models.ForeignKey(
        "orgs.Organisation",
        models.PROTECT,
        related_name="briefing_entries",
        verbose_name=_("organisation"),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=EntryKind)
    held_on = models.DateField(_("date"))
    topic = models.CharField(_("topic"), max_length=300)
    speaker = models.CharField(_("speaker"), max_length=100)
    speaker_title = models.CharField(_("speaker's post"), max_length=100, blank=True)
    speaker_role = models.CharField(_("speaker's standing"), max_length=16, choices=SpeakerRole)
    policy = models.ForeignKey(
        "publishing.InformationItem",
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="briefing_entries",
        verbose_name=_("policy document"),
    )
    material = models.ForeignKey(
        "publishing.InformationItem",
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("published material"),
    )
    material_url = models.URLField(_("link to the material"), max_length=500, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, related_name="+"
    )

    # The public page shows entries: queryset writes drop the cached pages too.
    objects = PublicContentQuerySet.as_manager()

    class Meta:
        ordering = ["-held_on", "-id"]
        verbose_name = _("ledger entry")
        verbose_name_plural = _("ledger entries")

    def __str__(self) -> str:
        return f"{self.held_on:%Y-%m-%d} {self.get_kind_display()}：{self.topic}"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("briefings:entry_edit", args=[self.pk])


class FrequencyCheck(BaseModel):
    """A frequency an organisation is held to in one year, as data (PLAN-PRESS-1,
    PLAN-INTERP-1): entries of ``kinds`` (by speakers of ``roles``, any when empty) at least
    ``minimum`` times in each ``period``."""

    org = models.ForeignKey(
        "orgs.Organisation",
        models.CASCADE,
        related_name="briefing_checks",
        verbose_name=_("organisation"),
    )
    year = models.PositiveSmallIntegerField(_("year"))
    title = models.CharField(_("requirement"), max_length=200)
    kinds = models.JSONField(_("what counts"), default=list)
    roles = models.JSONField(_("who must speak"), default=list, blank=True)
    minimum = models.PositiveSmallIntegerField(_("at least"), default=1)
    period = models.CharField(_("period"), max_length=8, choices=Period)
    basis = models.CharField(_("basis"), max_length=300, blank=True)

    class Meta:
        ordering = ["org", "year", "id"]
        verbose_name = _("frequency check")
        verbose_name_plural = _("frequency checks")
        constraints = [
            models.UniqueConstraint(
                fields=["org", "year", "title"], name="briefings_check_unique_title"
            ),
            models.CheckConstraint(
                condition=models.Q(minimum__gte=1), name="briefings_check_minimum_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.year} {self.title}"
