"""Pages and API: the public forms, the tracking link, what the public never sees, 404s."""

from datetime import date, timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from gongkai.participation.models import Comment, Consultation, Message
from gongkai.participation.services import (
    DRAFT_STAGE,
    MESSAGE_STAGE,
    OUTCOME_STAGE,
    OpinionInput,
    consultation_close,
)
from gongkai.participation.states import ConsultationStatus, Decision, MessageStatus
from gongkai.publishing.tests.factories import approve_request

from .factories import (
    add_comment,
    make_consultation,
    make_message,
    publish_message,
    publish_outcome,
    replied_message,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def open_consultation(org_tree, coordinator):
    today = timezone.localdate()
    return make_consultation(
        org=org_tree["commission"],
        actor=coordinator,
        starts_on=today - timedelta(days=3),
        ends_on=today + timedelta(days=10),
    )


def _text(response) -> str:
    return response.content.decode()


def test_the_portal_navigation_leads_to_consultations_and_the_message_box(client):
    page = _text(client.get("/"))
    assert '<a href="/participate/consultations/"' in page and "意见征集" in page
    assert '<a href="/participate/messages/"' in page and "留言信箱" in page


def test_an_empty_comment_is_refused_with_a_chinese_message(client, open_consultation):
    url = open_consultation.get_public_url()
    form = client.get(url).context["form"]
    response = client.post(url, {"content": "  ", "submission_key": form.initial["submission_key"]})
    assert response.status_code == 200
    assert "请填写您的意见。" in _text(response)
    assert not Comment.objects.exists()


def test_a_comment_sent_twice_is_stored_once(client, open_consultation):
    url = open_consultation.get_public_url()
    data = {"content": "建议增加夜间门诊。", "name": "市民甲", "contact": "13900000000",
            "submission_key": "same-form"}  # fmt: skip
    first = client.post(url, data)
    second = client.post(url, data)
    assert first.status_code == second.status_code == 302
    assert Comment.objects.count() == 1
    page = _text(client.get(url))
    assert "感谢您的参与，您的意见已收到。" in page


def test_the_public_never_sees_comments_or_commenters(client, open_consultation):
    add_comment(
        open_consultation,
        "k",
        today=timezone.localdate(),
        content="这是一条不应公开的意见原文",
        name="王小二",
        contact="13700000000",
    )
    page = _text(client.get(open_consultation.get_public_url()))
    assert open_consultation.title in page and "第一条 为规范社区卫生服务" in page
    for secret in ("这是一条不应公开的意见原文", "王小二", "13700000000"):
        assert secret not in page
    api = _text(client.get(f"/api/participation/consultations/{open_consultation.pk}/"))
    for secret in ("这是一条不应公开的意见原文", "王小二", "13700000000"):
        assert secret not in api


def test_a_draft_consultation_is_not_on_the_portal(client, org_tree, coordinator):
    draft = make_consultation(
        org=org_tree["commission"],
        actor=coordinator,
        starts_on=timezone.localdate(),
        ends_on=timezone.localdate(),
        publish=False,
        title="内部草稿",
    )
    assert client.get(draft.get_public_url()).status_code == 404
    assert "内部草稿" not in _text(client.get("/participate/consultations/"))
    assert client.get(f"/api/participation/consultations/{draft.pk}/").status_code == 404


def test_the_published_outcome_shows_the_count_and_each_decision(client, org_tree, coordinator):
    start = date(2026, 10, 1)
    consultation = make_consultation(
        org=org_tree["commission"], actor=coordinator, starts_on=start, ends_on=date(2026, 10, 31)
    )
    for n in range(3):
        add_comment(consultation, f"c{n}", today=start)
    consultation_close(consultation=consultation, actor=coordinator)
    publish_outcome(
        consultation,
        actor=coordinator,
        summary="",
        opinions=[
            OpinionInput("延长服务时间", Decision.ADOPTED),
            OpinionInput("取消预约", Decision.NOT_ADOPTED, "预约可减少排队等候。"),
        ],
    )
    page = _text(client.get(consultation.get_public_url()))
    assert "共收到意见3条" in page
    assert "采纳" in page and "未采纳" in page and "预约可减少排队等候。" in page
    api = client.get(f"/api/participation/consultations/{consultation.pk}/").json()
    assert api["comments_received"] == 3
    assert [o["decision_label"] for o in api["opinions"]] == ["采纳", "未采纳"]


def test_the_message_form_explains_its_errors_in_chinese(client, org_tree):
    form = client.get("/participate/messages/write/").context["form"]
    response = client.post(
        "/participate/messages/write/",
        {"org": org_tree["commission"].pk, "subject": "", "content": "咨询", "name": "张三",
         "phone": "", "email": "", "submission_key": form.initial["submission_key"]},
    )  # fmt: skip
    page = _text(response)
    assert "请填写留言标题。" in page
    assert "请至少填写联系电话或电子邮箱中的一项" in page
    assert not Message.objects.exists()


def test_a_message_gets_a_private_tracking_link_and_a_wrong_token_is_404(client, org_tree):
    data = {"org": org_tree["commission"].pk, "subject": "咨询医保报销", "content": "如何报销？",
            "name": "张三", "phone": "13800000000", "submission_key": "one-form"}  # fmt: skip
    response = client.post("/participate/messages/write/", data)
    again = client.post("/participate/messages/write/", data)
    message = Message.objects.get()  # the double submit made one message
    track = f"/participate/messages/track/{message.access_token}/"
    assert response["Location"] == again["Location"] == f"{track}?new=1"
    page = client.get(response["Location"])
    assert message.number in _text(page) and "您的留言已收到" in _text(page)
    assert page["Referrer-Policy"] == "no-referrer"
    assert client.get("/participate/messages/track/not-the-token/").status_code == 404
    assert (
        client.get(f"/participate/messages/track/{message.access_token[:-1]}x/").status_code == 404
    )


def test_a_published_message_shows_no_name_or_contact_anywhere(client, org_tree, coordinator):
    message = replied_message(
        org=org_tree["commission"],
        actor=coordinator,
        content="我的手机13812345678，身份证530102199001011234。",
        email="zhangxm@example.com",
    )
    unpublished = replied_message(
        org=org_tree["commission"], actor=coordinator, key="k2", subject="不公开的留言"
    )
    publish_message(message, actor=coordinator)
    pages = [
        _text(client.get("/participate/messages/")),
        _text(client.get(message.get_public_url())),
        _text(client.get("/api/participation/messages/")),
        _text(client.get(f"/api/participation/messages/{message.pk}/")),
    ]
    for page in pages:
        assert "社区门诊周末开放时间" in page
        for secret in ("张晓明", "13812345678", "530102199001011234", "zhangxm@example.com"):
            assert secret not in page
        assert "不公开的留言" not in page
    assert "138****5678" in pages[1]
    assert client.get(unpublished.get_public_url()).status_code == 404


def test_staff_of_another_organisation_get_404(client, org_tree, city_coordinator, coordinator):
    consultation = make_consultation(
        org=org_tree["commission"],
        actor=coordinator,
        starts_on=timezone.localdate(),
        ends_on=timezone.localdate(),
    )
    message = make_message(org=org_tree["commission"])
    client.force_login(city_coordinator)
    assert client.get(f"/office/participation/{consultation.pk}/").status_code == 404
    assert client.get(f"/office/participation/messages/{message.pk}/").status_code == 404
    response = client.post(f"/office/participation/messages/{message.pk}/", {"reply": "越权答复"})
    assert response.status_code == 404
    assert client.post(f"/office/participation/{consultation.pk}/close/").status_code == 404
    assert message.number not in _text(client.get("/office/participation/messages/"))
    message.refresh_from_db()
    assert message.status == MessageStatus.RECEIVED and message.reply == ""


def test_a_coordinator_runs_a_consultation_and_answers_a_message_in_the_back_office(
    client, org_tree, coordinator
):
    client.force_login(coordinator)
    today = timezone.localdate()
    response = client.post(
        "/office/participation/new/",
        {"org": org_tree["commission"].pk, "title": "关于调整门诊收费的征求意见",
         "draft": "<p>第一条</p>", "basis": "依据有关规定。", "feedback_method": "电子邮件",
         "starts_on": today.isoformat(), "ends_on": (today + timedelta(days=30)).isoformat()},
    )  # fmt: skip
    consultation = Consultation.objects.get()
    assert response["Location"] == f"/office/participation/{consultation.pk}/"
    client.post(f"/office/participation/{consultation.pk}/publish/")  # not reviewed yet
    consultation.refresh_from_db()
    assert consultation.status == ConsultationStatus.DRAFT
    client.post(f"/office/participation/{consultation.pk}/review/")
    approve_request(consultation, DRAFT_STAGE)
    client.post(f"/office/participation/{consultation.pk}/publish/")
    consultation.refresh_from_db()
    assert consultation.status == ConsultationStatus.OPEN and consultation.published_on == today
    message = make_message(org=org_tree["commission"])
    client.post(f"/office/participation/messages/{message.pk}/", {"reply": "已安排。"})
    client.post(
        f"/office/participation/messages/{message.pk}/review/",
        {"subject": message.subject, "content": message.content, "reply": "已安排。"},
    )
    approve_request(message, MESSAGE_STAGE)
    client.post(f"/office/participation/messages/{message.pk}/publish/")
    message.refresh_from_db()
    assert message.status == MessageStatus.PUBLISHED and message.replied_by == coordinator
    dashboard = _text(client.get("/office/"))
    assert "待答复留言" in dashboard and "7日内截止的意见征集" in dashboard


def test_the_outcome_form_refuses_a_rejection_without_a_reason(client, org_tree, coordinator):
    start = date(2026, 10, 1)
    consultation = make_consultation(
        org=org_tree["commission"], actor=coordinator, starts_on=start, ends_on=date(2026, 10, 31)
    )
    add_comment(consultation, "c", today=start)
    consultation_close(consultation=consultation, actor=coordinator)
    client.force_login(coordinator)
    url = f"/office/participation/{consultation.pk}/outcome/"
    data = {"summary": "", "opinions-TOTAL_FORMS": "1", "opinions-INITIAL_FORMS": "0",
            "opinions-0-summary": "取消预约", "opinions-0-decision": "not_adopted",
            "opinions-0-reason": ""}  # fmt: skip
    response = client.post(url, data)
    assert "第1项意见：请说明未采纳（或未完全采纳）的理由。" in _text(response)
    data["opinions-0-reason"] = "预约可减少排队。"
    assert client.post(url, data).status_code == 302
    consultation.refresh_from_db()
    assert consultation.status == ConsultationStatus.CLOSED  # submitted for review, not public
    approve_request(consultation, OUTCOME_STAGE)
    client.post(f"/office/participation/{consultation.pk}/outcome/publish/")
    consultation.refresh_from_db()
    assert consultation.status == ConsultationStatus.OUTCOME_PUBLISHED
    assert consultation.opinions.get().reason == "预约可减少排队。"


def test_public_lists_cost_the_same_queries_for_one_row_or_many(client, org_tree, coordinator):
    def queries(url: str) -> int:
        cache.clear()  # count what a page costs when nothing is cached (the column's name is)
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    def publish_one(key: str) -> None:
        publish_message(
            replied_message(org=org_tree["commission"], actor=coordinator, key=key),
            actor=coordinator,
        )

    today = timezone.localdate()
    make_consultation(org=org_tree["commission"], actor=coordinator, starts_on=today,
                      ends_on=today, title="一")  # fmt: skip
    publish_one("m1")
    before = queries("/participate/consultations/"), queries("/participate/messages/")
    for n in range(3):
        make_consultation(org=org_tree["office"], actor=coordinator, starts_on=today,
                          ends_on=today, title=f"二{n}")  # fmt: skip
        publish_one(f"m{n + 2}")
    after = queries("/participate/consultations/"), queries("/participate/messages/")
    assert after == before


def test_the_sitemap_lists_public_consultations_and_published_messages_only(
    client, org_tree, coordinator, open_consultation
):
    draft = make_consultation(
        org=org_tree["commission"],
        actor=coordinator,
        starts_on=timezone.localdate(),
        ends_on=timezone.localdate(),
        publish=False,
    )
    published = replied_message(org=org_tree["commission"], actor=coordinator)
    private = replied_message(org=org_tree["commission"], actor=coordinator, key="k2")
    publish_message(published, actor=coordinator)
    sitemap = _text(client.get("/sitemap.xml"))
    assert "/participate/consultations/</loc>" in sitemap
    assert f"{open_consultation.get_public_url()}</loc>" in sitemap
    assert f"{published.get_public_url()}</loc>" in sitemap
    assert f"{draft.get_public_url()}</loc>" not in sitemap
    assert f"{private.get_public_url()}</loc>" not in sitemap
    assert "/messages/track/" not in sitemap


def test_the_section_address_leads_to_the_consultations(client):
    response = client.get("/participate/")
    assert response.status_code == 302 and response["Location"] == "/participate/consultations/"
