"""Services: comments only while open, closing by hand and at night, the outcome, messages."""

from datetime import date

import pytest
import time_machine
from django.contrib.contenttypes.models import ContentType

from gongkai.core.errors import DomainError, PermissionDeniedError
from gongkai.core.models import AuditEntry, Notification
from gongkai.participation.models import Comment, Consultation, Message, OpinionGroup
from gongkai.participation.services import (
    OpinionInput,
    comment_submit,
    consultation_close,
    consultation_outcome_publish,
    consultation_outcome_submit,
    consultation_publish,
    consultation_update,
    consultations_close_expired,
    message_publish,
    message_reply,
)
from gongkai.participation.states import ConsultationStatus, Decision, MessageStatus
from gongkai.participation.tasks import close_expired_consultations

from .factories import (
    add_comment,
    make_consultation,
    make_message,
    publish_message,
    publish_outcome,
    publish_reviewed,
    replied_message,
)

pytestmark = pytest.mark.django_db

START, END = date(2026, 11, 2), date(2026, 11, 30)


def _audit(obj) -> list[AuditEntry]:
    kind = ContentType.objects.get_for_model(obj)
    entries = AuditEntry.objects.filter(content_type=kind, object_id=str(obj.pk))
    return list(entries.order_by("-id"))


@pytest.fixture
def consultation(org_tree, coordinator):
    return make_consultation(
        org=org_tree["commission"], actor=coordinator, starts_on=START, ends_on=END
    )


def test_comments_are_taken_only_within_the_period_of_an_open_consultation(
    org_tree, coordinator, consultation
):
    add_comment(consultation, "a", today=START)
    add_comment(consultation, "b", today=END)  # the last day counts
    for day in (date(2026, 11, 1), date(2026, 12, 1)):
        with pytest.raises(DomainError, match="不接受意见"):
            add_comment(consultation, f"late-{day}", today=day)
    draft = make_consultation(
        org=org_tree["commission"],
        actor=coordinator,
        starts_on=START,
        ends_on=END,
        publish=False,
        title="未发布的征求意见稿",
    )
    with pytest.raises(DomainError):
        add_comment(draft, "draft", today=START)
    assert consultation.comments.count() == 2 and not draft.comments.exists()


def test_the_same_form_sent_twice_makes_one_comment(consultation):
    first = add_comment(consultation, "same-key", today=START, content="第一次提交")
    again, new = comment_submit(
        consultation=consultation, submission_key="same-key", content="第一次提交", today=START
    )
    assert again == first and new is False
    assert Comment.objects.count() == 1


def test_a_consultation_whose_period_has_passed_cannot_be_published(org_tree, coordinator):
    draft = make_consultation(
        org=org_tree["commission"], actor=coordinator, starts_on=START, ends_on=END, publish=False
    )
    with pytest.raises(DomainError, match="2026-11-30"):
        consultation_publish(consultation=draft, actor=coordinator, today=date(2026, 12, 1))
    assert Consultation.objects.get().status == ConsultationStatus.DRAFT


def test_an_open_consultation_can_no_longer_be_edited(consultation, coordinator):
    with pytest.raises(DomainError, match="草稿"):
        consultation_update(consultation=consultation, actor=coordinator, title="改过的标题")


def test_the_draft_text_is_sanitised_and_scripts_are_refused(org_tree, coordinator):
    draft = make_consultation(
        org=org_tree["commission"], actor=coordinator, starts_on=START, ends_on=END, publish=False
    )
    consultation_update(
        consultation=draft,
        actor=coordinator,
        draft='<p>第一条</p><form action="x"><input name="q"></form>',
    )
    assert Consultation.objects.get().draft == "<p>第一条</p>"
    with pytest.raises(DomainError, match="脚本"):
        consultation_update(consultation=draft, actor=coordinator, draft="<script>x()</script>")


def test_staff_close_only_after_the_last_day_and_the_close_is_audited(consultation, coordinator):
    with pytest.raises(DomainError, match="2026-11-30"):
        consultation_close(consultation=consultation, actor=coordinator, today=END)
    consultation_close(consultation=consultation, actor=coordinator, today=date(2026, 12, 1))
    assert consultation.status == ConsultationStatus.CLOSED
    last = _audit(consultation)[0]
    assert (last.from_state, last.to_state, last.actor) == ("open", "closed", coordinator)


@time_machine.travel("2026-12-01 00:20 +0800", tick=False)
def test_the_nightly_job_closes_consultations_whose_period_ended_as_the_system(
    org_tree, coordinator, consultation
):
    running = make_consultation(
        org=org_tree["commission"],
        actor=coordinator,
        starts_on=START,
        ends_on=date(2026, 12, 1),
        title="仍在征求意见",
    )
    assert close_expired_consultations.call_local() == 1
    consultation.refresh_from_db()
    running.refresh_from_db()
    assert consultation.status == ConsultationStatus.CLOSED
    assert running.status == ConsultationStatus.OPEN  # its last day is today
    last = _audit(consultation)[0]
    assert last.actor is None and last.actor_name == ""  # shown as 系统 in the audit log (a job)
    assert "2026-11-30" in last.reason
    assert consultations_close_expired(today=date(2026, 12, 1)) == []  # nothing twice


def _closed(consultation, actor, comments: int = 2):
    for n in range(comments):
        add_comment(consultation, f"c{n}", today=START)
    consultation_close(consultation=consultation, actor=actor, today=date(2026, 12, 1))
    return consultation


def test_the_outcome_needs_a_decision_and_a_reason_for_what_is_not_adopted(
    consultation, coordinator
):
    _closed(consultation, coordinator)
    with pytest.raises(DomainError, match="2"):  # two comments, no opinions summarised
        consultation_outcome_submit(
            consultation=consultation, actor=coordinator, summary="", opinions=[]
        )
    with pytest.raises(DomainError, match="采纳"):
        consultation_outcome_submit(
            consultation=consultation,
            actor=coordinator,
            summary="",
            opinions=[OpinionInput("延长服务时间", "")],
        )
    with pytest.raises(DomainError, match="理由"):
        consultation_outcome_submit(
            consultation=consultation,
            actor=coordinator,
            summary="",
            opinions=[
                OpinionInput("延长服务时间", Decision.ADOPTED),
                OpinionInput("取消预约制度", Decision.NOT_ADOPTED, "  "),
            ],
        )
    assert consultation.status == ConsultationStatus.CLOSED and not OpinionGroup.objects.exists()
    publish_outcome(
        consultation,
        actor=coordinator,
        summary="共收到意见2条。",
        opinions=[
            OpinionInput("延长服务时间", Decision.ADOPTED),
            OpinionInput("取消预约制度", Decision.NOT_ADOPTED, "预约制度可减少排队。"),
        ],
    )
    consultation.refresh_from_db()
    assert consultation.status == ConsultationStatus.OUTCOME_PUBLISHED
    assert consultation.comments_received == 2
    assert [(o.decision, o.reason) for o in consultation.opinions.all()] == [
        ("adopted", ""),
        ("not_adopted", "预约制度可减少排队。"),
    ]


def test_no_outcome_while_comments_are_still_open(consultation, coordinator):
    with pytest.raises(DomainError, match="截止"):
        consultation_outcome_submit(
            consultation=consultation, actor=coordinator, summary="", opinions=[]
        )


def test_staff_of_another_organisation_cannot_act(consultation, org_tree, city_coordinator):
    with pytest.raises(PermissionDeniedError):
        consultation_close(
            consultation=consultation, actor=city_coordinator, today=date(2026, 12, 1)
        )
    message = make_message(org=org_tree["commission"])
    with pytest.raises(PermissionDeniedError):
        message_reply(message=message, actor=city_coordinator, reply="答复")


def test_a_message_gets_a_tracking_number_and_tells_the_organisations_staff(
    org_tree, coordinator, editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        message = make_message(org=org_tree["commission"])
    assert message.number.startswith("LY-") and message.number.endswith("-00001")
    assert len(message.access_token) >= 40
    assert message.status == MessageStatus.RECEIVED
    notice = Notification.objects.get(user=coordinator)
    assert message.number in notice.title and "张晓明" not in notice.title + notice.body
    assert make_message(org=org_tree["commission"], key="k1") == message  # double submit
    entry = _audit(message)[0]
    assert (entry.actor, entry.actor_name) == (None, "公众")  # not "system", and not the name


def test_a_message_is_published_only_if_the_writer_agreed(org_tree, coordinator):
    private = replied_message(org=org_tree["commission"], actor=coordinator, consent=False)
    with pytest.raises(DomainError, match="不同意公开"):
        message_publish(message=private, actor=coordinator)
    assert Message.objects.get(pk=private.pk).status == MessageStatus.REPLIED
    unanswered = make_message(org=org_tree["commission"], key="k2")
    with pytest.raises(DomainError):
        message_publish(message=unanswered, actor=coordinator)


def test_the_published_message_is_masked_as_reviewed_and_carries_no_name_or_contact(
    org_tree, coordinator
):
    message = replied_message(
        org=org_tree["commission"],
        actor=coordinator,
        content="我的身份证号是530102199001011234，手机13812345678，请回电。",
    )
    publish_message(message, actor=coordinator)
    message.refresh_from_db()
    assert message.status == MessageStatus.PUBLISHED
    # ID numbers keep 6 + 4 digits, mobiles hide digits 4-7 (core/masking.py)
    assert "530102********1234" in message.public_content
    assert "138****5678" in message.public_content
    assert "530102199001011234" not in message.public_content
    assert "13812345678" not in message.public_content
    assert message.public_reply == "已安排周末值班门诊。"
    assert message.content.startswith("我的身份证号是530102199001011234")  # the original stays


def test_personal_data_in_a_consultation_reaches_the_portal_only_as_reviewed(org_tree, coordinator):
    from gongkai.publishing.tests.factories import ID_NUMBER

    draft = make_consultation(
        org=org_tree["commission"], actor=coordinator, starts_on=START, ends_on=END, publish=False
    )
    consultation_update(
        consultation=draft,
        actor=coordinator,
        draft=f"<p>第三条 联系人张某，身份证号{ID_NUMBER}。</p>",
    )
    with pytest.raises(DomainError, match="保密审查"):  # not submitted: not publishable
        consultation_publish(consultation=draft, actor=coordinator, today=START)
    draft.refresh_from_db()
    assert draft.status == ConsultationStatus.DRAFT
    publish_reviewed(draft, actor=coordinator, today=START)
    draft.refresh_from_db()
    assert ID_NUMBER not in draft.draft and "530102********" in draft.draft

    consultation_close(consultation=draft, actor=coordinator, today=date(2026, 12, 1))
    opinions = [OpinionInput("建议延长服务时间", Decision.NOT_ADOPTED, "请联系13812345678")]
    consultation_outcome_submit(
        consultation=draft, actor=coordinator, summary="", opinions=opinions
    )
    with pytest.raises(DomainError, match="保密审查"):  # submitted, not yet reviewed
        consultation_outcome_publish(consultation=draft, actor=coordinator)
    draft.refresh_from_db()
    assert draft.status == ConsultationStatus.CLOSED and not draft.opinions.exists()
