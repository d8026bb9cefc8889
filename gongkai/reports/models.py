"""Figures of the annual report that staff enter because Gongkai does not hold their records."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from gongkai.core.models import BaseModel


class EnteredFigure(BaseModel):
    """One cell of an annual report entered by staff (or imported), with who entered it.

    Table 二's counts of 行政许可, 行政处罚, 行政强制 and the 行政事业性收费 amount come from other
    systems (《条例》第二十条第（五）（六）（八）项). Table 三's row 四 of a year Gongkai did not
    count (a report published before the agency used Gongkai) is entered so that the next
    year's carry-over can be compared with it.
    """

    org = models.ForeignKey(
        "orgs.Organisation",
        models.CASCADE,
        related_name="report_figures",
        verbose_name=_("organisation"),
    )
    year = models.PositiveSmallIntegerField(_("report year"))
    table = models.CharField(_("table"), max_length=4)
    row = models.CharField(_("row"), max_length=40)
    column = models.CharField(_("column"), max_length=40)
    value = models.DecimalField(_("value"), max_digits=16, decimal_places=4)
    note = models.CharField(_("source"), max_length=300, blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("entered by"),
    )

    class Meta:
        verbose_name = _("entered report figure")
        verbose_name_plural = _("entered report figures")
        ordering = ["org", "year", "table", "row", "column"]
        constraints = [
            models.UniqueConstraint(
                fields=["org", "year", "table", "row", "column"], name="report_figure_one_per_cell"
            )
        ]

    def __str__(self) -> str:
        return f"{self.year} {self.table} {self.row} {self.column}"


class ReportNarrative(BaseModel):
    """The texts of an annual report that the disclosure office writes (《条例》第五十条).

    ``sections`` maps the keys of ``formats.narrative_parts`` (``一(一)`` … ``一(五)`` or
    ``一``, then ``五`` and ``六``) to their text.
    """

    org = models.ForeignKey(
        "orgs.Organisation",
        models.CASCADE,
        related_name="report_narratives",
        verbose_name=_("organisation"),
    )
    year = models.PositiveSmallIntegerField(_("report year"))
    sections = models.JSONField(_("texts"), default=dict, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("last edited by"),
    )

    class Meta:
        verbose_name = _("annual report text")
        verbose_name_plural = _("annual report texts")
        constraints = [
            models.UniqueConstraint(fields=["org", "year"], name="report_narrative_one_per_year")
        ]

    def __str__(self) -> str:
        return f"{self.org} {self.year}"


class FeeItems(BaseModel):
    """The information-processing fee items an organisation reports in section 六 (AR-SEC6-1;
    国办函〔2020〕109号), as its disclosure office chose and worded them.

    ``items`` is a list of ``{"key": KEY, "label": TEXT}`` in the order printed, KEY one of
    ``formats.FEE_ITEMS``. Without a row the defaults apply (``formats.DEFAULT_FEE_ITEMS``).
    """

    org = models.OneToOneField(
        "orgs.Organisation",
        models.CASCADE,
        related_name="report_fee_items",
        verbose_name=_("organisation"),
    )
    items = models.JSONField(_("fee items"), default=list, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("last edited by"),
    )

    class Meta:
        verbose_name = _("reported fee items")
        verbose_name_plural = _("reported fee items")

    def __str__(self) -> str:
        return str(self.org)
