"""The demo's published password signs in only from the server itself."""

import pytest
from django.test import override_settings

from gongkai.core.client import client_address
from gongkai.core.demo import DEMO_PASSWORD
from gongkai.core.demo_password import is_loopback

REFUSED = "演示账户的密码已公开"


@pytest.fixture
def demo_user(coordinator):
    coordinator.set_password(DEMO_PASSWORD)
    coordinator.is_staff = True
    coordinator.is_superuser = True
    coordinator.save()
    return coordinator


def sign_in(client, path, address, **headers):
    data = {"username": "coordinator", "password": DEMO_PASSWORD}
    return client.post(path, data, REMOTE_ADDR=address, **headers)


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/office/login/", "/admin/login/"])
def test_the_published_password_is_refused_from_another_address(client, demo_user, path):
    response = sign_in(client, path, "203.0.113.7")
    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
@pytest.mark.parametrize("address", ["127.0.0.1", "::1"])
def test_the_published_password_works_on_loopback(client, demo_user, address):
    response = sign_in(client, "/office/login/", address)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(demo_user.pk)


@pytest.mark.django_db
def test_a_changed_password_works_from_anywhere(client, coordinator):
    data = {"username": "coordinator", "password": "pw-coordinator"}
    response = client.post("/office/login/", data, REMOTE_ADDR="203.0.113.7")
    assert response.status_code == 302


@pytest.mark.django_db
@override_settings(GONGKAI_CLIENT_IP_HEADER="HTTP_X_REAL_IP")
def test_behind_a_proxy_the_clients_address_counts_not_the_proxys(client, demo_user):
    response = sign_in(client, "/office/login/", "127.0.0.1", HTTP_X_REAL_IP="203.0.113.7")
    assert REFUSED in response.content.decode()
    response = sign_in(client, "/office/login/", "127.0.0.1", HTTP_X_REAL_IP="127.0.0.1")
    assert response.status_code == 302


def test_client_address_and_loopback(rf):
    with override_settings(GONGKAI_CLIENT_IP_HEADER="HTTP_X_FORWARDED_FOR"):
        request = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 5.6.7.8")
        assert client_address(request) == "5.6.7.8"  # the entry the nearest proxy added
        request = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="garbage")
        assert client_address(request) == "10.0.0.2"
    assert is_loopback("127.0.0.5") and is_loopback("::1") and is_loopback("::ffff:127.0.0.1")
    assert not is_loopback("10.0.0.2") and not is_loopback("")
