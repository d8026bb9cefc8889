"""The back office's lists of items as data tables: one partial (publishing/partials/_table.html)
draws them all; each table here says only its columns and what a row shows."""

from dataclasses import dataclass, field
from datetime import date, datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Cell:
    text: str
    url: str = ""  # the text links here
    note: str = ""  # a warning after the text


@dataclass(frozen=True)
class Table:
    table_id: str
    headings: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    empty_text: str = ""


def _day(value: date | datetime | None, fmt: str = "Y-m-d") -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value)
    return date_format(value, fmt)


def _item_link(item, url_name: str) -> Cell:
    return Cell(item.title, url=reverse(url_name, args=[item.pk]))


def review_queue_table(*, requests, items) -> Table:
    """What awaits a confidentiality review: requests of the other paths first, then items."""
    rows = [
        [
            Cell(_day(r.created_at, "Y-m-d H:i")),
            Cell(r.org.name),
            Cell((r.parts[0].get("label") or "") if r.parts else ""),
            _item_link(r, "publishing:request_review"),
            Cell(r.get_status_display()),
        ]
        for r in requests
    ]
    rows += [
        [
            Cell(_day(item.updated_at, "Y-m-d H:i")),
            Cell(item.org.name),
            Cell(item.get_kind_display()),
            _item_link(item, "publishing:item_review"),
            Cell(item.get_status_display()),
        ]
        for item in items
    ]
    headings = [_("Submitted at"), _("Organisation"), _("What is published"), _("Title")]
    return Table("review-queue", [*headings, _("Review status")], rows, _("Nothing awaits review."))


def _interpretation_cell(item) -> Cell:
    """Not yet published, or published late (解读逾期) on the day it came out (PUB-INTERP-1)."""
    released = getattr(item, "interpretation_published_on", None)
    if released is None:
        return Cell(_("not yet published"))
    return Cell(_day(released), note=_("interpretation late"))


def attention_tables(*, late, missing, lapsing, today: date) -> dict[str, Table]:
    """The three tables of 'Needs attention': late items, missing interpretations, lapsing
    normative documents (PUB-TIME-1, PUB-INTERP-1)."""
    return {
        "late": Table(
            "late",
            [_("Title"), _("Formed or changed on"), _("Publish by"), _("Date published")],
            [
                [
                    _item_link(item, "publishing:item_detail"),
                    Cell(_day(item.formed_on)),
                    Cell(_day(item.due_on)),
                    Cell(_day(item.published_on) or _("not yet")),
                ]
                for item in late
            ],
            _("None."),
        ),
        "missing": Table(
            "missing",
            [_("Title"), _("Date published"), _("Interpretation due"), _("Interpretation")],
            [
                [
                    _item_link(item, "publishing:item_detail"),
                    Cell(_day(item.published_on)),
                    Cell(_day(item.interpretation_due_on)),
                    _interpretation_cell(item),
                ]
                for item in missing
            ],
            _("None."),
        ),
        "lapsing": Table(
            "lapsing",
            [_("Title"), _("Official document number"), _("In force until")],
            [
                [
                    _item_link(item, "publishing:item_detail"),
                    Cell(item.doc_number),
                    Cell(
                        _day(item.valid_until),
                        note=_("lapsed") if item.valid_until < today else "",
                    ),
                ]
                for item in lapsing
            ],
            _("None."),
        ),
    }
