"""Writing incidents through the API: the organisation's coordinators and editors record an
incident, link what meets its clocks, close, reopen and cancel it through the state table,
audited; nobody else can."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from gongkai.core.models import AuditEntry
from gongkai.incidents.models import Incident
from gongkai.incidents.states import IncidentStatus
from gongkai.publishing.tests.factories import make_item, publish
from tests.api_client import api_client as _client

from .factories import record

BJ = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 3, 2, 9, 0, tzinfo=BJ)
URL = "/api/incidents/"

pytestmark = pytest.mark.django_db


def _at(delta: timedelta):
    return time_machine.travel(START + delta, tick=False)


@pytest.fixture
def incident(org_tree, coordinator):
    with _at(timedelta(minutes=10)):
        return record(org=org_tree["commission"], actor=coordinator, started_at=START)


def _actions(incident_pk):
    return list(
        AuditEntry.objects.filter(object_id=str(incident_pk), action__startswith="incidents.")
        .order_by("pk")
        .values_list("action", flat=True)
    )


def test_an_editor_records_an_incident_and_its_clocks_start(org_tree, editor):
    data = {
        "org": org_tree["office"].pk,
        "title": "网传医院拒收病人",
        "kind": "emergency",
        "severity": "major",
        "started_at": "2026-03-02T09:00",  # Beijing time when no offset is given
        "description": "网络流传视频。",
    }
    with _at(timedelta(minutes=20)):
        answer = _client(editor).post(URL, data, format="json")
    assert answer.status_code == 201, answer.json()
    body = answer.json()
    assert (body["org_name"], body["status"], body["severity_label"]) == ("办公室", "open", "重大")
    clocks = {c["key"]: c for c in body["clocks"]}
    assert clocks["authoritative"]["due_at"] == "2026-03-02T14:00:00+08:00"
    assert clocks["press_conference"]["due_at"] == "2026-03-03T09:00:00+08:00"
    assert _actions(body["id"]) == ["incidents.record"]
    assert AuditEntry.objects.get(action="incidents.record").actor_name


def test_invalid_incidents_are_refused_naming_the_field(org_tree, editor):
    api = _client(editor)
    good = {
        "org": org_tree["office"].pk,
        "title": "网传医院拒收病人",
        "kind": "public_concern",
        "started_at": "2026-03-02T09:00:00+08:00",
    }
    with _at(timedelta(minutes=20)):
        future = api.post(URL, {**good, "started_at": "2026-03-02T10:00:00+08:00"}, format="json")
        assert future.status_code == 400
        assert future.json() == {"started_at": ["时间不能晚于当前时间。"]}
        for field, value in [
            ("kind", "war"),
            ("title", ""),
            ("started_at", "yesterday"),
            ("started_at", "0001-01-01T00:00:00+14:00"),
            ("org", "１"),
        ]:
            answer = api.post(URL, {**good, field: value}, format="json")
            assert answer.status_code == 400 and field in answer.json(), (field, answer.json())
    assert not Incident.objects.exists()


def test_a_press_conference_and_a_linked_item_meet_the_clocks(
    incident, org_tree, coordinator, editor, reviewer
):
    api = _client(coordinator)
    with _at(timedelta(hours=3)):
        item = make_item(org=org_tree["office"], actor=editor, title="情况通报")
        publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator, on=START.date())
        linked = api.post(
            f"{URL}{incident.pk}/link/", {"item": item.pk, "kind": "authoritative"}, format="json"
        )
        assert linked.status_code == 201, linked.json()
        again = api.post(
            f"{URL}{incident.pk}/link/", {"item": item.pk, "kind": "response"}, format="json"
        )
        assert again.status_code == 400 and list(again.json()) == ["item"]
    with _at(timedelta(hours=21)):
        held = api.post(
            f"{URL}{incident.pk}/press-conference/",
            {"held_at": "2026-03-03T05:00:00+08:00", "place": "省政府新闻办发布厅"},
            format="json",
        )
        assert held.status_code == 201, held.json()
        early = api.post(
            f"{URL}{incident.pk}/press-conference/",
            {"held_at": "2026-03-02T08:00:00+08:00", "place": "发布厅"},
            format="json",
        )
        assert early.status_code == 400 and list(early.json()) == ["held_at"]
    clocks = {c["key"]: c["state"] for c in held.json()["clocks"]}
    assert clocks == {"authoritative": "met", "press_conference": "met", "response": "met"}
    assert [r["place"] for r in held.json()["releases"]] == ["", "省政府新闻办发布厅"]
    assert _actions(incident.pk) == [
        "incidents.record",
        "incidents.release_link",
        "incidents.press_conference",
    ]
    # the press conference taken back: the 24-hour clock runs again, the audit keeps it
    press = held.json()["releases"][1]["id"]
    with _at(timedelta(hours=22)):
        taken = api.delete(f"{URL}{incident.pk}/releases/{press}/")
        assert taken.status_code == 200, taken.json()
        assert api.delete(f"{URL}{incident.pk}/releases/{press}/").status_code == 404
    clocks = {c["key"]: c["state"] for c in taken.json()["clocks"]}
    assert clocks["press_conference"] == "running"
    assert [r["kind"] for r in taken.json()["releases"]] == ["authoritative"]
    assert _actions(incident.pk)[-1] == "incidents.release_remove"


def test_close_reopen_and_cancel_move_through_the_state_table(incident, coordinator):
    api = _client(coordinator)

    def move(name, reason="事件已处置完毕"):
        with _at(timedelta(hours=30)):
            return api.post(f"{URL}{incident.pk}/{name}/", {"reason": reason}, format="json")

    no_reason = move("close", reason="")
    assert no_reason.status_code == 400 and list(no_reason.json()) == ["reason"]
    closed = move("close")
    assert closed.status_code == 200 and closed.json()["status_label"] == "已结束"
    assert closed.json()["closed_at"] is not None
    twice = move("close")
    assert twice.status_code == 409
    assert twice.json() == {
        "detail": "“某县中学学生疑似食物中毒事件”不能从“已结束”变更为“已结束”。",
        "code": "transition_not_allowed",
    }
    # releases are recorded only while it runs
    late = api.post(
        f"{URL}{incident.pk}/press-conference/",
        {"held_at": "2026-03-02T20:00:00+08:00", "place": "发布厅"},
        format="json",
    )
    assert late.status_code == 409
    assert late.json() == {"detail": "事件已结束，不能再登记发布。", "code": "not_running"}
    assert move("reopen", reason="舆情再次升温").json()["status"] == "open"
    assert move("cancel", reason="重复登记").json()["status_label"] == "误登记"
    reopen = move("reopen")
    assert reopen.status_code == 409 and "误登记" in reopen.json()["detail"]
    moves = AuditEntry.objects.filter(action="incidents.transition").order_by("pk")
    assert [(m.from_state, m.to_state, m.reason) for m in moves] == [
        ("open", "closed", "事件已处置完毕"),
        ("closed", "open", "舆情再次升温"),
        ("open", "cancelled", "重复登记"),
    ]


def test_another_organisations_staff_reviewers_and_anonymous_callers_cannot_write(
    incident, org_tree, city_coordinator, reviewer
):
    city = _client(city_coordinator)
    data = {
        "org": org_tree["commission"].pk,
        "title": "网传医院拒收病人",
        "kind": "public_concern",
        "started_at": "2026-03-02T09:00:00+08:00",
    }
    with _at(timedelta(hours=1)):
        refused = city.post(URL, data, format="json")
        assert refused.status_code == 403
        assert refused.json()["detail"] == "您无权为云南省卫生和计划生育委员会办理此事项。"
        closing = city.post(f"{URL}{incident.pk}/close/", {"reason": "x"}, format="json")
        assert closing.status_code == 404
        # a reviewer sees the incident but does not answer it
        assert _client(reviewer).get(f"{URL}{incident.pk}/").status_code == 200
        by_reviewer = _client(reviewer).post(
            f"{URL}{incident.pk}/cancel/", {"reason": "x"}, format="json"
        )
        assert by_reviewer.status_code == 403
        anonymous = _client()
        assert anonymous.post(URL, data, format="json").status_code in {401, 403}
        assert anonymous.post(
            f"{URL}{incident.pk}/close/", {"reason": "x"}, format="json"
        ).status_code in {401, 403}
    incident.refresh_from_db()
    assert incident.status == IncidentStatus.OPEN
    assert Incident.objects.count() == 1
    assert _actions(incident.pk) == ["incidents.record"]
