"""The briefings API: the ledger and the frequency checks, for the organisation's staff only."""

from datetime import date

import pytest
import time_machine

from tests.api_client import api_client as _client

from .factories import quarterly_press, record

pytestmark = pytest.mark.django_db


@pytest.fixture
def ledger(org_tree, coordinator):
    commission, office = org_tree["commission"], org_tree["office"]
    with time_machine.travel(date(2026, 7, 1), tick=False):
        entries = [
            record(org=commission, actor=coordinator, on=date(2026, 3, 31)),
            record(org=office, actor=coordinator, on=date(2026, 7, 1), topic="办公室通气会"),
            record(org=commission, actor=coordinator, on=date(2025, 11, 5), topic="去年发布会"),
        ]
    quarterly_press(org=commission, actor=coordinator, year=2026)
    return entries


def test_the_ledger_lists_an_organisations_entries_with_its_units_by_year(
    ledger, org_tree, coordinator
):
    api = _client(coordinator)

    def topics(query):
        return [e["topic"] for e in api.get(f"/api/briefings/entries/?{query}").json()["results"]]

    commission = org_tree["commission"].pk
    assert topics(f"org={commission}&year=2026") == ["办公室通气会", "全省医疗服务工作新闻发布会"]
    assert topics(f"org={org_tree['office'].pk}") == ["办公室通气会"]
    assert topics("year=2025") == ["去年发布会"]
    assert topics("org=999999") == []
    assert api.get("/api/briefings/entries/?year=99999").status_code == 400
    detail = api.get(f"/api/briefings/entries/{ledger[0].pk}/").json()
    assert (detail["kind_label"], detail["speaker"]) == ("新闻发布会", "周晓云")


def test_a_check_shows_each_period_as_done_missed_or_due(ledger, org_tree, coordinator):
    with time_machine.travel(date(2026, 7, 2), tick=False):
        body = _client(coordinator).get(
            f"/api/briefings/checks/?org={org_tree['commission'].pk}&year=2026"
        )
    (check,) = body.json()["results"]
    assert check["title"] == "每季度至少举办1次新闻发布会"
    # 3-31 counts in the first quarter, the office's 7-1 for the commission in the third
    assert [p["state"] for p in check["periods"]] == ["done", "missed", "done", "due"]
    assert [p["count"] for p in check["periods"]] == [1, 0, 1, 0]
    assert check["state"] == "missed" and check["state_label"] == "未完成"
    assert _client(coordinator).get("/api/briefings/checks/?year=2025").json()["count"] == 0


def test_another_organisations_staff_and_anonymous_callers_get_nothing(
    ledger, org_tree, city_coordinator
):
    api = _client(city_coordinator)
    assert api.get("/api/briefings/entries/").json()["count"] == 0
    assert api.get(f"/api/briefings/entries/{ledger[0].pk}/").status_code == 404
    assert api.get("/api/briefings/checks/").json()["count"] == 0
    assert _client().get("/api/briefings/entries/").status_code in {401, 403}
    assert _client().get("/api/briefings/checks/").status_code in {401, 403}


def test_the_public_reads_entries_whose_material_it_can_open(org_tree, coordinator, editor):
    from gongkai.publishing.tests.factories import make_item

    commission = org_tree["commission"]
    draft = make_item(org=org_tree["office"], actor=editor, title="发布会实录（未发布）")
    with time_machine.travel(date(2026, 7, 1), tick=False):
        linked = record(
            org=commission, actor=coordinator, on=date(2026, 5, 8),
            topic="医保政策吹风会", material_url="https://www.yn.gov.cn/fbh/20260508.html",
        )  # fmt: skip
        record(org=commission, actor=coordinator, on=date(2026, 6, 1), topic="无材料发布会")
        record(
            org=commission, actor=coordinator, on=date(2026, 6, 2), topic="材料未发布",
            material=draft,
        )  # fmt: skip
    api = _client()
    rows = api.get("/api/briefings/public-entries/?year=2026").json()["results"]
    assert [(r["id"], r["topic"]) for r in rows] == [(linked.pk, "医保政策吹风会")]
    assert rows[0]["material_url"] == "https://www.yn.gov.cn/fbh/20260508.html"
    assert api.get("/api/briefings/public-entries/?year=2025").json()["count"] == 0
    assert api.get(f"/api/briefings/public-entries/{linked.pk}/").status_code == 200
