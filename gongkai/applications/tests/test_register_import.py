"""Past requests from an agency's earlier register (Excel), all or nothing, counted in table 三."""

import io
from datetime import date
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from gongkai.applications.clock_events import EventKind
from gongkai.applications.models import Application
from gongkai.applications.selectors import application_statistics, with_received_on
from gongkai.applications.services import applications_import
from gongkai.applications.services.imports import COLUMNS, RESULTS
from gongkai.applications.states import ApplicantType, Ground, ReplyType, ReportRow, Status
from gongkai.core.errors import PermissionDeniedError
from gongkai.core.models import AuditEntry, Notification
from gongkai.core.xlsx import ImportFailed

pytestmark = pytest.mark.django_db


def register(rows, *, sheet="申请", header=COLUMNS) -> bytes:
    """A register as an agency keeps it: a title line, the header, one request a row."""
    book = Workbook()
    ws = book.active
    ws.title = sheet
    ws.append(["2023年政府信息公开申请登记台账"])
    ws.append(header)
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


GOOD = [
    [
        "2023-001",
        date(2023, 3, 1),
        "自然人",
        "2022年财政预算执行情况",
        date(2023, 3, 20),
        "予以公开",
    ],
    [
        "2023-002",
        "2023/4/3",
        "商业企业",
        "某项目招标文件",
        "2023年4月28日",
        "不予公开：属于国家秘密",
    ],
    [
        "2023-003",
        "2023-05-08",
        "科研机构",
        "医疗机构名录",
        date(2023, 6, 30),
        "其他处理：申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    ],
    [
        "2023-004",
        date(2023, 7, 3),
        "法律服务机构",
        "某处罚决定书",
        date(2023, 7, 5),
        "其他处理：其他",
    ],
    ["2023-005", date(2023, 12, 20), "社会公益组织", "年度环境监测数据", None, None],
    ["2023-006", date(2023, 9, 1), "其他", "会议纪要", date(2023, 9, 21), "部分公开"],
]


def _cases(org):
    return {
        a.register_number: a
        for a in with_received_on(Application.objects.filter(org=org, imported=True))
    }


def test_a_good_register_brings_in_closed_and_open_cases_with_their_outcomes(org_tree, coordinator):
    commission = org_tree["commission"]
    summary = applications_import(org=commission, data=register(GOOD), actor=coordinator)
    assert (summary.total, summary.closed, summary.open) == (6, 5, 1)
    assert summary.text == "已导入云南省卫生和计划生育委员会的历史申请6件：已办结5件，尚未办结1件。"
    cases = _cases(commission)
    assert set(cases) == {row[0] for row in GOOD}

    first = cases["2023-001"]
    assert (first.status, first.outcome, first.applicant_type) == (
        Status.CLOSED,
        ReplyType.R_DISCLOSE,
        ApplicantType.PERSON,
    )
    assert (first.received_on, first.concluded_on) == (date(2023, 3, 1), date(2023, 3, 20))
    assert first.description == "2022年财政预算执行情况"

    secret = cases["2023-002"]
    assert (secret.outcome, secret.withholding_ground) == (
        ReplyType.R_WITHHOLD,
        Ground.G14_SECRET,
    )
    assert (secret.received_on, secret.concluded_on) == (date(2023, 4, 3), date(2023, 4, 28))
    assert cases["2023-003"].outcome == ReplyType.C_ABANDONED
    assert cases["2023-003"].applicant_type == ApplicantType.RESEARCH
    assert cases["2023-004"].outcome == ReplyType.C_OTHER
    assert cases["2023-006"].outcome == ReplyType.R_PARTIAL

    still_open = cases["2023-005"]
    assert (still_open.status, still_open.outcome, still_open.concluded_on) == (
        Status.RECEIVED,
        "",
        None,
    )
    assert list(still_open.clock_events.values_list("kind", "day")) == [
        (EventKind.RECEIVED, date(2023, 12, 20))
    ]


def test_imported_cases_count_in_table_three_like_any_other(org_tree, coordinator):
    commission = org_tree["commission"]
    applications_import(org=commission, data=register(GOOD), actor=coordinator)
    table = application_statistics(org=commission, year=2023)
    values = {row["key"]: row["values"] for row in table["rows"] if row["data"]}
    # Columns: 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
    assert values["new"] == [1, 1, 1, 1, 1, 1, 6]
    assert values[ReportRow.DISCLOSED] == [1, 0, 0, 0, 0, 0, 1]
    assert values[ReportRow.SECRET] == [0, 1, 0, 0, 0, 0, 1]
    assert values[ReportRow.ABANDONED] == [0, 0, 1, 0, 0, 0, 1]
    assert values[ReportRow.OTHER] == [0, 0, 0, 0, 1, 0, 1]
    assert values[ReportRow.PARTIAL] == [0, 0, 0, 0, 0, 1, 1]
    assert values["total"] == [1, 1, 1, 0, 1, 1, 5]
    assert values["carried_out"] == [0, 0, 0, 1, 0, 0, 1]
    assert all(table["checks"].values())
    carried = application_statistics(org=commission, year=2024)
    assert {r["key"]: r["values"] for r in carried["rows"] if r["data"]}["carried_in"][-1] == 1


def test_every_result_of_table_three_lands_in_its_own_row(org_tree, coordinator):
    """The 21 leaf rows of 三 (2021 format), each written as AR-T3 writes it without numbers."""
    commission = org_tree["commission"]
    rows = [
        [f"R{i:02d}", date(2024, 3, 1), "自然人", "某信息", date(2024, 3, 15), label]
        for i, label in enumerate(RESULTS)
    ]
    applications_import(org=commission, data=register(rows), actor=coordinator)
    table = application_statistics(org=commission, year=2024)
    counted = {row["key"]: row["values"][-1] for row in table["rows"] if row["data"]}
    assert {key: counted[key] for key in ReportRow.values} == dict.fromkeys(ReportRow.values, 1)
    assert counted["total"] == 21
    assert "不予公开：危及“三安全一稳定”" in RESULTS
    assert "无法提供：本机关不掌握相关政府信息" in RESULTS
    assert "其他处理：其他" in RESULTS


def test_results_typed_with_a_half_width_colon_or_straight_quotes_are_read(org_tree, coordinator):
    rows = [
        ["A-1", date(2024, 3, 1), "自然人", "x", date(2024, 3, 5), '不予公开:危及"三安全一稳定"'],
        [
            "A-2",
            date(2024, 3, 1),
            "自然人",
            "x",
            date(2024, 3, 5),
            "无法提供： 本机关不掌握相关政府信息",
        ],
    ]
    applications_import(org=org_tree["commission"], data=register(rows), actor=coordinator)
    cases = _cases(org_tree["commission"])
    assert cases["A-1"].withholding_ground == Ground.G14_SAFETY
    assert cases["A-2"].outcome == ReplyType.R_NOT_EXIST


def test_transitions_are_audited_as_imported_and_nobody_is_notified(org_tree, coordinator):
    applications_import(org=org_tree["commission"], data=register(GOOD), actor=coordinator)
    app = _cases(org_tree["commission"])["2023-002"]
    entries = AuditEntry.objects.filter(object_id=str(app.pk), action__startswith="application.")
    moves = [
        (e.from_state, e.to_state, e.after.get("imported"), e.actor_id)
        for e in entries.filter(action="application.transition").order_by("id")
    ]
    assert moves == [
        (Status.RECEIVED, Status.REPLIED, True, coordinator.pk),
        (Status.REPLIED, Status.CLOSED, True, coordinator.pk),
    ]
    assert "不予公开：属于国家秘密" in entries.filter(action="application.transition")[0].reason
    registered = entries.get(action="application.register")
    assert (
        registered.after["imported"] is True and registered.after["register_number"] == "2023-002"
    )
    assert Notification.objects.count() == 0
    assert mail.outbox == []


BAD = [
    ["B-1", "上周三", "自然人", "x", None, None],  # row 3: not a date
    ["B-2", date(2023, 3, 1), "个人", "x", date(2023, 3, 5), "予以公开"],  # row 4: unknown type
    ["B-3", date(2023, 3, 1), "自然人", "x", date(2023, 3, 5), "驳回"],  # row 5: unknown result
    ["B-4", date(2023, 3, 10), "自然人", "x", date(2023, 3, 5), "予以公开"],  # row 6: before
    ["B-1", date(2023, 3, 1), "自然人", "x", None, None],  # row 7: duplicate number
    ["B-6", date(2023, 3, 1), "自然人", "x", date(2023, 3, 5), None],  # row 8: no result
    ["B-7", date(2023, 3, 1), "自然人", "x", date(2023, 3, 5), "予以公开"],  # a good row
    ["B-8", date(2007, 3, 1), "自然人", "x", None, None],  # row 10: before the Regulations
]


def test_every_bad_row_is_named_with_its_number_and_nothing_is_saved(org_tree, coordinator):
    with pytest.raises(ImportFailed) as failed:
        applications_import(org=org_tree["commission"], data=register(BAD), actor=coordinator)
    assert failed.value.errors == [
        "“申请”表第3行“收到日期”列：“上周三”不是日期（格式为 YYYY-MM-DD）。",
        "“申请”表第4行“申请人类型”列：申请人类型“个人”无法识别，请填写自然人、商业企业、科研机构、"
        "社会公益组织、法律服务机构、其他之一。",
        "“申请”表第5行“办理结果”列：办理结果“驳回”无法识别，请填写年度报告表三的一行，如予以公开、"
        "部分公开或不予公开：属于国家秘密（见模板的“说明”表）。",
        "“申请”表第6行“办结日期”列：办结日期2023-03-05早于收到日期2023-03-10。",
        "“申请”表第7行“申请编号”列：“B-1”与第3行重复。",
        "“申请”表第8行“办理结果”列：已办结的申请须填写办理结果。",
        "“申请”表第10行“收到日期”列：2007-03-01早于《政府信息公开条例》施行之日（2008年5月1日）。",
    ]
    assert not Application.objects.exists()
    assert not AuditEntry.objects.filter(action__startswith="application.").exists()


def test_importing_the_same_register_again_is_refused_as_duplicates(org_tree, coordinator):
    commission = org_tree["commission"]
    applications_import(org=commission, data=register(GOOD[:2]), actor=coordinator)
    with pytest.raises(ImportFailed) as failed:
        applications_import(org=commission, data=register(GOOD), actor=coordinator)
    assert failed.value.errors == [
        "“申请”表第3行“申请编号”列：“2023-001”此前已导入云南省卫生和计划生育委员会，不能重复导入。",
        "“申请”表第4行“申请编号”列：“2023-002”此前已导入云南省卫生和计划生育委员会，不能重复导入。",
    ]
    assert Application.objects.filter(org=commission).count() == 2
    # Another agency's register may use the same numbers.
    applications_import(org=org_tree["civil"], data=register(GOOD[:1]), actor=None)
    assert Application.objects.filter(org=org_tree["civil"], register_number="2023-001").exists()


def test_only_the_agencys_coordinator_imports_and_never_into_a_unit(org_tree, editor, coordinator):
    with pytest.raises(PermissionDeniedError):
        applications_import(org=org_tree["commission"], data=register(GOOD), actor=editor)
    with pytest.raises(PermissionDeniedError):
        applications_import(org=org_tree["civil"], data=register(GOOD), actor=coordinator)
    from gongkai.core.errors import DomainError

    with pytest.raises(DomainError, match="不能导入到内设机构"):
        applications_import(org=org_tree["office"], data=register(GOOD), actor=coordinator)
    assert not Application.objects.exists()


def test_a_register_without_its_sheet_or_a_column_is_refused_by_name(org_tree, coordinator):
    from gongkai.core.errors import DomainError

    with pytest.raises(DomainError, match="没有名为“申请”的工作表"):
        applications_import(
            org=org_tree["commission"], data=register(GOOD, sheet="Sheet1"), actor=coordinator
        )
    with pytest.raises(DomainError, match="“办理结果”"):
        applications_import(
            org=org_tree["commission"],
            data=register([], header=COLUMNS[:-1]),
            actor=coordinator,
        )


def _file(tmp_path: Path, rows) -> str:
    path = tmp_path / "register.xlsx"
    path.write_bytes(register(rows))
    return str(path)


def test_the_command_prints_a_chinese_summary(org_tree, tmp_path, capsys):
    call_command("applications", "import", _file(tmp_path, GOOD), "--org", "省卫生计生委")
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "已导入云南省卫生和计划生育委员会的历史申请6件：已办结5件，尚未办结1件。",
        "  2023年收到：6件",
    ]
    assert Application.objects.filter(imported=True).count() == 6


def test_the_command_lists_bad_rows_and_exits_non_zero(org_tree, tmp_path, capsys, monkeypatch):
    from django.db import connections

    from gongkai.cli import main

    # The command closes its database connections when it ends; the test's must stay open.
    monkeypatch.setattr(connections, "close_all", lambda: None)

    with pytest.raises(SystemExit) as exited:
        main(["applications", "import", _file(tmp_path, BAD), "--org", "省卫生计生委"])
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert "未导入任何数据：" in err and "“申请”表第6行“办结日期”列" in err
    assert not Application.objects.exists()
    with pytest.raises(CommandError, match="没有机构的代码或名称为“不存在局”"):
        call_command("applications", "import", _file(tmp_path, GOOD), "--org", "不存在局")


def test_the_back_office_page_imports_a_register_and_lists_bad_rows(client, org_tree, coordinator):
    client.force_login(coordinator)
    page = client.get(reverse("applications:list")).content.decode()
    assert reverse("applications:import") in page

    url = reverse("applications:import")
    form = client.get(url)
    assert form.status_code == 200 and "导入历史申请" in form.content.decode()
    org = org_tree["commission"].pk
    bad = client.post(url, {"org": org, "file": _upload(BAD)}).content.decode()
    assert "未导入任何数据。请更正以下各行后重新上传：" in bad
    assert "<li>“申请”表第7行“申请编号”列：“B-1”与第3行重复。</li>" in bad

    good = client.post(url, {"org": org, "file": _upload(GOOD)}).content.decode()
    assert "已导入云南省卫生和计划生育委员会的历史申请6件：已办结5件，尚未办结1件。" in good
    app = Application.objects.get(register_number="2023-002")
    detail = client.get(reverse("applications:detail", args=[app.pk])).content.decode()
    assert "历史导入" in detail and "2023-002" in detail
    listed = client.get(reverse("applications:list") + "?imported=on").content.decode()
    assert listed.count('class="badge imported"') == 6
    api = client.get(f"/api/applications/{app.pk}/").json()
    assert (api["imported"], api["register_number"], api["outcome"]) == (
        True,
        "2023-002",
        ReplyType.R_WITHHOLD,
    )


def _upload(rows):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("register.xlsx", register(rows))


def test_the_page_is_the_coordinators_and_offers_the_template(client, editor, coordinator):
    client.force_login(editor)
    assert client.get(reverse("applications:import")).status_code == 403
    client.force_login(coordinator)
    response = client.get(reverse("applications:import_template"))
    assert response["Content-Disposition"].endswith('filename="requests-register-template.xlsx"')
    book = load_workbook(io.BytesIO(response.content))
    assert [c.value for c in book["申请"][1]] == COLUMNS
    values = {row[1] for row in book["说明"].iter_rows(values_only=True)}
    assert {"自然人", "法律服务机构", "予以公开", "其他处理：其他"} <= values


def test_each_imported_result_keeps_its_row_whatever_the_agency_configured():
    """An agency may move 不属于本机关 or 行政查询事项 replies to another row (REQ-REPLY-1); an
    imported case names its row itself, so it never moves."""
    from gongkai.applications.states import (
        CONFIGURABLE_REPLY_ROWS,
        IMPORT_OUTCOME,
        TRANSITIONS,
        import_path,
        report_row,
    )

    moved = dict.fromkeys(CONFIGURABLE_REPLY_ROWS, ReportRow.OTHER)
    assert set(IMPORT_OUTCOME) == set(ReportRow.values)
    for row, (outcome, ground) in IMPORT_OUTCOME.items():
        assert report_row(outcome, ground, rows=moved) == row
        path = [Status.RECEIVED, *import_path(outcome)]
        assert all(b in TRANSITIONS[a] for a, b in zip(path, path[1:], strict=False)), outcome
        assert path[-1] == Status.CLOSED


def test_a_request_registered_in_gongkai_still_names_its_applicant(org_tree, coordinator):
    from gongkai.applications.services import application_register
    from gongkai.core.errors import DomainError

    with pytest.raises(DomainError, match="申请须载明申请人姓名或名称"):
        application_register(
            org=org_tree["commission"],
            channel="in_person",
            received_on=date(2024, 3, 1),
            applicant_name=" ",
            id_document="11010519491231002X",
            description="某文件",
            actor=coordinator,
        )
