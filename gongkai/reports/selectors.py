"""Compute the tables of an organisation's annual report on a year from the records.

《条例》第四十九条、第五十条: each agency reports yearly on its proactive disclosure (table 二),
the requests it received and handled (table 三), the reconsiderations and lawsuits over its
disclosure work (table 四) and, in the 2021 format, the information-processing fees it charged
(section 六). Tables are ``{row: {column: value}}`` with the codes and labels of ``formats``.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db.models import Min, Q
from django.utils import timezone

from gongkai.applications.clock_events import EventKind
from gongkai.applications.models import ClockEvent
from gongkai.applications.selectors import (
    statistics_scope,
    table_four_counts,
    table_three_counts,
)
from gongkai.core.models import AuditEntry
from gongkai.orgs.models import Organisation
from gongkai.publishing.models import InformationItem
from gongkai.publishing.models.items import Kind
from gongkai.publishing.states import Status

from .formats import (
    DEFAULT_FEE_ITEMS,
    FEE_ITEMS,
    FIRST_REPORT_YEAR,
    RECORDS,
    T3_CARRIED_OUT,
    T3_COLUMNS,
    T4_COLUMNS,
    T4_GROUPS,
    T6_ROW,
    ReportFormat,
    format_for,
)
from .models import EnteredFigure, FeeItems

Table = dict[str, dict[str, int | Decimal | None]]

#: applications' applicant types and row keys → the report's column labels and row codes.
_COLUMN = dict(
    zip(
        ("person", "business", "research", "nonprofit", "legal", "other_org", "total"),
        T3_COLUMNS,
        strict=True,
    )
)
_GROUP_NUMBER = dict(zip("123456", ("一", "二", "三", "四", "五", "六"), strict=True))
_ROW = {"new": "一", "carried_in": "二", "total": "三(七)", "carried_out": "四"}
_T4_GROUP = dict(
    zip(("reconsideration", "lawsuit_direct", "lawsuit_after"), T4_GROUPS, strict=True)
)
_T4_COLUMN = dict(
    zip(("maintained", "corrected", "other", "pending", "total"), T4_COLUMNS, strict=True)
)


def _row_code(key: str) -> str:
    """ "new" → 一, "3-2" → 三(三)2, "6" (2019) → 三(六)."""
    if key in _ROW:
        return _ROW[key]
    group, _sep, number = key.partition("-")
    return f"三({_GROUP_NUMBER[group]}){number}"


@dataclass(frozen=True)
class AnnualTables:
    """The computed tables of one organisation's report on one year."""

    org: Organisation
    year: int
    fmt: ReportFormat
    t2: Table
    t3: Table
    t4: Table
    t6: Table
    #: Row 四 of the previous year's table 三, to compare with this year's row 二; None if
    #: there is no previous report year.
    previous_carried_out: dict[str, int | Decimal] | None
    #: Every fee item counted (``fee_counts``), whether ``org`` reports it or not; empty in the
    #: 2019 format.
    fees: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict:
        """``{"三": {ROW: {COLUMN: n}}, "四": {…}, "二": {…}}``, the command's shape; amounts as
        numbers and cells not entered as null. Section 六's fees are in the text output and the
        report's text, not here: the shape has exactly these three tables."""
        return {
            key: {
                row: {column: plain_number(value) for column, value in cells.items()}
                for row, cells in table.items()
            }
            for key, table in (("三", self.t3), ("四", self.t4), ("二", self.t2))
        }


def plain_number(value):
    """A Decimal without trailing zeros' noise: 326 for 326.0000, 12.5 for 12.5000."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def table_three(*, org: Organisation, year: int) -> Table:
    """Table 三 (AR-T3) of ``org``'s report on ``year``, in the year's format.

    《条例》第五十条第（二）项. Counted from the requests by ``table_three_counts``: 一 those
    received in the year, 二 those received before it and still open on 1 January, 三 those
    concluded in the year under the row of their outcome, 四 those still open on 31 December.
    """
    fmt = format_for(year)
    counts = table_three_counts(org=org, year=year, year_format=fmt.year)
    table = {
        _row_code(key): {_COLUMN[c]: n for c, n in cells.items()} for key, cells in counts.items()
    }
    return {code: table[code] for code in fmt.t3_data_rows}


def table_four(*, org: Organisation, year: int) -> Table:
    """Table 四 (AR-T4): reconsiderations and lawsuits filed in ``year`` by their result then.

    《条例》第五十条第（三）项; counted by ``table_four_counts`` from the remedy records.
    """
    counts = table_four_counts(org=org, year=year)
    return {
        _T4_GROUP[group]: {_T4_COLUMN[c]: n for c, n in cells.items()}
        for group, cells in counts.items()
    }


def _entered(org: Organisation, year: int, table: str) -> dict[tuple[str, str], Decimal]:
    rows = EnteredFigure.objects.filter(org=org, year=year, table=table)
    return {(f.row, f.column): f.value for f in rows}


def _ended_on(items: list[InformationItem], status: str) -> dict[int, date]:
    """The day each item was repealed (or expired), from its records.

    Repealed by another document: the day that one was published; expired at the end of its
    validity period: the day after; otherwise the day of the audited transition.
    """
    days: dict[int, date] = {}
    if status == Status.REPEALED:
        for item in items:
            repealing = [i.published_on for i in item.repealed_by.all() if i.published_on]
            if repealing:
                days[item.pk] = min(repealing)
    else:
        for item in items:
            if item.valid_until:
                days[item.pk] = item.valid_until + timedelta(days=1)
    rest = [i.pk for i in items if i.pk not in days]
    if rest:
        audited = (
            AuditEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(InformationItem),
                object_id__in=[str(pk) for pk in rest],
                to_state=status,
            )
            .values("object_id")
            .annotate(first=Min("created_at"))
        )
        for row in audited:
            days[int(row["object_id"])] = timezone.localdate(row["first"])
    for item in items:  # no trace left: the last change is the best the records say
        days.setdefault(item.pk, timezone.localdate(item.updated_at))
    return days


def _normative_counts(org: Organisation, year: int, fmt: ReportFormat) -> Table:
    """Rules and normative documents of ``org`` for the first block of table 二 (AR-T2).

    《条例》第二十条第（一）项. 2021 format: 本年制发 = made (成文日期) in the year and published;
    本年废止 = repealed in the year; 现行有效 = in force on 31 December (published by then, in
    force from a day not after it, neither repealed nor expired by then; an amended document
    stays in force as amended). 2019 format: 本年新制作 = made in the year, 本年新公开 =
    published in the year, 对外公开总数量 = public on 31 December. Withdrawn items were taken
    off the public pages and do not count.
    """
    start, end = date(year, 1, 1), date(year, 12, 31)
    block = fmt.t2_blocks[0]
    row_of = dict(zip((Kind.RULE, Kind.NORMATIVE), block.rows, strict=True))
    items = list(
        InformationItem.objects.filter(
            org__in=statistics_scope(org),
            kind__in=row_of,
            published_on__isnull=False,
        )
        .exclude(status=Status.WITHDRAWN)
        .prefetch_related("repealed_by")
    )
    repealed = _ended_on([i for i in items if i.status == Status.REPEALED], Status.REPEALED)
    expired = _ended_on([i for i in items if i.status == Status.EXPIRED], Status.EXPIRED)
    table: Table = {row: dict.fromkeys(block.columns, 0) for row in block.rows}
    for item in items:
        cells = table[row_of[item.kind]]
        made, published = item.written_on, item.published_on
        ended = repealed.get(item.pk) or expired.get(item.pk)
        if fmt.year >= 2021:
            made_col, repealed_col, in_force_col = block.columns
            cells[made_col] += start <= made <= end
            cells[repealed_col] += item.pk in repealed and start <= repealed[item.pk] <= end
            cells[in_force_col] += (
                published <= end
                and (item.valid_from is None or item.valid_from <= end)
                and (item.valid_until is None or item.valid_until >= end)
                and (ended is None or ended > end)
            )
        else:
            made_col, published_col, public_col = block.columns
            cells[made_col] += start <= made <= end
            cells[published_col] += start <= published <= end
            cells[public_col] += published <= end
    return table


def table_two(*, org: Organisation, year: int) -> Table:
    """Table 二 (AR-T2): counted from the normative-document records, entered for the rest.

    《条例》第二十条、第五十条第（一）项. Cells whose records Gongkai does not hold (licences,
    penalties, enforcement, fees) are the figures staff entered, None until entered.
    """
    fmt = format_for(year)
    entered = _entered(org, year, "二")
    table: Table = {}
    for block in fmt.t2_blocks:
        if block.source == RECORDS:
            table.update(_normative_counts(org, year, fmt))
        else:
            for row in block.rows:
                table[row] = {c: entered.get((row, c)) for c in block.columns}
    return table


def fee_items_for(org: Organisation) -> list[tuple[str, str]]:
    """The fee items ``org`` reports in section 六, in order: (key, wording) (AR-SEC6-1).

    Its disclosure office's choice if saved, else 发出收费通知件数, 收费通知金额, 实际收取金额.
    """
    saved = FeeItems.objects.filter(org=org).first()
    if saved is None:
        return [(key, FEE_ITEMS[key]) for key in DEFAULT_FEE_ITEMS]
    return [
        (item["key"], item.get("label") or FEE_ITEMS[item["key"]])
        for item in saved.items
        if item.get("key") in FEE_ITEMS
    ]


def fee_counts(*, org: Organisation, year: int) -> dict[str, int]:
    """Every fee item of ``FEE_ITEMS`` counted for ``year`` from the requests' fee records.

    国办函〔2020〕109号: fee notices sent in the year, the amounts they notified (as assessed when
    the notice was sent), the fees paid in the year and their amounts.
    """
    scope = Q(application__org__in=statistics_scope(org))
    notices = list(
        ClockEvent.objects.filter(scope, kind=EventKind.FEE_NOTICE_SENT).values(
            "pk", "application_id", "day"
        )
    )
    amounts: dict[int, int] = {}  # notice → yuan, from the audited assessment
    assessed = AuditEntry.objects.filter(
        action="application.fee_assessed", after__notice__in=[n["pk"] for n in notices]
    ).values_list("after", flat=True)
    for after in assessed:
        amounts[after["notice"]] = int(after.get("amount", 0))
    due = {n["application_id"]: amounts.get(n["pk"], 0) for n in notices}
    paid = list(
        ClockEvent.objects.filter(scope, kind=EventKind.FEE_PAID, day__year=year).values_list(
            "application_id", flat=True
        )
    )
    in_year = [n for n in notices if n["day"].year == year]
    return {
        "notices": len(in_year),
        "notified": sum(amounts.get(n["pk"], 0) for n in in_year),
        "paid": len(paid),
        "collected": sum(due.get(app, 0) for app in paid),
    }


def table_six(*, org: Organisation, year: int, fees: dict[str, int] | None = None) -> Table:
    """Section 六's information-processing fees (AR-SEC6-1; 国办函〔2020〕109号): the items
    ``org`` reports (``fee_items_for``), under their wording. The 2019 format reports no fees:
    empty.
    """
    if not format_for(year).t6_items:
        return {}
    fees = fees if fees is not None else fee_counts(org=org, year=year)
    return {T6_ROW: {label: fees[key] for key, label in fee_items_for(org)}}


def entered_figures(*, org: Organisation, year: int) -> dict[tuple[str, str, str], Decimal]:
    """What the office entered for the report on ``year``: (table, row, column) → value, with
    table 三's row 四 taken from ``year - 1`` (the previous report, see ``previous_carried_out``).
    """
    return {
        **{("二", r, c): v for (r, c), v in _entered(org, year, "二").items()},
        **{("三", r, c): v for (r, c), v in _entered(org, year - 1, "三").items()},
    }


def previous_carried_out(*, org: Organisation, year: int) -> dict[str, int | Decimal] | None:
    """Row 四 of table 三 of the report on ``year - 1``: entered if the agency entered it (a
    report Gongkai did not count), else counted from the requests; None before 2019."""
    previous = year - 1
    if previous < FIRST_REPORT_YEAR:
        return None
    entered = _entered(org, previous, "三")
    if entered:
        return {c: entered.get((T3_CARRIED_OUT, c), Decimal(0)) for c in T3_COLUMNS}
    return table_three(org=org, year=previous)[T3_CARRIED_OUT]


def annual_tables(*, org: Organisation, year: int) -> AnnualTables:
    """Every table of ``org``'s annual report on ``year`` (《条例》第五十条), in its format.

    Raises ``ValueError`` for a year before 2019 (no format).
    """
    fmt = format_for(year)
    fees = fee_counts(org=org, year=year) if fmt.t6_items else {}
    return AnnualTables(
        org=org,
        year=year,
        fmt=fmt,
        t2=table_two(org=org, year=year),
        t3=table_three(org=org, year=year),
        t4=table_four(org=org, year=year),
        t6=table_six(org=org, year=year, fees=fees),
        fees=fees,
        previous_carried_out=previous_carried_out(org=org, year=year),
    )
