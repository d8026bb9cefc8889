"""The production job queue: the same task code goes through Redis and runs on a worker."""

import os

import pytest
from django.core import mail
from huey import RedisHuey
from huey.contrib.djhuey import HUEY

from gongkai.core.tasks import email_notification

pytestmark = pytest.mark.skipif(
    not os.environ.get("REDIS_URL") or not isinstance(HUEY, RedisHuey),
    reason="REDIS_URL not set (make test sets it for the PostgreSQL run)",
)


@pytest.mark.django_db(transaction=True)  # the worker closes and reopens connections
def test_notification_email_job_round_trips_through_redis(coordinator):
    HUEY.immediate = False  # tests run jobs in-process; here the real Redis queue is used
    try:
        HUEY.flush()
        email_notification([coordinator.pk], "测试", "正文", "/office/")
        assert len(HUEY) == 1
        assert mail.outbox == []  # queued, not yet run
        HUEY.execute(HUEY.dequeue())  # what a worker does
        assert len(HUEY) == 0
    finally:
        HUEY.flush()
        HUEY.immediate = True
    assert mail.outbox[0].to == ["coordinator@example.gov.cn"]
    assert mail.outbox[0].subject.endswith("测试")
