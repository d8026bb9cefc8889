"""The statistics pages and the annual report judge tables 三 and 四 by the same arithmetic.

Counts taken from the records always add up, so each case skews what the counting returns, as
a faulty count or an imported figure would, and both screens must fail the same rules.
"""

import pytest
from django.utils import translation

from gongkai.applications import selectors as application_selectors
from gongkai.applications.selectors import application_remedy_statistics, application_statistics
from gongkai.reports import selectors as report_selectors
from gongkai.reports.checks import (
    check_applicant_total,
    check_balance,
    check_remedy_totals,
    check_results_total,
)
from gongkai.reports.formats import format_for

pytestmark = pytest.mark.django_db

YEAR = 2024


def _skew_new(counts):
    """One more person in 一、本年新收 (and its 总计) than 三（七） and 四 account for."""
    counts["new"]["person"] += 1
    counts["new"]["total"] += 1


def _skew_result(counts):
    """One more 予以公开 for a company than 三（七）总计 counts (and the rows 总计 too)."""
    counts["1"]["business"] += 1
    counts["1"]["total"] += 1


def _skew_total_column(counts):
    """Row 四's 总计 one higher than its applicant columns (and than row 三（七） + 四 allow)."""
    counts["carried_out"]["total"] += 1


def _patch(monkeypatch, name, skew):
    real = getattr(application_selectors, name)

    def skewed(**kwargs):
        counts = real(**kwargs)
        skew(counts)
        return counts

    # reports.selectors imported the name; both screens must see the same skewed counts
    monkeypatch.setattr(application_selectors, name, skewed)
    monkeypatch.setattr(report_selectors, name, skewed)


@pytest.mark.parametrize(
    ("skew", "failed"),
    [
        (_skew_new, {"AR-CHECK-1"}),
        (_skew_result, {"AR-CHECK-2"}),
        (_skew_total_column, {"AR-CHECK-1", "AR-CHECK-3"}),
    ],
)
def test_both_screens_fail_table_three_on_the_same_rules(monkeypatch, org_tree, skew, failed):
    org = org_tree["commission"]
    _patch(monkeypatch, "table_three_counts", skew)

    page = application_statistics(org=org, year=YEAR)
    t3 = report_selectors.table_three(org=org, year=YEAR)
    with translation.override("zh-hans"):
        findings = [
            *check_balance(t3),
            *check_results_total(t3, format_for(YEAR)),
            *check_applicant_total(t3),
        ]

    assert {rule for rule, ok in page["checks"].items() if not ok} == failed
    assert {f.rule for f in findings} == failed


def test_a_table_that_does_not_balance_is_named_alike_on_both_screens(monkeypatch, org_tree):
    org = org_tree["commission"]
    _patch(monkeypatch, "table_three_counts", _skew_new)

    page = application_statistics(org=org, year=YEAR)
    with translation.override("zh-hans"):
        findings = check_balance(report_selectors.table_three(org=org, year=YEAR))

    assert page["checks"]["AR-CHECK-1"] is False
    assert [f.cell for f in findings] == [("三", "四", "自然人"), ("三", "四", "总计")]
    assert findings[0].message == (
        "表三“自然人”列：一（1）与二（0）之和应等于三（七）（0）与四（0）之和。"
    )


def test_both_screens_fail_table_four_when_a_group_does_not_add_up(monkeypatch, org_tree):
    org = org_tree["commission"]

    def skew(counts):  # one reconsideration in 总计 with no result beside it
        counts["reconsideration"]["total"] += 1

    _patch(monkeypatch, "table_four_counts", skew)

    page = application_remedy_statistics(org=org, year=YEAR)
    with translation.override("zh-hans"):
        findings = check_remedy_totals(report_selectors.table_four(org=org, year=YEAR))

    assert page["checks"] == {"AR-CHECK-4": False}
    assert [f.cell for f in findings] == [("四", "行政复议", "总计")]
    assert findings[0].message == "表四“行政复议”“总计”列：1，但其四项结果之和为0。"


def test_both_screens_pass_counts_that_add_up(org_tree):
    org = org_tree["commission"]
    assert all(application_statistics(org=org, year=YEAR)["checks"].values())
    assert all(application_remedy_statistics(org=org, year=YEAR)["checks"].values())
    t3 = report_selectors.table_three(org=org, year=YEAR)
    t4 = report_selectors.table_four(org=org, year=YEAR)
    assert check_balance(t3) == check_applicant_total(t3) == check_remedy_totals(t4) == []
