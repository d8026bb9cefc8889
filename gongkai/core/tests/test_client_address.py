"""The client's address behind a proxy: taken from the configured header when it holds one,
else the proxy's own; the same for rate limits and the audit log, never a server error."""

import pytest
import redis
from django.conf import settings
from django.core.cache import cache
from django.test import RequestFactory, override_settings

from gongkai.core.client import client_address
from gongkai.core.models import AuditEntry
from gongkai.participation.models import Message

PROXY = "10.0.0.5"
HEADER = "HTTP_X_FORWARDED_FOR"


def _address(value=None, *, header=HEADER, remote=PROXY):
    meta = {"REMOTE_ADDR": remote}
    if value is not None:
        meta[HEADER] = value
    with override_settings(GONGKAI_CLIENT_IP_HEADER=header):
        return client_address(RequestFactory().get("/", **meta))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("203.0.113.9", "203.0.113.9"),
        (" 203.0.113.9 ", "203.0.113.9"),
        ("203.0.113.9, 198.51.100.7", "198.51.100.7"),  # the nearest proxy's entry
        ("unknown, 198.51.100.7", "198.51.100.7"),
        ("127.0.0.1, 198.51.100.7", "198.51.100.7"),  # a sender claiming loopback
        ("198.51.100.7, unknown", PROXY),  # never an earlier entry the sender wrote
        ("203.0.113.9:51234", "203.0.113.9"),
        ("[2001:db8::1]:443", "2001:db8::1"),
        ("2001:db8::1", "2001:db8::1"),
        (None, PROXY),
        ("", PROXY),
        ("unknown", PROXY),
        ("<script>", PROXY),
        ("999.1.1.1", PROXY),
        (",,,", PROXY),
    ],
)
def test_a_header_is_taken_only_when_it_holds_an_address(value, expected):
    assert _address(value) == expected


def test_without_a_configured_header_the_header_is_ignored():
    assert _address("203.0.113.9", header=None) == PROXY


def test_without_any_address_there_is_none():
    assert _address("unknown", remote="") is None


@pytest.fixture
def limited():
    cache.clear()
    with override_settings(
        RATELIMIT_ENABLE=True, GONGKAI_PUBLIC_POST_RATE="2/h", GONGKAI_CLIENT_IP_HEADER=HEADER
    ):
        yield
    cache.clear()


def _message(org, key: str) -> dict:
    return {"org": org.pk, "subject": "咨询医保报销", "content": "如何报销？", "name": "张三",
            "phone": "13800000000", "submission_key": key}  # fmt: skip


@pytest.mark.django_db
def test_garbled_headers_count_as_the_proxy_and_never_fail(client, org_tree, limited):
    civil = org_tree["civil"]
    statuses = [
        client.post(
            "/participate/messages/write/",
            _message(civil, f"k{n}"),
            REMOTE_ADDR=PROXY,
            **({} if value is None else {HEADER: value}),
        ).status_code
        for n, value in enumerate([None, "", "unknown", "garbage, also garbage"])
    ]
    # One bucket, the proxy's: two stored, then refused with the page that says why.
    assert statuses == [302, 302, 429, 429]
    assert Message.objects.count() == 2
    # A real client behind the same proxy has its own count.
    other = client.post(
        "/participate/messages/write/",
        _message(civil, "real"),
        REMOTE_ADDR=PROXY,
        **{HEADER: "198.51.100.1, 203.0.113.9"},  # the proxy appends the client it saw
    )
    assert other.status_code == 302


@pytest.mark.django_db
def test_the_audit_log_records_the_address_the_rate_limit_counts(client, coordinator, org_tree):
    client.force_login(coordinator)
    with override_settings(GONGKAI_CLIENT_IP_HEADER=HEADER):
        client.post(
            f"/office/orgs/{org_tree['commission'].pk}/",
            {"alias": "省卫健委"},
            REMOTE_ADDR=PROXY,
            **{HEADER: "unknown, 203.0.113.9"},
        )
    entry = AuditEntry.objects.get(action="org.alias_add", actor=coordinator)
    assert entry.client_ip == "203.0.113.9"


@pytest.mark.skipif(not settings.REDIS_URL, reason="needs Redis (REDIS_URL), as in production")
@pytest.mark.django_db
def test_the_count_lives_in_redis_where_every_worker_reads_it(client, org_tree, limited):
    civil = org_tree["civil"]
    for key in ("a", "b"):
        assert client.post("/participate/messages/write/", _message(civil, key)).status_code == 302
    assert client.post("/participate/messages/write/", _message(civil, "c")).status_code == 429
    # What another worker or host sees is what Redis holds: wipe it there and the limit is gone.
    server = redis.Redis.from_url(settings.REDIS_URL)
    counts = server.keys("*rl:*")
    assert counts
    server.delete(*counts)
    assert client.post("/participate/messages/write/", _message(civil, "d")).status_code == 302
