"""The arithmetic checks of an annual report: each finding names the cell it puts in doubt.

Blocking findings mean the tables contradict themselves and the report may not be published;
a warning is shown and does not stop it. The tables are the ``{row: {column: value}}`` of
``selectors``; the checks are pure so that they also judge figures entered or imported. The
arithmetic of AR-CHECK-1 to 4 is ``gongkai.applications.annual_checks``, which the statistics
pages use too; this module words what it finds.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from django.utils.translation import gettext as _

from gongkai.applications import annual_checks

from .formats import (
    T3_CARRIED_IN,
    T3_CARRIED_OUT,
    T3_COLUMNS,
    T3_NEW,
    T3_ORG_COLUMNS,
    T3_PERSON,
    T3_TOTAL,
    T3_TOTAL_COLUMN,
    T4_COLUMNS,
    ReportFormat,
)

Table = Mapping[str, Mapping[str, object]]


@dataclass(frozen=True)
class Finding:
    """One failed check: the rule (for code and logs), the cell, whether it blocks, the text."""

    rule: str
    table: str
    row: str
    column: str
    blocking: bool
    message: str

    @property
    def cell(self) -> tuple[str, str, str]:
        return (self.table, self.row, self.column)


#: How the report's table 三 names what the shared checks read (``annual_checks``).
_T3_KEYS = annual_checks.T3Keys(
    new=T3_NEW,
    carried_in=T3_CARRIED_IN,
    total=T3_TOTAL,
    carried_out=T3_CARRIED_OUT,
    applicant_columns=(T3_PERSON, *T3_ORG_COLUMNS),
    total_column=T3_TOTAL_COLUMN,
)


def _n(value) -> int:
    return int(value or 0)


def _findings(table: str, mismatches: list[annual_checks.Mismatch], message: str) -> list[Finding]:
    """Blocking findings of ``table``, one a mismatch, worded by ``message`` (its placeholders:
    ``row`` or ``group``, ``column`` and the mismatch's figures)."""
    return [
        Finding(
            m.rule,
            table,
            m.row,
            m.column,
            True,
            message % {"row": m.row, "group": m.row, "column": m.column, **m.figures},
        )
        for m in mismatches
    ]


def check_balance(t3: Table) -> list[Finding]:
    """Per column of table 三: 一 + 二 = 三（七） + 四 (AR-CHECK-1, blocking).

    Stated in table 三's own corner cell (国办公开办函〔2021〕30号, 〔2019〕60号). The cell named
    is row 四 of the column: what is carried over must be what came in less what was done.
    """
    return _findings(
        "三",
        annual_checks.balance(t3, _T3_KEYS),
        _(
            "Table 三, column “%(column)s”: 一 (%(new)d) plus 二 (%(carried_in)d) "
            "must equal 三（七） (%(total)d) plus 四 (%(carried_out)d)."
        ),
    )


def check_results_total(t3: Table, fmt: ReportFormat) -> list[Finding]:
    """Per column: 三（七）总计 = the sum of the result rows under 三 (AR-CHECK-2, blocking)."""
    return _findings(
        "三",
        annual_checks.results_total(t3, _T3_KEYS, fmt.t3_leaf_rows),
        _(
            "Table 三, row 三（七）总计, column “%(column)s”: %(total)d, but the "
            "results above it add up to %(sum)d."
        ),
    )


def check_applicant_total(t3: Table) -> list[Finding]:
    """Every row of table 三: 总计 = 自然人 + the five 法人或其他组织 columns (AR-CHECK-3,
    blocking)."""
    return _findings(
        "三",
        annual_checks.applicant_total(t3, _T3_KEYS),
        _(
            "Table 三, row %(row)s, column “总计”: %(total)d, but the applicant "
            "columns add up to %(sum)d."
        ),
    )


def check_remedy_totals(t4: Table) -> list[Finding]:
    """Each group of table 四: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (AR-CHECK-4,
    blocking)."""
    return _findings(
        "四",
        annual_checks.remedy_totals(t4, T4_COLUMNS),
        _(
            "Table 四, “%(group)s”, column “总计”: %(total)d, but its four results "
            "add up to %(sum)d."
        ),
    )


def check_carry_over(t3: Table, previous: Mapping[str, object] | None) -> list[Finding]:
    """Row 二 equals the previous report's row 四, column by column (AR-CHECK-5, warning).

    A difference is not an error of this year's arithmetic (the previous report may have been
    counted differently), so it is shown, not blocking.
    """
    if previous is None:
        return []
    findings = []
    for column in T3_COLUMNS:
        now, before = _n(t3[T3_CARRIED_IN][column]), _n(previous.get(column))
        if now != before:
            findings.append(
                Finding(
                    "AR-CHECK-5",
                    "三",
                    T3_CARRIED_IN,
                    column,
                    False,
                    _(
                        "Table 三, row 二, column “%(column)s”: %(now)d carried over from last "
                        "year, but last year's report carried %(before)d into this year (row 四)."
                    )
                    % {"column": column, "now": now, "before": before},
                )
            )
    return findings


def report_findings(tables) -> list[Finding]:
    """Every check of ``tables`` (a ``selectors.AnnualTables``), blocking findings first."""
    findings = [
        *check_balance(tables.t3),
        *check_results_total(tables.t3, tables.fmt),
        *check_applicant_total(tables.t3),
        *check_remedy_totals(tables.t4),
        *check_carry_over(tables.t3, tables.previous_carried_out),
    ]
    return sorted(findings, key=lambda f: not f.blocking)
