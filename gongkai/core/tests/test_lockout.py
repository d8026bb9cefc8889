"""Repeated failed sign-ins lock the account for that address, then the address (axes)."""

import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from gongkai.core.models import AuditEntry

pytestmark = pytest.mark.django_db
LOGIN = "/office/login/"
HERE, ELSEWHERE = "203.0.113.7", "198.51.100.9"


def _try(client, username, password, address=HERE, url=LOGIN, **headers):
    return client.post(
        url, {"username": username, "password": password}, REMOTE_ADDR=address, **headers
    )


def _signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_forty_wrong_passwords_then_the_right_one_does_not_get_in(client, coordinator):
    for _ in range(40):
        _try(client, "coordinator", "guess")
    response = _try(client, "coordinator", "pw-coordinator")
    assert response.status_code == 429
    page = response.content.decode()
    assert "登录已暂停" in page and "30分钟" in page and "政务公开工作机构" in page
    assert not _signed_in(client)


def test_the_lock_starts_at_the_fifth_failure_and_a_success_before_it_clears_the_count(
    client, coordinator
):
    for _ in range(4):
        assert _try(client, "coordinator", "guess").status_code == 200
    assert _try(client, "coordinator", "pw-coordinator").status_code == 302
    client.logout()
    for _ in range(4):  # counted afresh after the success
        _try(client, "coordinator", "guess")
    assert _try(client, "coordinator", "guess").status_code == 429
    assert _try(client, "coordinator", "pw-coordinator").status_code == 429


def test_the_admin_sign_in_is_locked_too(client):
    get_user_model().objects.create_superuser("root", "root@example.gov.cn", "pw-root-admin")
    for _ in range(5):
        _try(client, "root", "guess", url="/admin/login/")
    response = _try(client, "root", "pw-root-admin", url="/admin/login/")
    assert response.status_code == 429
    assert not _signed_in(client)


def test_the_account_stays_open_from_another_address(client, coordinator):
    for _ in range(5):
        _try(client, "coordinator", "guess")
    assert _try(client, "coordinator", "pw-coordinator", address=ELSEWHERE).status_code == 302


def test_an_address_guessing_many_accounts_is_locked_for_all(client, coordinator, settings):
    settings.GONGKAI_LOGIN_ADDRESS_FAILURE_LIMIT = 12
    for n in range(12):  # never more than 4 per name: only the address limit can stop this
        _try(client, f"user{n % 3}", "guess")
    assert _try(client, "coordinator", "pw-coordinator").status_code == 429
    assert _try(client, "coordinator", "pw-coordinator", address=ELSEWHERE).status_code == 302


def test_a_lock_is_audited_once_and_shown_to_the_coordinator(client, coordinator):
    for _ in range(8):
        _try(client, "coordinator", "guess")
    entries = AuditEntry.objects.filter(action="user.locked_out")
    assert entries.count() == 1
    entry = entries.get()
    assert entry.after["username"] == "coordinator" and entry.after["client_ip"] == HERE
    client.force_login(coordinator)
    assert "登录失败次数过多被锁定" in client.get("/office/audit/").content.decode()


def test_the_lock_ends_after_the_cool_off(client, coordinator):
    for _ in range(5):
        _try(client, "coordinator", "guess")
    assert _try(client, "coordinator", "pw-coordinator").status_code == 429
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=31), tick=False):
        assert _try(client, "coordinator", "pw-coordinator").status_code == 302


def test_an_administrator_unlocks_with_the_reset_command(client, coordinator):
    for _ in range(5):
        _try(client, "coordinator", "guess")
    call_command("axes_reset_username", "coordinator", verbosity=0)
    assert _try(client, "coordinator", "pw-coordinator").status_code == 302


def test_behind_a_proxy_the_clients_header_is_the_address(client, coordinator, settings):
    settings.GONGKAI_CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    proxy = "127.0.0.1"
    for _ in range(5):
        _try(client, "coordinator", "guess", address=proxy, HTTP_X_REAL_IP=HERE)
    assert (
        _try(
            client, "coordinator", "pw-coordinator", address=proxy, HTTP_X_REAL_IP=HERE
        ).status_code
        == 429
    )
    other = _try(client, "coordinator", "pw-coordinator", address=proxy, HTTP_X_REAL_IP=ELSEWHERE)
    assert other.status_code == 302


def test_a_malformed_client_header_counts_against_the_proxy(client, coordinator, settings):
    settings.GONGKAI_CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    for value in ("", "not-an-address", "1.2.3.4.5", "<script>"):
        for _ in range(2):
            assert _try(client, "coordinator", "guess", HTTP_X_REAL_IP=value).status_code in (
                200,
                429,
            )
    # eight failures from the proxy's own address (HERE): locked there
    assert _try(client, "coordinator", "pw-coordinator").status_code == 429
