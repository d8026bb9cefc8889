"""Recording incidents, linking releases, closing, and the reminders sent once per threshold."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail

from gongkai.core.audit_labels import action_label, state_label
from gongkai.core.errors import DomainError, PermissionDeniedError
from gongkai.core.models import AuditEntry, Notification
from gongkai.incidents.clocks import LATE, MET, OVERDUE, RUNNING
from gongkai.incidents.selectors import incident_clocks
from gongkai.incidents.services import (
    incident_close,
    incident_reminders_send,
    incident_reopen,
    press_conference_record,
    release_link_item,
    release_remove,
)
from gongkai.incidents.states import IncidentStatus, ReleaseKind
from gongkai.publishing.tests.factories import make_item, publish

from .factories import record

BJ = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 12, 31, 21, 30, tzinfo=BJ)

pytestmark = pytest.mark.django_db


@pytest.fixture
def incident(coordinator, org_tree):
    with time_machine.travel(START + timedelta(minutes=10), tick=False):
        return record(org=org_tree["commission"], actor=coordinator, started_at=START)


def clocks_at(incident, at):
    incident.refresh_from_db()
    return {c.key: c for c in incident_clocks(incident=incident, now=at)}


def test_recording_is_audited_and_a_start_in_the_future_is_refused(coordinator, org_tree):
    with time_machine.travel(START, tick=False):
        incident = record(org=org_tree["commission"], actor=coordinator, started_at=START)
        with pytest.raises(DomainError):
            record(
                org=org_tree["commission"],
                actor=coordinator,
                started_at=START + timedelta(minutes=5),
            )
    entry = AuditEntry.objects.get(action="incidents.record")
    assert (entry.object_id, entry.to_state) == (str(incident.pk), IncidentStatus.OPEN)
    assert str(action_label(entry.action)) == "登记突发事件"  # the audit log reads Chinese
    assert str(state_label(entry.action, entry.to_state)) == "计时中"


def _published_item(org_tree, coordinator, editor, reviewer, at):
    with time_machine.travel(at, tick=False):
        item = make_item(org=org_tree["office"], actor=editor, title="情况通报")
        publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator, on=at.date())
    return item


def test_a_linked_item_meets_the_clock_when_it_is_published(
    incident, org_tree, coordinator, editor, reviewer
):
    with time_machine.travel(START + timedelta(minutes=30), tick=False):
        item = make_item(org=org_tree["office"], actor=editor, title="情况通报")
        release_link_item(
            incident=incident, item=item, kind=ReleaseKind.AUTHORITATIVE, actor=coordinator
        )
    assert clocks_at(incident, START + timedelta(hours=2))["authoritative"].state == RUNNING
    published_at = START + timedelta(hours=3, minutes=40)  # 01:10 on New Year's day
    with time_machine.travel(published_at, tick=False):
        publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)
    clocks = clocks_at(incident, START + timedelta(hours=8))
    assert clocks["authoritative"].state == MET
    assert clocks["authoritative"].met_at == published_at
    assert clocks["press_conference"].state == RUNNING


def test_an_item_published_after_five_hours_meets_the_clock_late(
    incident, org_tree, coordinator, editor, reviewer
):
    item = _published_item(org_tree, coordinator, editor, reviewer, START + timedelta(hours=6))
    with time_machine.travel(START + timedelta(hours=7), tick=False):
        release_link_item(
            incident=incident, item=item, kind=ReleaseKind.AUTHORITATIVE, actor=coordinator
        )
    assert clocks_at(incident, START + timedelta(hours=7))["authoritative"].state == LATE


def test_an_item_published_before_the_start_cannot_be_linked(
    incident, org_tree, coordinator, editor, reviewer
):
    item = _published_item(org_tree, coordinator, editor, reviewer, START - timedelta(days=1))
    with pytest.raises(DomainError, match="事件发生之前"):
        release_link_item(
            incident=incident, item=item, kind=ReleaseKind.AUTHORITATIVE, actor=coordinator
        )


def test_a_press_conference_recorded_by_time_and_place(incident, coordinator):
    held = START + timedelta(hours=20)
    with time_machine.travel(held + timedelta(hours=1), tick=False):
        press_conference_record(
            incident=incident, actor=coordinator, held_at=held, place="省政府新闻办发布厅"
        )
    clocks = clocks_at(incident, held + timedelta(hours=1))
    assert clocks["press_conference"].state == MET
    assert clocks["authoritative"].state == LATE  # 20 hours after the start, not 5


def test_closing_is_audited_and_stops_the_clocks_and_releases(incident, coordinator):
    with time_machine.travel(START + timedelta(hours=6), tick=False):
        incident_close(incident=incident, actor=coordinator, reason="事件处置完毕")
        with pytest.raises(DomainError):
            press_conference_record(
                incident=incident, actor=coordinator, held_at=START, place="发布厅"
            )
    clocks = clocks_at(incident, START + timedelta(days=3))
    assert clocks["authoritative"].state == OVERDUE
    assert clocks["authoritative"].hours_minutes == "1:00"
    entry = AuditEntry.objects.get(action="incidents.transition")
    assert (entry.from_state, entry.to_state, entry.reason) == ("open", "closed", "事件处置完毕")
    incident_reopen(incident=incident, actor=coordinator, reason="舆情再次升温")
    incident.refresh_from_db()
    assert incident.status == IncidentStatus.OPEN and incident.closed_at is None


def test_a_supervisor_sees_but_may_not_close_and_another_region_may_not_record(
    incident, supervisor, city_coordinator, org_tree
):
    with pytest.raises(PermissionDeniedError):
        incident_close(incident=incident, actor=supervisor, reason="x")
    with pytest.raises(PermissionDeniedError):
        record(org=org_tree["commission"], actor=city_coordinator, started_at=START)


def _titles(user):
    return [n.title for n in Notification.objects.filter(user=user).order_by("pk")]


def test_reminders_go_out_once_at_half_80_percent_and_expiry(
    incident, coordinator, supervisor, editor, city_coordinator, django_capture_on_commit_callbacks
):
    # 5-hour clock: half at 00:00, 80% at 01:30, expiry at 02:30 on New Year's day
    assert incident_reminders_send(now=START + timedelta(hours=2, minutes=29)) == 0
    with django_capture_on_commit_callbacks(execute=True):
        assert incident_reminders_send(now=START + timedelta(hours=2, minutes=30)) == 1
    assert incident_reminders_send(now=START + timedelta(hours=2, minutes=35)) == 0
    half = "权威信息：“某县中学学生疑似食物中毒事件”将于01-01 02:30到期，剩余2:30"
    assert _titles(coordinator) == [half]
    assert _titles(supervisor) == _titles(coordinator)  # the superior organisation's
    assert _titles(editor) == [] and _titles(city_coordinator) == []
    assert incident_reminders_send(now=START + timedelta(hours=4)) == 1
    assert incident_reminders_send(now=START + timedelta(hours=5)) == 1
    assert incident_reminders_send(now=START + timedelta(hours=5, minutes=5)) == 0
    expired = "已逾期：“某县中学学生疑似食物中毒事件”的权威信息应于01-01 02:30前发布"
    assert _titles(coordinator)[-1] == expired
    assert len(_titles(coordinator)) == 3
    assert {m.to[0] for m in mail.outbox} == {
        "coordinator@example.gov.cn",
        "supervisor@example.gov.cn",
    }


def test_a_late_run_sends_one_reminder_not_a_burst(incident, coordinator):
    # first run 6 hours in: the 5-hour clock is past half, 80% and expiry at once
    assert incident_reminders_send(now=START + timedelta(hours=6)) == 1
    assert len(_titles(coordinator)) == 1 and _titles(coordinator)[0].startswith("已逾期")
    assert incident_reminders_send(now=START + timedelta(hours=6, minutes=5)) == 0


def test_no_reminder_for_a_met_clock_or_a_closed_incident(incident, coordinator):
    with time_machine.travel(START + timedelta(hours=1), tick=False):
        press_conference_record(
            incident=incident, actor=coordinator, held_at=START + timedelta(hours=1), place="发布厅"
        )
    assert incident_reminders_send(now=START + timedelta(hours=5)) == 0
    with time_machine.travel(START + timedelta(hours=6), tick=False):
        incident_close(incident=incident, actor=coordinator, reason="处置完毕")
    assert incident_reminders_send(now=START + timedelta(days=3)) == 0


def test_the_periodic_job_sends_what_the_service_would(incident, coordinator):
    from gongkai.incidents.tasks import send_incident_reminders

    with time_machine.travel(START + timedelta(hours=2, minutes=31), tick=False):
        send_incident_reminders.call_local()
    assert len(_titles(coordinator)) == 1


def test_a_release_recorded_by_mistake_is_taken_back_and_the_clock_runs_again(
    incident, coordinator
):
    with time_machine.travel(START + timedelta(hours=1), tick=False):
        release = press_conference_record(
            incident=incident, actor=coordinator, held_at=START + timedelta(hours=1), place="发布厅"
        )
        release_remove(release=release, actor=coordinator)
    assert clocks_at(incident, START + timedelta(hours=2))["authoritative"].state == RUNNING
    entry = AuditEntry.objects.get(action="incidents.release_remove")
    assert entry.before["place"] == "发布厅"


def test_the_reminder_fractions_are_a_setting(incident, coordinator, settings):
    settings.GONGKAI_INCIDENT_REMINDER_FRACTIONS = (0.9,)
    # 5-hour clock: nothing at half (02:30 in), one at 90% (04:30 in), one on expiry
    assert incident_reminders_send(now=START + timedelta(hours=2, minutes=30)) == 0
    assert incident_reminders_send(now=START + timedelta(hours=4, minutes=30)) == 1
    assert incident_reminders_send(now=START + timedelta(hours=5, minutes=1)) == 1
    assert len(_titles(coordinator)) == 2
