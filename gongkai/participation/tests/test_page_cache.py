"""Public pages come from the cache, change the moment staff change what they show, and never
keep a form, a reader's own page or a state the date has moved past."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from gongkai.core.pagecache import current_generation
from gongkai.participation.models import Consultation
from gongkai.participation.services import OpinionInput, consultation_close, message_withdraw
from gongkai.participation.states import Decision

from .factories import (
    make_consultation,
    make_message,
    publish_message,
    publish_outcome,
    replied_message,
)

pytestmark = pytest.mark.django_db

LIST = "/participate/consultations/"
MESSAGES = "/participate/messages/"
SHANGHAI = ZoneInfo("Asia/Shanghai")


def _text(response) -> str:
    return response.content.decode()


def _queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


@pytest.fixture
def closed_consultation(org_tree, coordinator):
    start = date(2026, 10, 1)
    consultation = make_consultation(
        org=org_tree["commission"], actor=coordinator, starts_on=start, ends_on=date(2026, 10, 31)
    )
    with time_machine.travel(date(2026, 11, 2), tick=False):
        consultation_close(consultation=consultation, actor=coordinator)
    return consultation


@pytest.fixture
def published_message(org_tree, coordinator):
    message = replied_message(org=org_tree["commission"], actor=coordinator)
    return publish_message(message, actor=coordinator)


def test_a_second_reader_gets_the_pages_from_the_cache(
    closed_consultation, published_message, django_assert_num_queries
):
    pages = [
        LIST,
        closed_consultation.get_public_url(),
        MESSAGES,
        published_message.get_public_url(),
    ]
    for url in pages:
        first = Client().get(url)
        assert first.status_code == 200
        with django_assert_num_queries(0):
            assert Client().get(url).content == first.content, url
    # Browsers are still told not to keep a consultation's page.
    assert "no-cache" in Client().get(closed_consultation.get_public_url())["Cache-Control"]


def test_an_open_consultations_form_is_never_kept(client, org_tree, coordinator):
    today = timezone.localdate()
    consultation = make_consultation(
        org=org_tree["commission"],
        actor=coordinator,
        starts_on=today - timedelta(days=1),
        ends_on=today + timedelta(days=5),
    )
    url = consultation.get_public_url()
    first, second = Client().get(url), Client().get(url)
    assert "csrfmiddlewaretoken" in _text(first)
    key = first.context["form"].initial["submission_key"]
    assert key != second.context["form"].initial["submission_key"]  # each reader's own form
    assert key not in _text(second)
    # The reader who comments sees the thanks; the next reader does not.
    client.post(url, {"content": "建议增加夜间门诊。", "submission_key": key})
    assert "感谢您的参与，您的意见已收到。" in _text(client.get(url))
    assert "感谢您的参与" not in _text(Client().get(url))


def test_a_writers_tracking_page_is_never_kept(client, org_tree, coordinator):
    generation = current_generation()
    message = make_message(org=org_tree["commission"])
    # A message as sent is not public: it leaves the other pages' cache alone.
    assert current_generation() == generation
    track = f"/participate/messages/track/{message.access_token}/"
    assert _queries(Client(), track) > 0
    assert _queries(Client(), track) > 0
    assert "no-store" in client.get(track)["Cache-Control"]


def test_closing_a_consultation_and_publishing_its_outcome_show_at_once(
    client, org_tree, coordinator
):
    start = date(2026, 10, 1)
    consultation = make_consultation(
        org=org_tree["commission"], actor=coordinator, starts_on=start, ends_on=date(2026, 10, 31)
    )
    url = consultation.get_public_url()
    with time_machine.travel(datetime(2026, 11, 2, 9, tzinfo=SHANGHAI), tick=False):
        assert "征求意见期已结束。" in _text(client.get(url))  # kept
        # past its last day, it is told ended before the nightly job closes it
        listing = _text(client.get(LIST))  # kept
        assert "tag-closed" in listing and "tag-open" not in listing
        assert consultation.title not in _text(client.get(f"{LIST}?status=open"))
        assert consultation.title in _text(client.get(f"{LIST}?status=closed"))
        consultation_close(consultation=consultation, actor=coordinator)
        assert "tag-closed" in _text(client.get(LIST))
        assert "共收到意见" not in _text(client.get(url))
        publish_outcome(
            consultation,
            actor=coordinator,
            summary="",
            opinions=[OpinionInput("取消预约", Decision.NOT_ADOPTED, "预约可减少排队等候。")],
        )
        page = _text(client.get(url))
        assert "共收到意见0条" in page and "预约可减少排队等候。" in page


def test_a_consultation_opens_and_closes_at_midnight_whatever_was_kept(
    client, org_tree, coordinator
):
    """The comment period is by dates; the day is part of the cache's key, so a page kept on
    the evening before is not served after midnight, minutes later (well within PAGE_TIMEOUT)."""
    opens = make_consultation(org=org_tree["commission"], actor=coordinator,
                              starts_on=date(2026, 10, 2), ends_on=date(2026, 10, 20))  # fmt: skip
    with time_machine.travel(datetime(2026, 10, 1, 23, 58, tzinfo=SHANGHAI), tick=False):
        page = _text(client.get(opens.get_public_url()))
        assert "将于2026-10-02开始接受意见。" in page and "csrfmiddlewaretoken" not in page
    with time_machine.travel(datetime(2026, 10, 2, 0, 1, tzinfo=SHANGHAI), tick=False):
        assert "csrfmiddlewaretoken" in _text(client.get(opens.get_public_url()))
    # The last day: the form until midnight, then the period has ended (before the nightly
    # job closes it).
    with time_machine.travel(datetime(2026, 10, 20, 23, 58, tzinfo=SHANGHAI), tick=False):
        assert "csrfmiddlewaretoken" in _text(client.get(opens.get_public_url()))
    with time_machine.travel(datetime(2026, 10, 20, 23, 59, tzinfo=SHANGHAI), tick=False):
        assert ">正在征求意见</span>" in _text(client.get(LIST))
    with time_machine.travel(datetime(2026, 10, 21, 0, 1, tzinfo=SHANGHAI), tick=False):
        page = _text(client.get(opens.get_public_url()))
        assert "征求意见期已结束。" in page
        # the stage shown agrees with the form's box, on the page and in the list
        assert ">征集结束</span>" in page and ">正在征求意见</span>" not in page
        listed = _text(client.get(LIST))
        assert ">征集结束</span>" in listed and ">正在征求意见</span>" not in listed


def test_publishing_and_withdrawing_a_message_change_the_pages_at_once(
    client, org_tree, coordinator
):
    message = replied_message(org=org_tree["commission"], actor=coordinator)
    assert "社区门诊周末开放时间" not in _text(client.get(MESSAGES))
    publish_message(message, actor=coordinator)
    assert "社区门诊周末开放时间" in _text(client.get(MESSAGES))
    assert client.get(message.get_public_url()).status_code == 200
    message_withdraw(message=message, actor=coordinator, reason="含个人信息")
    assert "社区门诊周末开放时间" not in _text(client.get(MESSAGES))
    assert client.get(message.get_public_url()).status_code == 404


def test_writes_that_send_no_signal_change_the_pages_at_once(client, closed_consultation):
    assert closed_consultation.title in _text(client.get(LIST))
    Consultation.objects.filter(pk=closed_consultation.pk).update(title="更正后的征求意见标题")
    assert "更正后的征求意见标题" in _text(client.get(LIST))


def test_signed_in_staff_never_get_a_cached_page(client, closed_consultation, coordinator):
    url = closed_consultation.get_public_url()
    assert "工作人员登录" in _text(client.get(url))  # cached for anonymous readers
    client.force_login(coordinator)
    assert "工作人员登录" not in _text(client.get(url))


def test_a_message_the_public_sends_leaves_the_kept_pages(
    org_tree, published_message, django_assert_num_queries
):
    # a new message is not public until staff publish it: sending one must not empty the cache
    # that every reader's pages come from
    first = Client().get(MESSAGES)
    generation = current_generation()
    make_message(org=org_tree["commission"], key="k-new", subject="另一条留言")
    assert current_generation() == generation
    with django_assert_num_queries(0):
        assert Client().get(MESSAGES).content == first.content
