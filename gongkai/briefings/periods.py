"""The periods of a year a frequency is counted in: quarters, half-years or the whole year."""

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext_lazy as _

from .kinds import Period

_LABELS = {
    Period.QUARTER: [
        _("First quarter"),
        _("Second quarter"),
        _("Third quarter"),
        _("Fourth quarter"),
    ],
    Period.HALF: [_("First half-year"), _("Second half-year")],
    Period.YEAR: [_("Whole year")],
}


@dataclass(frozen=True)
class Span:
    label: str
    start: date
    end: date


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date.fromordinal(date(year, month + 1, 1).toordinal() - 1)


def periods_of(year: int, period: str) -> list[Span]:
    """The spans of ``year`` for ``period``, in order, with the last day included."""
    labels = _LABELS[Period(period)]
    months = 12 // len(labels)
    return [
        Span(
            str(label),
            date(year, 1 + i * months, 1),
            _month_end(year, (i + 1) * months),
        )
        for i, label in enumerate(labels)
    ]
