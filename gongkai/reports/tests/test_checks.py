"""The report's arithmetic checks name the cell that is wrong (AR-CHECK-1…5)."""

import copy

import pytest
from django.utils import translation

from gongkai.reports.checks import (
    check_applicant_total,
    check_balance,
    check_carry_over,
    check_remedy_totals,
    check_results_total,
)
from gongkai.reports.formats import FORMAT_2019, FORMAT_2021, T3_COLUMNS, T4_COLUMNS, T4_GROUPS


def _row(*values):
    return dict(zip(T3_COLUMNS, values, strict=True))


def _t3(fmt):
    """A consistent table 三: two persons' requests and one company's."""
    table = {code: _row(0, 0, 0, 0, 0, 0, 0) for code in fmt.t3_data_rows}
    table["一"] = _row(2, 1, 0, 0, 0, 0, 3)
    table["二"] = _row(1, 0, 0, 0, 0, 0, 1)
    table["三(一)"] = _row(2, 0, 0, 0, 0, 0, 2)
    table["三(三)4"] = _row(0, 1, 0, 0, 0, 0, 1)
    table["三(七)"] = _row(2, 1, 0, 0, 0, 0, 3)
    table["四"] = _row(1, 0, 0, 0, 0, 0, 1)
    return table


@pytest.fixture(autouse=True)
def chinese():
    with translation.override("zh-hans"):
        yield


@pytest.mark.parametrize("fmt", [FORMAT_2021, FORMAT_2019])
def test_a_consistent_table_has_no_finding(fmt):
    table = _t3(fmt)
    assert check_balance(table) == check_results_total(table, fmt) == []
    assert check_applicant_total(table) == []


def test_a_column_that_does_not_balance_names_its_carry_over_cell():
    table = _t3(FORMAT_2021)
    table["四"] = _row(2, 0, 0, 0, 0, 0, 2)  # one person's request too many carried out
    finding, total = check_balance(table)
    assert finding.cell == ("三", "四", "自然人") and finding.blocking
    assert total.cell == ("三", "四", "总计") and total.blocking
    assert finding.message == (
        "表三“自然人”列：一（2）与二（1）之和应等于三（七）（2）与四（2）之和。"
    )
    # row 四 still adds up across (2 = 2); once its 总计 does not, that cell is named too
    assert check_applicant_total(table) == []
    table["四"]["总计"] = 3
    assert [f.cell for f in check_applicant_total(table)] == [("三", "四", "总计")]


def test_a_broken_results_total_names_the_total_cell():
    table = _t3(FORMAT_2021)
    table["三(六)3"] = _row(0, 0, 0, 0, 0, 1, 1)  # a result nobody added to （七）
    findings = check_results_total(table, FORMAT_2021)
    assert [f.cell for f in findings] == [("三", "三(七)", "其他"), ("三", "三(七)", "总计")]
    assert all(f.blocking for f in findings)
    assert "3" in findings[1].message and "4" in findings[1].message


def test_the_2019_format_sums_its_single_other_row():
    table = _t3(FORMAT_2019)
    table["三(六)"] = _row(1, 0, 0, 0, 0, 0, 1)
    assert [f.cell for f in check_results_total(table, FORMAT_2019)] == [
        ("三", "三(七)", "自然人"),
        ("三", "三(七)", "总计"),
    ]


def test_a_remedy_group_whose_total_is_wrong_is_named():
    t4 = {g: dict.fromkeys(T4_COLUMNS, 0) for g in T4_GROUPS}
    t4["复议后起诉"].update({"结果维持": 1, "尚未审结": 1, "总计": 1})
    (finding,) = check_remedy_totals(t4)
    assert finding.cell == ("四", "复议后起诉", "总计") and finding.blocking
    assert finding.message == "表四“复议后起诉”“总计”列：1，但其四项结果之和为2。"


def test_a_carry_over_unlike_last_years_is_a_warning_only():
    table = _t3(FORMAT_2021)
    previous = copy.deepcopy(table["二"])
    assert check_carry_over(table, previous) == []
    assert check_carry_over(table, None) == []  # no previous report year
    previous["商业企业"], previous["总计"] = 2, 3
    findings = check_carry_over(table, previous)
    assert [f.cell for f in findings] == [("三", "二", "商业企业"), ("三", "二", "总计")]
    assert not any(f.blocking for f in findings)
