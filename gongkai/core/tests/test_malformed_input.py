"""Malformed input gets a clear HTTP 400 (or 404 for an id that names nothing), never a 500."""

import pytest

from gongkai.core.models import Notification

pytestmark = pytest.mark.django_db

YEAR_MESSAGE = "请填写1900年至2100年之间的年份。"


@pytest.mark.parametrize("year", ["10000", "0", "-1", "²", "2025x"])
def test_the_public_items_api_refuses_a_year_it_cannot_use(client, year):
    response = client.get("/api/info/items/", {"year": year})
    assert response.status_code == 400
    assert response.json()["detail"] == YEAR_MESSAGE


def test_the_public_items_api_still_filters_by_a_real_year(client):
    response = client.get("/api/info/items/", {"year": "2025"})
    assert response.status_code == 200


@pytest.mark.parametrize("year", ["0", "10000", "abc"])
def test_the_statistics_page_refuses_a_year_it_cannot_use(client, coordinator, year):
    client.force_login(coordinator)
    response = client.get("/office/applications/statistics/", {"year": year})
    assert response.status_code == 400
    assert YEAR_MESSAGE in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"start": "9999-12-31", "days": "400"},
        {"start": "0001-01-01", "days": "-400"},
        {"start": "2025-13-40", "days": "1"},
        {"start": "2025-01-01", "days": "401"},
        {"start": "2025-01-01", "days": "NaN"},
        {},
    ],
)
def test_working_day_arithmetic_refuses_dates_and_counts_out_of_range(client, coordinator, query):
    client.force_login(coordinator)
    response = client.get("/api/calendar/add/", query)
    assert response.status_code == 400


def test_a_date_out_of_range_is_named_in_chinese(client, coordinator):
    client.force_login(coordinator)
    response = client.get("/api/calendar/between/", {"start": "0001-01-01", "end": "2025-01-01"})
    assert response.status_code == 400
    assert response.json() == {"start": ["请填写1900-01-01至2100-12-31之间的日期。"]}


@pytest.mark.parametrize("pk", ["NaN", "1e3", "-1", "²", "99999999999999999999"])
def test_a_notification_id_that_is_not_a_number_is_not_found(client, coordinator, pk):
    client.force_login(coordinator)
    assert client.post(f"/api/notifications/{pk}/read/").status_code == 404


def test_a_real_notification_is_still_marked_read(client, coordinator):
    note = Notification.objects.create(user=coordinator, title="任务即将到期")
    client.force_login(coordinator)
    assert client.post(f"/api/notifications/{note.pk}/read/").status_code == 200
    note.refresh_from_db()
    assert note.read_at is not None


def test_another_users_notification_is_not_found_and_stays_unread(client, coordinator, editor):
    note = Notification.objects.create(user=editor, title="任务即将到期")
    client.force_login(coordinator)
    assert client.post(f"/api/notifications/{note.pk}/read/").status_code == 404
    note.refresh_from_db()
    assert note.read_at is None


@pytest.mark.parametrize("org", ["²", "99999999999999999999"])
def test_public_forms_ignore_an_agency_id_that_is_not_one(client, org):
    assert client.get("/apply/form/", {"org": org}).status_code == 200
    assert client.get("/participate/messages/write/", {"org": org}).status_code == 200


@pytest.mark.parametrize(
    "path", ["/browse/", "/search/", "/rules/", "/statutory/", "/annual-reports/"]
)
def test_public_pages_ignore_filters_that_are_not_numbers(client, path):
    response = client.get(path, {"org": "²", "theme": "١٢", "year": "²", "page": "²"})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "path", ["/apply/form/", "/apply/track/", "/participate/messages/write/", "/office/login/"]
)
def test_an_empty_post_to_a_public_form_shows_the_form_again(client, path):
    assert client.post(path, {}).status_code == 200


@pytest.mark.parametrize(
    "path", ["/api/publishing/items/", "/api/progress-reports/", "/api/publishing/items/1/submit/"]
)
def test_an_empty_post_to_the_api_is_refused_or_not_found(client, coordinator, path):
    client.force_login(coordinator)
    assert client.post(path, {}).status_code in {400, 404}


@pytest.mark.parametrize(
    ("since", "message"),
    [
        ("9999-99-99", "请按“年-月-日”填写日期，如2025-03-01。"),
        ("2025-02-30", "请按“年-月-日”填写日期，如2025-03-01。"),
        ("yesterday", "请按“年-月-日”填写日期，如2025-03-01。"),
        ("0001-01-01", "请填写1900-01-01至2100-12-31之间的日期。"),
    ],
)
def test_the_audit_log_refuses_a_date_that_is_not_one(client, coordinator, since, message):
    client.force_login(coordinator)
    response = client.get("/office/audit/", {"since": since})
    assert response.status_code == 400
    assert message in response.content.decode()


def test_the_audit_log_still_filters_by_a_real_date(client, coordinator):
    client.force_login(coordinator)
    assert client.get("/office/audit/", {"since": "2025-03-01"}).status_code == 200
