"""EMG-1 after the first clocks: releases go on as the work progresses, heads speaking first
(国办发〔2016〕80号). The interval is the office's own; a gap past it is a prompt, not overdue."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import override_settings
from django.urls import reverse

from gongkai.core.models import AuditEntry, Notification
from gongkai.incidents.clocks import follow_up
from gongkai.incidents.services import (
    incident_close,
    incident_reminders_send,
    press_conference_record,
)
from gongkai.incidents.states import IncidentKind, Severity
from tests.api_client import api_client

from .factories import record

BJ = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 7, 10, 8, 0, tzinfo=BJ)


def _follow_up(now, releases=(), *, kind=IncidentKind.EMERGENCY, severity=Severity.MAJOR, **kw):
    return follow_up(
        kind=kind, severity=severity, started_at=START, releases=releases, now=now, **kw
    )


@pytest.mark.parametrize(
    ("kind", "severity"),
    [
        (IncidentKind.EMERGENCY, Severity.OTHER),
        (IncidentKind.PUBLIC_CONCERN, Severity.MAJOR),
    ],
)
def test_only_extraordinary_and_major_emergencies_carry_continuing_releases(kind, severity):
    assert _follow_up(START + timedelta(days=3), kind=kind, severity=severity) is None
    assert _follow_up(START, severity=Severity.EXTRAORDINARY) is not None


def test_before_the_first_release_the_clocks_speak_not_the_interval():
    state = _follow_up(START + timedelta(days=2))
    assert (state.releases, state.last_at, state.due) == (0, None, False)


def test_a_gap_longer_than_the_interval_since_the_last_release_prompts_the_office():
    releases = [(START + timedelta(hours=3), False), (START + timedelta(hours=20), False)]
    within = _follow_up(START + timedelta(hours=44), releases)
    assert (within.releases, within.hours_since, within.due) == (2, 24, False)
    past = _follow_up(START + timedelta(hours=44, minutes=1), releases)
    assert past.last_at == START + timedelta(hours=20)
    assert (past.hours_since, past.interval_hours, past.due) == (24, 24, True)


def test_unpublished_items_and_releases_before_the_start_do_not_count():
    releases = [
        (None, True),
        (START - timedelta(hours=1), True),
        (START + timedelta(hours=1), False),
    ]
    state = _follow_up(START + timedelta(hours=2), releases)
    assert (state.releases, state.head_spoke) == (1, False)
    spoken = _follow_up(START + timedelta(hours=2), [*releases, (START + timedelta(hours=2), True)])
    assert spoken.head_spoke is True


def test_a_closed_incident_is_never_prompted():
    releases = [(START + timedelta(hours=1), False)]
    closed = START + timedelta(hours=10)
    state = _follow_up(START + timedelta(days=5), releases, closed_at=closed)
    assert (state.hours_since, state.due) == (9, False)


@override_settings(GONGKAI_INCIDENT_FOLLOW_UP_HOURS=6)
def test_the_office_sets_its_own_interval():
    state = _follow_up(START + timedelta(hours=8), [(START + timedelta(hours=1), False)])
    assert (state.interval_hours, state.due) == (6, True)


@pytest.mark.django_db
def test_the_page_records_a_head_speaking_and_prompts_after_a_day_without_release(
    client, coordinator, org_tree
):
    with time_machine.travel(START + timedelta(hours=2), tick=False) as clock:
        incident = record(org=org_tree["commission"], actor=coordinator, started_at=START)
        client.force_login(coordinator)
        page = client.get(incident.get_absolute_url()).content.decode()
        assert "持续发布" in page and "尚未发布任何信息" in page and "尚未发声" in page
        response = client.post(
            reverse("incidents:press_conference", args=[incident.pk]),
            {
                "held_at": "2026-07-10T09:30",
                "place": "市政府新闻发布厅",
                "speaker": "常务副市长",
                "by_head": "on",
            },
        )
        assert response.status_code == 302
        entry = AuditEntry.objects.filter(action="incidents.press_conference").get()
        assert entry.after["by_head"] is True
        page = client.get(incident.get_absolute_url()).content.decode()
        assert '<span class="tag">主要负责人发声</span>' in page and "尚未发声" not in page
        assert "已超过" not in page

        clock.move_to(START + timedelta(hours=26))  # 09:30 the next day: 24 h and a half later
        client.force_login(coordinator)  # the office session has timed out meanwhile
        page = client.get(incident.get_absolute_url()).content.decode()
        assert "已超过24小时未发布" in page and "24小时前" in page
        data = api_client(coordinator).get(f"/api/incidents/{incident.pk}/").json()
        assert data["follow_up"]["due"] is True and data["follow_up"]["head_spoke"] is True
        assert data["releases"][0]["by_head"] is True

        incident_close(incident=incident, actor=coordinator, reason="处置完毕")
        page = client.get(incident.get_absolute_url()).content.decode()
        assert "持续发布" in page and "已超过24小时未发布" not in page


@pytest.mark.django_db
def test_an_ordinary_matter_has_no_continuing_release_panel(client, coordinator, org_tree):
    with time_machine.travel(START + timedelta(hours=2), tick=False):
        incident = record(
            org=org_tree["commission"],
            actor=coordinator,
            started_at=START,
            kind=IncidentKind.PUBLIC_CONCERN,
            severity=Severity.OTHER,
        )
        client.force_login(coordinator)
        page = client.get(incident.get_absolute_url()).content.decode()
        assert "持续发布" not in page
        assert (
            api_client(coordinator).get(f"/api/incidents/{incident.pk}/").json()["follow_up"]
            is None
        )


@pytest.mark.django_db
def test_the_office_is_reminded_once_for_each_gap_past_its_interval(
    coordinator, supervisor, editor, org_tree
):
    def prompts(user):
        return [
            n.title
            for n in Notification.objects.filter(user=user).order_by("pk")
            if "未发布信息" in n.title
        ]

    def press(hours):
        with time_machine.travel(START + timedelta(hours=hours), tick=False):
            press_conference_record(
                incident=incident, actor=coordinator, held_at=START + timedelta(hours=hours),
                place="市政府新闻发布厅",
            )  # fmt: skip

    with time_machine.travel(START + timedelta(minutes=10), tick=False):
        incident = record(org=org_tree["commission"], actor=coordinator, started_at=START)
    press(1)
    incident_reminders_send(now=START + timedelta(hours=25))
    assert prompts(coordinator) == []  # 24 hours exactly: not yet past the interval
    incident_reminders_send(now=START + timedelta(hours=25, minutes=5))
    incident_reminders_send(now=START + timedelta(hours=26))
    expected = "“某县中学学生疑似食物中毒事件”已超过24小时未发布信息，请根据工作进展发布最新情况"
    assert prompts(coordinator) == [expected]
    assert prompts(supervisor) == [expected] and prompts(editor) == []
    assert "逾期" not in expected  # the interval is the office's, not the law's

    press(30)  # a new release starts a new gap
    incident_reminders_send(now=START + timedelta(hours=40))
    assert len(prompts(coordinator)) == 1
    incident_reminders_send(now=START + timedelta(hours=54, minutes=5))
    assert len(prompts(coordinator)) == 2

    with time_machine.travel(START + timedelta(hours=60), tick=False):
        incident_close(incident=incident, actor=coordinator, reason="处置完毕")
    incident_reminders_send(now=START + timedelta(hours=100))
    assert len(prompts(coordinator)) == 2


@pytest.mark.django_db
def test_an_ordinary_emergency_is_not_prompted_to_go_on_releasing(coordinator, org_tree):
    with time_machine.travel(START + timedelta(minutes=10), tick=False):
        incident = record(
            org=org_tree["commission"], actor=coordinator, started_at=START,
            severity=Severity.OTHER,
        )  # fmt: skip
    with time_machine.travel(START + timedelta(hours=1), tick=False):
        press_conference_record(
            incident=incident, actor=coordinator, held_at=START + timedelta(hours=1),
            place="市政府新闻发布厅",
        )  # fmt: skip
    incident_reminders_send(now=START + timedelta(hours=30))
    assert not Notification.objects.filter(title__contains="未发布信息").exists()
