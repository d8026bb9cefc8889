"""Back-office pages: record an incident, its clocks and countdown, who sees and does what."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from gongkai.incidents.models import Incident
from gongkai.incidents.services import incident_close
from gongkai.incidents.states import IncidentKind, IncidentStatus, Severity
from gongkai.publishing.tests.factories import make_item

from .factories import record

BJ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 31, 23, 0, tzinfo=BJ)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def clock():
    """Every test runs at 23:00 on 31 December in Beijing; ``clock.shift`` moves time on."""
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def running(coordinator, org_tree):
    return record(
        org=org_tree["commission"], actor=coordinator, started_at=NOW - timedelta(hours=1)
    )


def test_the_coordinator_records_an_incident_with_its_start_in_beijing_time(
    client, coordinator, org_tree
):
    client.force_login(coordinator)
    response = client.post(
        reverse("incidents:create"),
        {
            "org": org_tree["commission"].pk,
            "title": "某地山体滑坡",
            "kind": IncidentKind.EMERGENCY,
            "severity": Severity.EXTRAORDINARY,
            "started_at": "2026-12-31T21:30",
            "description": "",
        },
    )
    incident = Incident.objects.get()
    assert response.status_code == 302
    assert incident.started_at == datetime(2026, 12, 31, 13, 30, tzinfo=ZoneInfo("UTC"))
    page = client.get(response["Location"]).content.decode()
    # 5 hours from 21:30: due at 02:30 on New Year's day, 3:30 left at 23:00
    assert "2027-01-01 02:30" in page
    assert "剩余3:30" in page
    assert f'hx-get="{reverse("incidents:clocks", args=[incident.pk])}"' in page


def test_a_start_in_the_future_is_refused_on_the_form(client, coordinator, org_tree):
    client.force_login(coordinator)
    response = client.post(
        reverse("incidents:create"),
        {
            "org": org_tree["commission"].pk,
            "title": "某地山体滑坡",
            "kind": IncidentKind.PUBLIC_CONCERN,
            "severity": Severity.OTHER,
            "started_at": "2026-12-31T23:30",
        },
    )
    assert "时间不能晚于当前时间" in response.content.decode()
    assert not Incident.objects.exists()


def test_the_polled_clocks_turn_red_once_five_hours_have_passed(
    client, coordinator, running, clock
):
    client.force_login(coordinator)
    url = reverse("incidents:clocks", args=[running.pk])
    clock.shift(timedelta(hours=4, minutes=1))
    html = client.get(url).content.decode()
    assert "已超时0:01" in html and "clock-overdue error" in html


def test_the_dashboard_shows_the_countdown_polled_without_reload(
    client, coordinator, running, clock
):
    client.force_login(coordinator)
    clock.shift(timedelta(minutes=30))
    page = client.get(reverse("core:dashboard")).content.decode()
    assert "突发事件和舆情回应计时" in page
    assert running.title in page and "剩余3:30" in page
    assert f'hx-get="{reverse("incidents:running_clocks")}"' in page


def test_running_incidents_come_first_in_the_list(client, coordinator, org_tree, running):
    later = record(
        org=org_tree["commission"], actor=coordinator, title="较新的已结束事件", started_at=NOW
    )
    incident_close(incident=later, actor=coordinator, reason="处置完毕")
    client.force_login(coordinator)
    page = client.get(reverse("incidents:list")).content.decode()
    assert page.index(running.title) < page.index("较新的已结束事件")


def test_a_unit_editor_and_another_region_do_not_see_the_commissions_incident(
    client, editor, city_coordinator, running
):
    for user in (editor, city_coordinator):
        client.force_login(user)
        assert client.get(reverse("incidents:detail", args=[running.pk])).status_code == 404
        assert client.get(reverse("incidents:clocks", args=[running.pk])).status_code == 404
        assert running.title not in client.get(reverse("incidents:list")).content.decode()


def test_the_supervisor_watches_but_cannot_close(client, supervisor, running):
    client.force_login(supervisor)
    page = client.get(reverse("incidents:detail", args=[running.pk])).content.decode()
    assert running.title in page and "结束事件" not in page
    client.post(reverse("incidents:close", args=[running.pk]), {"reason": "处置完毕"})
    running.refresh_from_db()
    assert running.status == IncidentStatus.OPEN


def test_linking_an_item_from_the_page(client, coordinator, org_tree, running):
    item = make_item(org=org_tree["office"], actor=coordinator, title="关于山体滑坡的情况通报")
    client.force_login(coordinator)
    response = client.post(
        reverse("incidents:link", args=[running.pk]), {"item": item.pk, "kind": "authoritative"}
    )
    assert response.status_code == 302
    page = client.get(reverse("incidents:detail", args=[running.pk])).content.decode()
    assert "关于山体滑坡的情况通报" in page and "尚未发布" in page


def test_the_nav_entry_is_for_coordinators_editors_and_supervisors(client, reviewer, editor):
    client.force_login(reviewer)
    assert "突发事件与舆情回应" not in client.get(reverse("core:dashboard")).content.decode()
    client.force_login(editor)
    assert "突发事件与舆情回应" in client.get(reverse("core:dashboard")).content.decode()


def test_the_list_reads_clocks_without_a_query_per_incident(client, coordinator, org_tree):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from gongkai.incidents.services import press_conference_record

    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(reverse("incidents:list")).status_code == 200
        return len(ctx.captured_queries)

    client.force_login(coordinator)
    record(org=org_tree["commission"], actor=coordinator, started_at=NOW)
    count()  # the first request of a session writes it
    one = count()
    for n in range(3):
        incident = record(
            org=org_tree["commission"], actor=coordinator, title=f"事件{n}", started_at=NOW
        )
        press_conference_record(incident=incident, actor=coordinator, held_at=NOW, place="发布厅")
    assert count() == one


def test_a_poll_after_signing_out_stops_polling_instead_of_showing_the_sign_in_page(
    client, running
):
    response = client.get(reverse("incidents:clocks", args=[running.pk]))
    assert response.status_code == 286 and response.content == b""
    assert client.get(reverse("incidents:running_clocks")).status_code == 286


def test_the_coordinator_closes_then_reopens_from_the_page(client, coordinator, running):
    client.force_login(coordinator)
    url = reverse("incidents:detail", args=[running.pk])
    assert (
        client.post(reverse("incidents:close", args=[running.pk]), {"reason": ""}).status_code
        == 400
    )
    client.post(reverse("incidents:close", args=[running.pk]), {"reason": "处置完毕"})
    running.refresh_from_db()
    assert running.status == IncidentStatus.CLOSED
    page = client.get(url).content.decode()
    assert "重新开启事件" in page and "hx-get" not in page  # closed: the clocks stop polling
    client.post(reverse("incidents:reopen", args=[running.pk]), {"reason": "舆情再次升温"})
    running.refresh_from_db()
    assert running.status == IncidentStatus.OPEN
