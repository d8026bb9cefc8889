"""The back-office shell: sign-in, roles, the audit log page, the API schema."""

import pytest
from rest_framework.authtoken.models import Token

from gongkai.core.audit import audit_record


@pytest.mark.django_db
def test_wrong_password_says_so_in_chinese(client, coordinator):
    response = client.post("/office/login/", {"username": "coordinator", "password": "nope"})
    assert response.status_code == 200
    assert "用户名或密码错误" in response.content.decode()


@pytest.mark.django_db
def test_login_leads_to_the_dashboard_with_the_users_roles(client, coordinator):
    response = client.post(
        "/office/login/", {"username": "coordinator", "password": "pw-coordinator"}, follow=True
    )
    page = response.content.decode()
    assert "工作台" in page
    assert "云南省卫生和计划生育委员会" in page
    assert "公开办" in page


@pytest.mark.django_db
def test_staff_pages_need_sign_in(client):
    response = client.get("/office/")
    assert response.status_code == 302
    assert response["Location"].startswith("/office/login/")


@pytest.mark.django_db
def test_only_coordinators_open_the_audit_log(client, coordinator, editor, org_tree):
    from gongkai.core.audit_labels import register_audit_labels

    register_audit_labels(
        "demo", actions={"demo.visible": "示例操作甲", "demo.foreign": "示例操作乙"}
    )
    audit_record(actor=coordinator, obj=org_tree["office"], action="demo.visible")
    audit_record(actor=None, obj=org_tree["civil"], action="demo.foreign")
    client.force_login(editor)
    assert client.get("/office/audit/").status_code == 403
    client.force_login(coordinator)
    page = client.get("/office/audit/").content.decode()
    assert "示例操作甲" in page.split("<tbody>")[1]  # named in Chinese, never by its code
    assert "demo.visible" not in page.split("<tbody>")[1]
    assert "示例操作乙" not in page.split("<tbody>")[1]  # another city's records stay hidden
    filtered = client.get("/office/audit/?action=nothing-like-this").content.decode()
    assert "示例操作甲" not in filtered.split("<tbody>")[1]


@pytest.mark.django_db
def test_dashboard_warns_coordinator_when_next_years_calendar_is_missing(
    client, coordinator, settings
):
    import time_machine

    with time_machine.travel("2026-11-22 10:00 +0800", tick=False):
        client.force_login(coordinator)
        page = client.get("/office/").content.decode()
    assert "缺少该年度节假日安排" in page
    assert "2027" in page
    assert 'href="/office/calendar/load/"' in page


@pytest.mark.django_db
def test_a_unit_editor_is_not_asked_to_load_the_calendar(client, editor):
    import time_machine

    with time_machine.travel("2026-11-22 10:00 +0800", tick=False):
        client.force_login(editor)
        page = client.get("/office/").content.decode()
    assert "缺少该年度节假日安排" not in page


@pytest.mark.django_db
def test_api_schema_and_docs_are_for_signed_in_users_only(client, coordinator):
    anonymous = client.get("/api/schema/?format=json")
    assert anonymous.status_code == 401
    assert "/api/audit/" not in anonymous.content.decode()
    docs = client.get("/api/docs/")
    assert docs.status_code == 302 and docs["Location"].startswith("/office/login/")
    client.force_login(coordinator)
    assert client.get("/api/docs/").status_code == 200
    token = Token.objects.create(user=coordinator)
    client.logout()
    by_token = client.get("/api/schema/?format=json", HTTP_AUTHORIZATION=f"Token {token.key}")
    assert "/api/audit/" in by_token.json()["paths"]


@pytest.mark.django_db
def test_the_api_page_cites_the_law_not_our_rule_ids(client, coordinator):
    """/api/docs/ shows the schema's descriptions to staff: the rule IDs of our code comments
    (AR-T4, CAL-WD-1 …) must not reach it."""
    import re

    client.force_login(coordinator)
    schema = client.get("/api/schema/").content.decode()
    rule_ids = re.findall(r"\b(?:REQ|CAL|AR|PUB|PLAN|PORT|MON|PART|EMG)-[A-Z0-9]+", schema)
    assert rule_ids == []
    assert "《条例》第五十条" in schema


@pytest.mark.django_db
def test_api_schema_and_token_auth(client, coordinator):
    client.force_login(coordinator)
    schema = client.get("/api/schema/?format=json")
    assert schema.status_code == 200
    paths = schema.json()["paths"]
    assert "/api/calendar/add/" in paths and "/api/audit/" in paths
    token = Token.objects.create(user=coordinator)
    response = client.get(
        "/api/calendar/add/?start=2024-09-27&days=20", HTTP_AUTHORIZATION=f"Token {token.key}"
    )
    assert response.json()["result"] == "2024-10-30"
    missing = client.get(
        "/api/calendar/add/?start=2026-12-20&days=20", HTTP_AUTHORIZATION=f"Token {token.key}"
    )
    assert missing.status_code == 409
    assert missing.json()["code"] == "calendar_year_missing"


@pytest.mark.django_db
def test_the_audit_log_cannot_be_written_through_the_api(client, coordinator, org_tree):
    entry = audit_record(actor=coordinator, obj=org_tree["office"], action="demo.x")
    client.force_login(coordinator)
    assert client.get("/api/audit/?action=demo.x").json()["count"] == 1
    assert client.delete(f"/api/audit/{entry.pk}/").status_code == 405
    assert client.post("/api/audit/", {}).status_code == 405


@pytest.mark.django_db
def test_api_docs_are_served_locally(client, coordinator):
    client.force_login(coordinator)
    page = client.get("/api/docs/").content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/" in page
