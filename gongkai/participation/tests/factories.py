"""Helpers that make consultations and messages through the services, as users do."""

from datetime import date

from gongkai.participation.models import Consultation, Message
from gongkai.participation.services import (
    DRAFT_STAGE,
    MESSAGE_STAGE,
    OUTCOME_STAGE,
    comment_submit,
    consultation_create,
    consultation_outcome_publish,
    consultation_outcome_submit,
    consultation_publish,
    consultation_review_submit,
    message_publish,
    message_reply,
    message_review_submit,
    message_review_texts,
    message_submit,
)
from gongkai.publishing.tests.factories import approve_request

DRAFT = "<p>第一条 为规范社区卫生服务，制定本办法。</p>"


def make_consultation(
    *, org, actor, starts_on: date, ends_on: date, publish: bool = True, title: str = ""
) -> Consultation:
    consultation = consultation_create(
        org=org,
        actor=actor,
        title=title or "《社区卫生服务管理办法（征求意见稿）》公开征求意见",
        draft=DRAFT,
        basis="为规范社区卫生服务，起草本办法。",
        feedback_method="电子邮箱：yijian@example.gov.cn",
        starts_on=starts_on,
        ends_on=ends_on,
    )
    if publish:
        publish_reviewed(consultation, actor=actor, today=starts_on)
    return consultation


def publish_reviewed(consultation: Consultation, *, actor, today: date) -> None:
    """Submit the draft for review, have it approved, publish it (the coordinator ``actor``)."""
    consultation_review_submit(consultation=consultation, actor=actor)
    approve_request(consultation, DRAFT_STAGE)
    consultation_publish(consultation=consultation, actor=actor, today=today)


def publish_outcome(consultation: Consultation, *, actor, summary: str, opinions, **kw) -> None:
    """Submit the outcome for review, have it approved (every finding masked), publish it."""
    consultation_outcome_submit(
        consultation=consultation, actor=actor, summary=summary, opinions=opinions
    )
    approve_request(consultation, OUTCOME_STAGE)
    consultation_outcome_publish(consultation=consultation, actor=actor, **kw)


def add_comment(consultation: Consultation, key: str, *, today: date, **fields):
    fields.setdefault("content", "建议明确服务时间。")
    return comment_submit(consultation=consultation, submission_key=key, today=today, **fields)[0]


def make_message(*, org, key: str = "k1", consent: bool = True, **fields) -> Message:
    data = {
        "subject": "社区门诊周末开放时间",
        "content": "周末能否开放社区门诊？",
        "name": "张晓明",
        "phone": "13812345678",
        "consent_publish": consent,
        **fields,
    }
    return message_submit(org=org, submission_key=key, **data)[0]


def replied_message(*, org, actor, **fields) -> Message:
    message = make_message(org=org, **fields)
    return message_reply(message=message, actor=actor, reply="已安排周末值班门诊。")


def publish_message(message: Message, *, actor, keep: tuple[str, ...] = ()) -> Message:
    """Submit the message as written for review, approve it (masking every finding except
    ``keep``) and publish it as the coordinator ``actor``."""
    message_review_submit(message=message, actor=actor, **message_review_texts(message))
    approve_request(message, MESSAGE_STAGE, keep=keep)
    return message_publish(message=message, actor=actor)
