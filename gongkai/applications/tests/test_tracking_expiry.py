"""A private tracking link stops working a set time after the case is closed; logs never
hold the token."""

import datetime
import logging

import pytest
import time_machine
from django.utils import timezone

from gongkai.applications.models import Application
from gongkai.applications.services import application_answer, application_start
from gongkai.applications.services.replies import application_close
from gongkai.applications.states import ReplyType

from .test_public import _post, form_data  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db


def _closed_case(client, form_data, coordinator):  # noqa: F811
    _post(client, form_data)
    app = Application.objects.get()
    application_start(app=app, actor=coordinator)
    application_answer(
        app=app, actor=coordinator, reply_type=ReplyType.R_DISCLOSE, decision="予以公开。"
    )
    return application_close(app=app, actor=coordinator, reason="已答复，归档。")


def _later(days: int):
    return time_machine.travel(timezone.now() + datetime.timedelta(days=days), tick=False)


def test_the_link_works_until_the_set_time_after_closing_then_says_it_expired(
    client,
    form_data,  # noqa: F811
    coordinator,
):
    app = _closed_case(client, form_data, coordinator)
    links = [
        f"/apply/track/{app.access_token}/",
        f"/apply/received/{app.access_token}/",
        f"/apply/track/{app.access_token}/letter.pdf",
    ]
    with _later(179):
        assert [client.get(link).status_code for link in links] == [200, 200, 200]
    with _later(181):
        responses = [client.get(link) for link in links]
    assert [r.status_code for r in responses] == [410, 410, 410]
    page = responses[0].content.decode()
    assert "链接已失效" in page and app.number in page and "云南省卫生和计划生育委员会" in page
    assert "政府信息公开工作机构" in page
    assert "予以公开" not in page and "测试申请人" not in page  # nothing of the case itself


def test_the_time_comes_from_the_settings_and_open_cases_never_expire(
    client,
    form_data,  # noqa: F811
    coordinator,
    settings,
):
    settings.GONGKAI_TRACKING_DAYS_AFTER_CLOSE = 30
    app = _closed_case(client, form_data, coordinator)
    with _later(31):
        assert client.get(f"/apply/track/{app.access_token}/").status_code == 410
    form_data = {**form_data, "submission_key": "key-0002"}
    _post(client, form_data)
    still_open = Application.objects.exclude(pk=app.pk).get()
    with _later(3650):
        assert client.get(f"/apply/track/{still_open.access_token}/").status_code == 200


def test_the_token_is_redacted_from_every_log_record(client):
    handlers = [
        h
        for h in logging.getLogger().handlers
        if any(type(f).__name__ == "RedactPrivateLinks" for f in h.filters)
    ]
    assert handlers, "the configured handler carries the filter"
    token = "Zt4hQp2vX9kLmN0aBcDeFgHiJkLmNoPqRsTuVwXyZ01"
    record = logging.LogRecord(
        "django.request",
        logging.WARNING,
        __file__,
        1,
        "Not Found: %s",
        (f"/apply/track/{token}/letter.pdf",),
        None,
    )
    assert handlers[0].filter(record)
    assert token not in record.getMessage()
    assert record.getMessage() == "Not Found: /apply/track/[redacted]/letter.pdf"
    server = logging.LogRecord(
        "django.server", logging.INFO, __file__, 1, '"%s" %s %s',
        (f"GET /participate/messages/track/{token}/ HTTP/1.1", "200", "512"), None,
    )  # fmt: skip
    handlers[0].filter(server)
    assert token not in server.getMessage()


def test_the_expired_page_gives_the_office_contact_from_the_published_guide(
    client,
    form_data,  # noqa: F811
    coordinator,
):
    from gongkai.portal.tests.factories import publish_guide
    from gongkai.portal.tests.test_guide import FIELDS

    app = _closed_case(client, form_data, coordinator)
    publish_guide(
        org=app.org,
        actor=coordinator,
        fields={**FIELDS, "effective_from": datetime.date(2024, 1, 1)},
    )
    with _later(181):
        page = client.get(f"/apply/track/{app.access_token}/").content.decode()
    for text in ("工作机构", "省卫生计生委办公室", "办公地址", "昆明市西园路1号", "0871-67195100"):
        assert text in page
    assert f'href="/guide/{app.org.pk}/"' in page
