"""Helpers that make consultations and messages through the services, as users do."""

from datetime import date

from gongkai.participation.models import Consultation, Message
from gongkai.participation.services import (
    comment_submit,
    consultation_create,
    consultation_publish,
    message_reply,
    message_submit,
)

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
        consultation_publish(consultation=consultation, actor=actor, today=starts_on)
    return consultation


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
