"""The arithmetic of tables 三 and 四 of the annual report (AR-CHECK-1 to 4), written once.

Pure functions over ``{row: {column: n}}`` tables, whatever the rows and columns are called:
the statistics pages count with the keys of ``selectors`` ("new", "person" …), the annual
report with its printed codes ("一", "自然人" …). Each caller names its keys in a ``T3Keys``
and reads the ``Mismatch`` list: the statistics pages as pass or fail per rule,
``gongkai.reports.checks`` as findings with their messages. An empty cell (a figure not
entered) counts as 0.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

Table = Mapping[str, Mapping[str, object]]


@dataclass(frozen=True)
class T3Keys:
    """How a table 三 names the rows and columns that the checks read."""

    new: str  # 一、本年新收
    carried_in: str  # 二、上年结转
    total: str  # 三（七）总计
    carried_out: str  # 四、结转下年度继续办理
    applicant_columns: tuple[str, ...]  # 自然人 and the five 法人或其他组织 columns
    total_column: str  # 总计

    @property
    def columns(self) -> tuple[str, ...]:
        return (*self.applicant_columns, self.total_column)


@dataclass(frozen=True)
class Mismatch:
    """One cell whose figure the others contradict: the rule, the cell, the figures compared
    (named as in the rule: ``new``, ``carried_in``, ``total``, ``carried_out`` for AR-CHECK-1,
    ``total`` and ``sum`` for the others)."""

    rule: str
    row: str
    column: str
    figures: dict[str, int]


def _n(value) -> int:
    return int(value or 0)


def balance(t3: Table, keys: T3Keys) -> list[Mismatch]:
    """AR-CHECK-1, per column: 一 + 二 = 三（七）总计 + 四; the cell named is row 四."""
    found = []
    for column in keys.columns:
        figures = {
            "new": _n(t3[keys.new][column]),
            "carried_in": _n(t3[keys.carried_in][column]),
            "total": _n(t3[keys.total][column]),
            "carried_out": _n(t3[keys.carried_out][column]),
        }
        if figures["new"] + figures["carried_in"] != figures["total"] + figures["carried_out"]:
            found.append(Mismatch("AR-CHECK-1", keys.carried_out, column, figures))
    return found


def results_total(t3: Table, keys: T3Keys, leaf_rows: Sequence[str]) -> list[Mismatch]:
    """AR-CHECK-2, per column: 三（七）总计 = the sum of the result rows ``leaf_rows``."""
    found = []
    for column in keys.columns:
        total = _n(t3[keys.total][column])
        leaves = sum(_n(t3[row][column]) for row in leaf_rows)
        if total != leaves:
            found.append(
                Mismatch("AR-CHECK-2", keys.total, column, {"total": total, "sum": leaves})
            )
    return found


def applicant_total(t3: Table, keys: T3Keys) -> list[Mismatch]:
    """AR-CHECK-3, every row: 总计 = 自然人 + the five 法人或其他组织 columns."""
    found = []
    for row, cells in t3.items():
        total = _n(cells[keys.total_column])
        parts = sum(_n(cells[c]) for c in keys.applicant_columns)
        if total != parts:
            found.append(
                Mismatch("AR-CHECK-3", row, keys.total_column, {"total": total, "sum": parts})
            )
    return found


def remedy_totals(t4: Table, columns: Sequence[str]) -> list[Mismatch]:
    """AR-CHECK-4, each group of table 四: 总计 (the last of ``columns``) = 结果维持 + 结果纠正 +
    其他结果 + 尚未审结 (the others)."""
    *parts, total_column = columns
    found = []
    for group, cells in t4.items():
        total, parts_sum = _n(cells[total_column]), sum(_n(cells[c]) for c in parts)
        if total != parts_sum:
            found.append(
                Mismatch("AR-CHECK-4", group, total_column, {"total": total, "sum": parts_sum})
            )
    return found
