"""The ledger brought in from a workbook: all rows or none, and twice the same is once."""

from datetime import date

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from gongkai.briefings.importer import REQUIRED, entries_import, template_xlsx
from gongkai.briefings.kinds import EntryKind, SpeakerRole
from gongkai.briefings.models import LedgerEntry
from gongkai.core.errors import PermissionDeniedError
from gongkai.core.xlsx import ImportFailed, Sheet, read_rows, workbook_bytes

pytestmark = pytest.mark.django_db

HEADER = [*REQUIRED, "发布人职务", "材料链接"]
GOOD = [
    [date(2026, 2, 10), "新闻发布会", "全省医改工作新闻发布会", "李明华", "主要负责人", "主任", ""],
    ["2026-03-05", "政策吹风会", "卫生计生工作要点吹风会", "杨建国", "其他负责同志", "", ""],
]


@pytest.fixture(autouse=True)
def _frozen():
    with time_machine.travel(date(2026, 5, 20), tick=False):
        yield


def _book(rows) -> bytes:
    return workbook_bytes(Sheet("台账", HEADER, rows, title="新闻发布与政策解读台账"))


def test_rows_are_recorded_once(org_tree, coordinator):
    org = org_tree["commission"]
    assert entries_import(org=org, data=_book(GOOD), actor=coordinator) == 2
    press = LedgerEntry.objects.get(kind=EntryKind.PRESS_CONFERENCE)
    assert press.held_on == date(2026, 2, 10)
    assert press.speaker_role == SpeakerRole.PRINCIPAL_HEAD and press.speaker_title == "主任"
    assert entries_import(org=org, data=_book(GOOD), actor=coordinator) == 0
    assert LedgerEntry.objects.count() == 2


def test_a_bad_row_stops_the_whole_import_with_every_error(org_tree, coordinator):
    rows = [
        *GOOD,
        ["2026-13-01", "发布会议", "题目", "某某", "局长", "", ""],
        ["2026-06-01", "新闻发布会", "尚未举行", "某某", "新闻发言人", "", ""],
        ["2026-04-01", "文字解读", "解读", "某某", "新闻发言人", "", ""],
    ]
    with pytest.raises(ImportFailed) as exc:
        entries_import(org=org_tree["commission"], data=_book(rows), actor=coordinator)
    text = "\n".join(exc.value.errors)
    assert "第5行“日期”列" in text and "第6行" in text and "第7行" in text  # under the title
    assert len(exc.value.errors) == 5  # date, kind, standing; a future date; no document
    assert not LedgerEntry.objects.exists()


def test_only_the_organisations_staff_import(org_tree, city_coordinator):
    with pytest.raises(PermissionDeniedError):
        entries_import(org=org_tree["commission"], data=_book(GOOD), actor=city_coordinator)


def test_the_blank_workbook_reads_back(org_tree):
    rows = read_rows(template_xlsx(), required=REQUIRED)
    assert [r.text("类别") for r in rows] == ["新闻发布会"]


def test_the_import_page(org_tree, coordinator):
    client = Client()
    client.force_login(coordinator)
    upload = SimpleUploadedFile("台账.xlsx", _book(GOOD))
    response = client.post(
        "/office/briefings/entries/import/", {"org": org_tree["commission"].pk, "file": upload}
    )
    assert response.status_code == 302 and LedgerEntry.objects.count() == 2
    bad = SimpleUploadedFile("台账.xlsx", _book([["2026-02-10", "会", "题", "某", "其他", "", ""]]))
    page = client.post(
        "/office/briefings/entries/import/", {"org": org_tree["commission"].pk, "file": bad}
    ).content.decode()
    assert "“会”" in page and LedgerEntry.objects.count() == 2
    template = client.get("/office/briefings/entries/import/template.xlsx")
    assert template["Content-Type"].startswith("application/vnd.openxmlformats")
