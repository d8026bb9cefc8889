"""The incidents API: staff of the organisation read incidents with their clocks; nobody else."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from gongkai.incidents.services import press_conference_record
from gongkai.incidents.states import IncidentKind, Severity
from tests.api_client import api_client as _client

from .factories import record

BJ = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 3, 2, 9, 0, tzinfo=BJ)

pytestmark = pytest.mark.django_db


@pytest.fixture
def incidents(org_tree, coordinator):
    with time_machine.travel(START + timedelta(minutes=10), tick=False):
        major = record(org=org_tree["commission"], actor=coordinator, started_at=START)
        concern = record(
            org=org_tree["office"],
            actor=coordinator,
            started_at=START,
            title="网传医院拒收病人",
            kind=IncidentKind.PUBLIC_CONCERN,
            severity=Severity.OTHER,
        )
    with time_machine.travel(START + timedelta(hours=21), tick=False):
        press_conference_record(
            incident=major,
            actor=coordinator,
            held_at=START + timedelta(hours=20),
            place="省政府新闻办发布厅",
        )
    return major, concern


def test_the_clocks_show_due_time_met_time_late_and_overdue(incidents, coordinator):
    major, concern = incidents
    with time_machine.travel(START + timedelta(hours=50), tick=False):
        body = _client(coordinator).get("/api/incidents/").json()
        detail = _client(coordinator).get(f"/api/incidents/{major.pk}/").json()
    rows = {row["id"]: row for row in body["results"]}
    clocks = {c["key"]: c for c in rows[major.pk]["clocks"]}
    # the press conference 20 hours in meets the 24-hour clock and the 5-hour one late
    assert clocks["authoritative"]["state"] == "late" and clocks["authoritative"]["is_late"]
    assert clocks["authoritative"]["due_at"] == "2026-03-02T14:00:00+08:00"
    assert clocks["authoritative"]["met_at"] == "2026-03-03T05:00:00+08:00"
    assert clocks["press_conference"]["state"] == "met"
    assert clocks["press_conference"]["state_label"] == "按时发布"
    # a matter of public concern runs only the 48-hour clock, from when it was logged (10 minutes
    # after the start): unanswered 50 hours after the start, it is 1:50 overdue
    (response,) = rows[concern.pk]["clocks"]
    assert response["key"] == "response" and response["is_overdue"]
    assert response["minutes"] == 110 and response["met_at"] is None
    assert [r["place"] for r in detail["releases"]] == ["省政府新闻办发布厅"]
    assert detail["description"] == "数十名学生午餐后出现不适。"


def test_another_organisations_staff_and_anonymous_callers_get_nothing(
    incidents, city_coordinator, editor
):
    major, concern = incidents
    assert _client(city_coordinator).get("/api/incidents/").json()["count"] == 0
    assert _client(city_coordinator).get(f"/api/incidents/{major.pk}/").status_code == 404
    # the office's editor sees the office's incident, not the commission's
    assert [r["id"] for r in _client(editor).get("/api/incidents/").json()["results"]] == [
        concern.pk
    ]
    assert _client().get("/api/incidents/").status_code in {401, 403}
    assert _client().get(f"/api/incidents/{major.pk}/").status_code in {401, 403}


def test_incidents_filter_by_organisation_year_and_status(incidents, org_tree, coordinator):
    major, concern = incidents
    client = _client(coordinator)

    def ids(query):
        return {r["id"] for r in client.get(f"/api/incidents/?{query}").json()["results"]}

    assert ids(f"org={org_tree['office'].pk}") == {concern.pk}
    assert ids("year=2026") == {major.pk, concern.pk}
    assert ids("year=2025") == set()
    assert ids("status=closed") == set()
    assert client.get("/api/incidents/?year=20x6").status_code == 400
