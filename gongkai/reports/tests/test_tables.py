"""Tables 二, 四, 六 of the annual report and the figures staff enter (AR-T2, AR-T4, AR-SEC6-1)."""

from datetime import date
from decimal import Decimal

import pytest
import time_machine

from gongkai.applications.models import RemedyCase
from gongkai.applications.services import application_fee_charge, application_fee_paid
from gongkai.applications.states import Status
from gongkai.applications.tests.factories import ApplicationFactory
from gongkai.core.errors import DomainError, PermissionDeniedError
from gongkai.core.models import AuditEntry
from gongkai.publishing.models import Kind
from gongkai.publishing.tests.factories import make_item, publish
from gongkai.reports.checks import report_findings
from gongkai.reports.selectors import annual_tables, table_four, table_six, table_two
from gongkai.reports.services import figure_enter

pytestmark = pytest.mark.django_db


def _normative(office, people, kind, number, written, published, **extra):
    item = make_item(
        org=office,
        actor=people["editor"],
        kind=kind,
        title=f"办法{number}",
        doc_number=f"规〔{written.year}〕{number}号",
        written_on=written,
        formed_on=written,
        **extra,
    )
    publish(item, **people, on=published)
    return item


def test_rules_and_normative_documents_are_counted_from_the_records(
    org_tree, editor, reviewer, coordinator
):
    people = {"editor": editor, "reviewer": reviewer, "coordinator": coordinator}
    office = org_tree["office"]
    old = _normative(office, people, Kind.NORMATIVE, 1, date(2023, 5, 1), date(2023, 5, 10))
    _normative(  # lapses mid-2024
        office,
        people,
        Kind.NORMATIVE,
        2,
        date(2020, 3, 1),
        date(2020, 3, 5),
        valid_until=date(2024, 6, 30),
    )
    _normative(  # made in 2024, repeals the 2023 one when published
        office, people, Kind.NORMATIVE, 3, date(2024, 2, 1), date(2024, 2, 10), repeals=old
    )
    _normative(office, people, Kind.RULE, 4, date(2024, 12, 20), date(2025, 1, 4))  # out in 2025

    t2 = table_two(org=org_tree["commission"], year=2024)
    assert t2["规章"] == {"本年制发件数": 1, "本年废止件数": 0, "现行有效件数": 0}
    assert t2["行政规范性文件"] == {"本年制发件数": 1, "本年废止件数": 1, "现行有效件数": 1}
    assert t2["行政许可"] == {"本年处理决定数量": None}  # nobody entered it yet
    t2_2023 = table_two(org=org_tree["commission"], year=2023)
    assert t2_2023["行政规范性文件"] == {"本年制发件数": 1, "本年废止件数": 0, "现行有效件数": 2}
    # The 2019 format counts made, published and public documents (report year 2020).
    t2_2020 = table_two(org=org_tree["commission"], year=2020)
    assert t2_2020["规范性文件"] == {"本年新制作数量": 1, "本年新公开数量": 1, "对外公开总数量": 1}
    assert set(t2_2020) == {
        "规章",
        "规范性文件",
        "行政许可",
        "其他对外管理服务事项",
        "行政处罚",
        "行政强制",
        "行政事业性收费",
        "政府集中采购",
    }


def test_staff_enter_what_gongkai_does_not_hold_and_it_is_audited(org_tree, coordinator, editor):
    commission = org_tree["commission"]
    figure_enter(
        org=commission,
        year=2024,
        table="二",
        row="行政许可",
        column="本年处理决定数量",
        value=1234,
        actor=coordinator,
        note="政务服务平台统计",
    )
    figure_enter(
        org=commission,
        year=2024,
        table="二",
        row="行政事业性收费",
        column="本年收费金额（单位：万元）",
        value=Decimal("12.5"),
        actor=coordinator,
    )
    tables = annual_tables(org=commission, year=2024).as_json()
    assert tables["二"]["行政许可"] == {"本年处理决定数量": 1234}
    assert tables["二"]["行政事业性收费"] == {"本年收费金额（单位：万元）": 12.5}
    assert AuditEntry.objects.filter(action="reports.figure_enter").count() == 2
    with pytest.raises(DomainError):  # counted from the records: not typed
        figure_enter(
            org=commission,
            year=2024,
            table="二",
            row="规章",
            column="本年制发件数",
            value=3,
            actor=coordinator,
        )
    with pytest.raises(DomainError):  # a 2021-format row in a 2020 report
        figure_enter(
            org=commission,
            year=2020,
            table="二",
            row="行政许可",
            column="本年处理决定数量",
            value=3,
            actor=coordinator,
        )
    with pytest.raises(PermissionDeniedError):
        figure_enter(
            org=commission,
            year=2024,
            table="二",
            row="行政处罚",
            column="本年处理决定数量",
            value=3,
            actor=editor,
        )
    figure_enter(
        org=commission,
        year=2024,
        table="二",
        row="行政许可",
        column="本年处理决定数量",
        value=None,
        actor=coordinator,
    )
    assert table_two(org=commission, year=2024)["行政许可"] == {"本年处理决定数量": None}


def test_a_carry_over_unlike_the_entered_last_report_is_a_warning(org_tree, coordinator):
    """The agency's 2023 report (before Gongkai) carried 2 persons' requests into 2024."""
    commission = org_tree["commission"]
    ApplicationFactory(org=commission, received__day=date(2023, 12, 1), status=Status.IN_PROGRESS)
    for column, value in (("自然人", 2), ("总计", 2)):
        figure_enter(
            org=commission,
            year=2023,
            table="三",
            row="四",
            column=column,
            value=value,
            actor=coordinator,
        )
    findings = report_findings(annual_tables(org=commission, year=2024))
    assert [(f.cell, f.blocking) for f in findings] == [
        (("三", "二", "自然人"), False),
        (("三", "二", "总计"), False),
    ]


def test_remedies_are_counted_under_their_result_at_the_years_end(org_tree):
    app = ApplicationFactory(org=org_tree["office"])
    kinds, results = RemedyCase.Kind, RemedyCase.Result
    for kind, filed, result, decided in [
        (kinds.RECONSIDERATION, date(2024, 2, 1), results.MAINTAINED, date(2024, 4, 1)),
        (kinds.RECONSIDERATION, date(2024, 11, 1), results.CORRECTED, date(2025, 1, 10)),
        (kinds.LAWSUIT_DIRECT, date(2024, 3, 1), results.OTHER, date(2024, 9, 1)),
        (kinds.LAWSUIT_AFTER, date(2023, 3, 1), results.MAINTAINED, date(2024, 1, 5)),
    ]:
        RemedyCase.objects.create(
            application=app, kind=kind, body="省人民政府", filed_on=filed,
            result=result, decided_on=decided,
        )  # fmt: skip
    t4 = table_four(org=org_tree["commission"], year=2024)
    assert t4["行政复议"] == {"结果维持": 1, "结果纠正": 0, "其他结果": 0, "尚未审结": 1, "总计": 2}
    assert t4["未经复议直接起诉"] == {
        "结果维持": 0,
        "结果纠正": 0,
        "其他结果": 1,
        "尚未审结": 0,
        "总计": 1,
    }
    assert t4["复议后起诉"]["总计"] == 0  # filed in 2023


@time_machine.travel("2024-12-31 02:00", tick=False)
def test_fees_are_the_notices_sent_and_the_fees_paid_in_the_year(org_tree, coordinator):
    commission = org_tree["commission"]
    apps = [
        ApplicationFactory(
            org=commission,
            status=Status.IN_PROGRESS,
            id_document=f"11010519491231{n:03d}X",
            received__day=date(2024, 10, 8),
        )
        for n in range(2)
    ]
    for app, pages in zip(apps, (150, 40), strict=True):  # 1700 and 100 yuan (第五条)
        application_fee_charge(
            app=app, actor=coordinator, day=date(2024, 10, 20), method="per_page", pages=pages
        )
    application_fee_paid(app=apps[0], actor=coordinator, day=date(2024, 11, 2))
    fees = table_six(org=commission, year=2024)["信息处理费"]
    assert fees == {"发出收费通知件数": 2, "收费通知金额（元）": 1800, "实际收取金额（元）": 1700}
    assert table_six(org=commission, year=2020) == {}  # the 2019 format reports no fees
