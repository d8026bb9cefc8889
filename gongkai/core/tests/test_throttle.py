"""A flood of public submissions from one address is refused, with a page that says why."""

import pytest
from django.core.cache import cache
from django.test import override_settings

from gongkai.participation.models import Message

pytestmark = pytest.mark.django_db


@pytest.fixture
def limited():
    cache.clear()
    with override_settings(RATELIMIT_ENABLE=True, GONGKAI_PUBLIC_POST_RATE="2/h"):
        yield
    cache.clear()


def _message(org, key: str) -> dict:
    return {"org": org.pk, "subject": "咨询医保报销", "content": "如何报销？", "name": "张三",
            "phone": "13800000000", "submission_key": key}  # fmt: skip


def test_the_third_message_within_the_hour_is_refused_and_not_stored(client, org_tree, limited):
    for key in ("first", "second"):
        response = client.post("/participate/messages/write/", _message(org_tree["civil"], key))
        assert response.status_code == 302
    refused = client.post("/participate/messages/write/", _message(org_tree["civil"], "third"))
    assert refused.status_code == 429
    page = refused.content.decode()
    assert "提交过于频繁" in page and "/guide/" in page
    # What they wrote comes back to be copied; their identity does not.
    assert "您填写的内容" in page and "如何报销？" in page and "咨询医保报销" in page
    assert "13800000000" not in page and "张三" not in page
    assert Message.objects.count() == 2
    assert client.get("/participate/messages/write/").status_code == 200  # reading stays open
    # Another address, and another form from this one, are counted apart.
    other = client.post(
        "/participate/messages/write/",
        _message(org_tree["civil"], "fourth"),
        REMOTE_ADDR="203.0.113.9",
    )
    assert other.status_code == 302
    assert client.post("/apply/form/", {}).status_code == 200  # the request form: its own count
