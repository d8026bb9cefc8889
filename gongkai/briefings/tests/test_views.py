"""The back-office pages: who sees and who edits the ledger, the overview, the public page."""

from datetime import date

import pytest
import time_machine
from django.test import Client

from gongkai.briefings.kinds import EntryKind
from gongkai.briefings.models import LedgerEntry
from gongkai.briefings.services import checks_adopt_standard

from .factories import quarterly_press, record

pytestmark = pytest.mark.django_db

TODAY = date(2026, 5, 20)


@pytest.fixture(autouse=True)
def _frozen():
    with time_machine.travel(TODAY, tick=False):
        yield


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _form(org, **overrides) -> dict:
    data = {
        "org": org.pk,
        "kind": EntryKind.PRESS_CONFERENCE,
        "held_on": "2026-05-18",
        "topic": "全省卫生健康工作新闻发布会",
        "speaker": "李明华",
        "speaker_title": "党组书记、主任",
        "speaker_role": "principal",
        "material_url": "https://www.example.gov.cn/xwfb/1.html",
    }
    data.update(overrides)
    return data


def test_an_editor_records_for_the_division_and_cannot_choose_the_commission(org_tree, editor):
    client = _client(editor)
    page = client.get("/office/briefings/entries/new/").content.decode()
    assert "办公室" in page and "云南省卫生和计划生育委员会</option>" not in page
    response = client.post("/office/briefings/entries/new/", _form(org_tree["office"]))
    assert response.status_code == 302
    assert LedgerEntry.objects.get().org == org_tree["office"]
    response = client.post("/office/briefings/entries/new/", _form(org_tree["commission"]))
    assert response.status_code == 200 and LedgerEntry.objects.count() == 1


def test_a_date_to_come_is_shown_under_its_field(org_tree, coordinator):
    response = _client(coordinator).post(
        "/office/briefings/entries/new/", _form(org_tree["commission"], held_on="2026-05-21")
    )
    assert "日期不能晚于今天" in response.content.decode()
    assert not LedgerEntry.objects.exists()


def test_only_the_organisations_staff_open_or_remove_its_entries(
    org_tree, coordinator, reviewer, city_coordinator
):
    entry = record(org=org_tree["commission"], actor=coordinator, on=date(2026, 5, 1))
    edit = f"/office/briefings/entries/{entry.pk}/"
    delete = f"{edit}delete/"
    assert _client(city_coordinator).get(edit).status_code == 404
    assert _client(city_coordinator).post(delete).status_code == 404
    # the reviewer sees the ledger but does not keep it
    ledger = _client(reviewer).get("/office/briefings/entries/").content.decode()
    assert entry.topic in ledger
    assert f'href="{edit}"' not in ledger  # no link to a form that would answer 404
    assert (
        f'href="{edit}"' in _client(coordinator).get("/office/briefings/entries/").content.decode()
    )
    assert _client(reviewer).get(edit).status_code == 404
    assert _client(reviewer).post(delete).status_code == 302
    assert LedgerEntry.objects.filter(pk=entry.pk).exists()
    owner = _client(coordinator)
    assert owner.get(edit).status_code == 200
    assert owner.post(delete).status_code == 302
    assert not LedgerEntry.objects.filter(pk=entry.pk).exists()


def test_the_ledger_filters_by_organisation_year_and_kind(org_tree, coordinator):
    record(org=org_tree["commission"], actor=coordinator, on=date(2026, 2, 1), topic="甲发布会")
    record(
        org=org_tree["office"],
        actor=coordinator,
        on=date(2026, 3, 1),
        kind=EntryKind.BRIEFING,
        topic="乙吹风会",
    )
    record(org=org_tree["commission"], actor=coordinator, on=date(2025, 3, 1), topic="丙往年")
    client = _client(coordinator)
    page = client.get("/office/briefings/entries/?year=2026").content.decode()
    assert "甲发布会" in page and "乙吹风会" in page and "丙往年" not in page
    page = client.get("/office/briefings/entries/?year=2026&kind=briefing").content.decode()
    assert "甲发布会" not in page and "乙吹风会" in page
    office = org_tree["office"].pk
    page = client.get(f"/office/briefings/entries/?year=2026&org={office}").content.decode()
    assert "甲发布会" not in page and "乙吹风会" in page
    assert client.get("/office/briefings/entries/?year=20266").status_code == 400


def test_the_overview_and_the_dashboard_show_a_missed_quarter(org_tree, coordinator):
    org = org_tree["commission"]
    quarterly_press(org=org, actor=coordinator, year=2026)
    client = _client(coordinator)
    page = client.get("/office/briefings/").content.decode()
    row = page[page.index('data-check="每季度至少举办1次新闻发布会"') :]
    row = row[: row.index("</tr>")]
    assert "第一季度" in row and "未完成" in row and "待完成" in row
    dashboard = client.get("/office/").content.decode()
    assert "本年度未达标的新闻发布和解读频次要求" in dashboard


def test_the_coordinator_sets_the_work_plans_requirements(org_tree, coordinator, editor):
    org = org_tree["commission"]
    assert (
        _client(editor)
        .post("/office/briefings/checks/adopt/", {"org": org.pk, "year": 2026})
        .status_code
        == 404
    )
    _client(coordinator).post("/office/briefings/checks/adopt/", {"org": org.pk, "year": 2026})
    page = _client(coordinator).get("/office/briefings/").content.decode()
    assert "主要负责同志每年解读重要政策措施不少于3次" in page


def test_the_public_page_lists_entries_with_material_only(client, org_tree, coordinator):
    checks_adopt_standard(org=org_tree["commission"], year=2026, actor=coordinator)
    record(
        org=org_tree["commission"],
        actor=coordinator,
        on=date(2026, 4, 2),
        topic="已发布的发布会",
        material_url="https://www.example.gov.cn/xwfb/2.html",
    )
    record(org=org_tree["commission"], actor=coordinator, on=date(2026, 4, 3), topic="材料未发布")
    page = client.get("/briefings/").content.decode()
    assert "已发布的发布会" in page and "https://www.example.gov.cn/xwfb/2.html" in page
    assert "材料未发布" not in page


def test_the_assessment_page_counts_the_requirements(org_tree, coordinator, city_coordinator):
    org = org_tree["commission"]
    quarterly_press(org=org, actor=coordinator, year=2026)  # first quarter missed
    record(org=org, actor=coordinator, on=date(2026, 5, 2))
    page = _client(coordinator).get("/office/plans/dashboard/").content.decode()
    assert (
        "云南省卫生和计划生育委员会：共1项要求，已完成0项、待完成0项、未完成1项；"
        "本年度已登记新闻发布会1场"
    ) in page
    # another government's coordinator does not see the commission's figures
    page = _client(city_coordinator).get("/office/plans/dashboard/").content.decode()
    assert "云南省卫生和计划生育委员会：共" not in page


def test_the_coordinator_adds_and_removes_a_requirement(org_tree, coordinator, editor):
    org = org_tree["commission"]
    data = {
        "org": org.pk,
        "title": "每半年至少举办1次政策吹风会",
        "kinds": ["briefing"],
        "minimum": 1,
        "period": "half",
        "basis": "本单位工作方案",
    }
    # a unit editor has no organisation to choose: the form refuses
    assert _client(editor).post("/office/briefings/checks/new/?year=2026", data).status_code == 200
    response = _client(coordinator).post("/office/briefings/checks/new/?year=2026", data)
    assert response.status_code == 302
    check = org.briefing_checks.get()
    assert (check.year, check.kinds, check.roles, check.period) == (2026, ["briefing"], [], "half")
    # the division's editor does not see the commission's requirements
    assert _client(editor).post(f"/office/briefings/checks/{check.pk}/delete/").status_code == 404
    assert org.briefing_checks.exists()
    _client(coordinator).post(f"/office/briefings/checks/{check.pk}/delete/")
    assert not org.briefing_checks.exists()


def test_a_divisions_editor_sees_the_agencys_requirements_without_changing_them(
    org_tree, coordinator, editor
):
    # the division's entries count for the commission's checks, so its editor follows them
    quarterly_press(org=org_tree["commission"], actor=coordinator, year=2026)
    page = _client(editor).get("/office/briefings/").content.decode()
    assert "云南省卫生和计划生育委员会" in page
    assert 'data-check="每季度至少举办1次新闻发布会"' in page
    assert "check_delete" not in page and "/delete/" not in page
    check = org_tree["commission"].briefing_checks.get()
    assert _client(editor).post(f"/office/briefings/checks/{check.pk}/delete/").status_code == 404
    dashboard = _client(editor).get("/office/").content.decode()
    assert "本年度未达标的新闻发布和解读频次要求" in dashboard
    # the coordinator may remove it from the same page
    assert f"/office/briefings/checks/{check.pk}/delete/" in (
        _client(coordinator).get("/office/briefings/").content.decode()
    )
