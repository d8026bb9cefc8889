"""The release clocks in hours and minutes, Beijing time (EMG-1, EMG-2, EMG-3)."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.test import override_settings

from gongkai.incidents.clocks import LATE, MET, OVERDUE, RUNNING, STOPPED, clock_states
from gongkai.incidents.states import IncidentKind, ReleaseKind, Severity

BJ = ZoneInfo("Asia/Shanghai")
# 21:30 in Beijing on 31 December: the 5-hour clock runs across midnight into the new year.
START = datetime(2026, 12, 31, 21, 30, tzinfo=BJ)


def states(now, releases=(), *, kind=IncidentKind.EMERGENCY, severity=Severity.MAJOR, **kw):
    kw.setdefault("recorded_at", START)
    clocks = clock_states(
        kind=kind, severity=severity, started_at=START, releases=releases, now=now, **kw
    )
    return {c.key: c for c in clocks}


def test_a_major_emergency_runs_three_clocks_due_in_beijing_time_across_midnight():
    clocks = states(START + timedelta(hours=1))
    assert list(clocks) == ["authoritative", "press_conference", "response"]
    due = clocks["authoritative"].due_at.astimezone(BJ)
    assert (due.year, due.month, due.day, due.hour, due.minute) == (2027, 1, 1, 2, 30)
    assert clocks["press_conference"].due_at == datetime(2027, 1, 1, 21, 30, tzinfo=BJ)
    assert clocks["response"].due_at == datetime(2027, 1, 2, 21, 30, tzinfo=BJ)
    assert clocks["authoritative"].state == RUNNING
    assert clocks["authoritative"].hours_minutes == "4:00"


def test_remaining_time_counts_down_in_hours_and_minutes():
    # 02:23 on New Year's day: 7 minutes left of the 5 hours
    clock = states(datetime(2027, 1, 1, 2, 23, tzinfo=BJ))["authoritative"]
    assert (clock.state, clock.hours_minutes) == (RUNNING, "0:07")


def test_an_unmet_clock_is_overdue_after_five_hours_and_says_by_how_much():
    clock = states(datetime(2027, 1, 1, 3, 15, tzinfo=BJ))["authoritative"]
    assert (clock.state, clock.hours_minutes) == (OVERDUE, "0:45")


def test_a_release_published_in_time_meets_the_clock():
    published = datetime(2027, 1, 1, 1, 0, tzinfo=BJ)
    clocks = states(datetime(2027, 1, 1, 9, 0, tzinfo=BJ), [(ReleaseKind.AUTHORITATIVE, published)])
    assert clocks["authoritative"].state == MET
    assert clocks["authoritative"].met_at == published
    # the press conference is still to come; any release answers public concern
    assert clocks["press_conference"].state == RUNNING
    assert clocks["response"].state == MET


def test_a_release_published_after_the_deadline_is_late_not_met():
    clocks = states(
        datetime(2027, 1, 1, 9, 0, tzinfo=BJ),
        [(ReleaseKind.AUTHORITATIVE, datetime(2027, 1, 1, 2, 31, tzinfo=BJ))],
    )
    assert clocks["authoritative"].state == LATE


def test_a_press_conference_meets_the_authoritative_clock_too():
    held = datetime(2027, 1, 1, 0, 30, tzinfo=BJ)
    clocks = states(held + timedelta(hours=1), [(ReleaseKind.PRESS_CONFERENCE, held)])
    assert clocks["authoritative"].state == MET
    assert clocks["press_conference"].state == MET


def test_an_unpublished_linked_item_meets_nothing():
    clocks = states(START + timedelta(hours=6), [(ReleaseKind.AUTHORITATIVE, None)])
    assert clocks["authoritative"].state == OVERDUE


def test_a_release_made_public_before_the_start_does_not_count():
    before = START - timedelta(minutes=1)
    clocks = states(START + timedelta(hours=1), [(ReleaseKind.AUTHORITATIVE, before)])
    assert clocks["authoritative"].state == RUNNING


@pytest.mark.parametrize(
    ("kind", "severity"),
    [
        (IncidentKind.EMERGENCY, Severity.OTHER),
        (IncidentKind.PUBLIC_CONCERN, Severity.OTHER),
    ],
)
def test_other_matters_run_only_the_48_hour_response_clock(kind, severity):
    clocks = states(START + timedelta(hours=6), kind=kind, severity=severity)
    assert list(clocks) == ["response"]


def test_the_48_hours_run_from_when_the_matter_is_logged_by_default():
    recorded = START + timedelta(hours=3)
    clocks = states(START + timedelta(hours=50), recorded_at=recorded)
    assert clocks["response"].due_at == recorded + timedelta(hours=48)
    assert (clocks["response"].state, clocks["response"].hours_minutes) == (RUNNING, "1:00")
    with override_settings(GONGKAI_INCIDENT_RESPONSE_FROM="start"):
        clocks = states(START + timedelta(hours=50), recorded_at=recorded)
    assert (clocks["response"].state, clocks["response"].hours_minutes) == (OVERDUE, "2:00")


def test_closing_stops_the_clocks_but_a_missed_deadline_stays_overdue():
    closed = START + timedelta(hours=6)
    clocks = states(START + timedelta(days=5), closed_at=closed)
    assert (clocks["authoritative"].state, clocks["authoritative"].hours_minutes) == (
        OVERDUE,
        "1:00",
    )
    assert clocks["press_conference"].state == STOPPED
    assert clocks["response"].state == STOPPED
