"""Demo consultations and messages: one open with comments, one with its outcome, messages."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from gongkai.orgs.models import Organisation
from gongkai.publishing.demo import demo_review

from .models import Consultation
from .services import (
    DRAFT_STAGE,
    MESSAGE_STAGE,
    OUTCOME_STAGE,
    OpinionInput,
    comment_submit,
    consultation_close,
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
from .states import Decision, MessageStatus

ORG_PATH = ("云南省人民政府", "云南省卫生和计划生育委员会")

OPEN_TITLE = "《云南省基层医疗卫生机构药品配备使用管理办法（征求意见稿）》公开征求意见"
CLOSED_TITLE = "《云南省家庭医生签约服务规范（征求意见稿）》公开征求意见"

DRAFT_OPEN = """<h2>第一章 总则</h2>
<p>第一条 为规范基层医疗卫生机构药品配备使用管理，保障群众基本用药需求，制定本办法。</p>
<p>第二条 本办法适用于本省行政区域内的乡镇卫生院、社区卫生服务中心（站）和村卫生室。</p>
<h2>第二章 药品配备</h2>
<p>第三条 基层医疗卫生机构应当优先配备使用国家基本药物，并与上级医院用药目录相衔接。</p>
<p>第四条 慢性病患者可在基层医疗卫生机构获得长期处方，单次处方用量可延长至12周。</p>"""

DRAFT_CLOSED = """<h2>一、服务内容</h2>
<p>家庭医生团队为签约居民提供基本医疗、公共卫生和健康管理服务。</p>
<h2>二、签约方式</h2>
<p>居民可通过线上平台或到基层医疗卫生机构现场签约，签约周期一般为一年。</p>"""

FEEDBACK = (
    "除在本页面在线提交意见外，也可通过以下方式反馈：\n"
    "电子邮箱：yijian@example.gov.cn（邮件主题请注明“意见征集”）\n"
    "通信地址：云南省昆明市西山区西园路1号 政策法规处（邮编650031）"
)

COMMENTS = [
    "建议第四条明确长期处方适用的慢性病病种范围，并说明由哪一级医生开具。",
    "村卫生室药品品种较少，建议允许村卫生室通过乡镇卫生院代购部分非基本药物。",
    "希望在办法中写明药品短缺时的上报和调剂渠道。",
]

MESSAGES = [
    {
        "key": "demo-message-published",
        "subject": "社区卫生服务中心周末能否开放门诊？",
        "content": "我家附近的社区卫生服务中心周末不开门诊，孩子周末发烧只能去大医院排队。"
        "请问社区门诊周末是否可以安排值班？我的电话是13812345678。",
        "name": "张晓明",
        "phone": "13812345678",
        "consent": True,
        "reply": "感谢您的留言。根据我省基层医疗卫生机构服务规范，社区卫生服务中心应当合理安排"
        "周末和节假日门诊。我委已督促各地落实错时、延时服务，您可拨打当地12345热线查询就近"
        "开放的社区门诊。",
    },
    {
        "key": "demo-message-waiting",
        "subject": "咨询异地就医备案办理流程",
        "content": "本人长期在外省工作，想了解异地就医备案需要准备哪些材料，可以线上办理吗？",
        "name": "李红",
        "phone": "",
        "email": "lihong@example.com",
        "consent": False,
        "reply": "",
    },
    {
        "key": "demo-message-replied",
        "subject": "关于乡村医生养老保障的建议",
        "content": "建议进一步完善乡村医生养老保障政策，提高老年乡村医生生活补助标准。",
        "name": "王建国",
        "phone": "0871-66668888",
        "consent": False,
        "reply": "感谢您的建议。我委将会同有关部门研究完善乡村医生养老保障措施。",
    },
]


def _org() -> Organisation | None:
    org = None
    for name in ORG_PATH:
        org = Organisation.objects.filter(parent=org, name=name).first()
        if org is None:
            return None
    return org


def _consultations(org: Organisation, actor, reviewer) -> None:
    today = timezone.localdate()
    if not Consultation.objects.filter(org=org, title=OPEN_TITLE).exists():
        open_one = consultation_create(
            org=org,
            actor=actor,
            title=OPEN_TITLE,
            draft=DRAFT_OPEN,
            basis="为落实国家基本药物制度，解决基层群众“用药难”问题，我委起草了本办法。"
            "起草过程中征求了各州（市）卫生健康部门和部分基层医疗卫生机构的意见。",
            feedback_method=FEEDBACK,
            starts_on=today - timedelta(days=5),
            ends_on=today + timedelta(days=25),
        )
        _publish_draft(open_one, actor, reviewer)
        for n, text in enumerate(COMMENTS, start=1):
            comment_submit(
                consultation=open_one,
                content=text,
                submission_key=f"demo-comment-open-{n}",
                name="" if n == 2 else f"示例公众{n}（演示）",
                contact="",
            )
    if not Consultation.objects.filter(org=org, title=CLOSED_TITLE).exists():
        starts = today - timedelta(days=60)
        closed = consultation_create(
            org=org,
            actor=actor,
            title=CLOSED_TITLE,
            draft=DRAFT_CLOSED,
            basis="为规范家庭医生签约服务，提升签约服务质量，我委起草了本规范。",
            feedback_method=FEEDBACK,
            starts_on=starts,
            ends_on=starts + timedelta(days=30),
        )
        _publish_draft(closed, actor, reviewer, today=starts)
        for n, text in enumerate(
            [
                "建议签约服务包增加上门服务内容。",
                "老年人不会使用线上平台，建议保留现场签约。",
                "建议签约周期改为三年。",
            ],
            start=1,
        ):
            comment_submit(
                consultation=closed,
                content=text,
                submission_key=f"demo-comment-closed-{n}",
                today=starts + timedelta(days=n),
            )
        consultation_close(consultation=closed, actor=actor)
        consultation_outcome_submit(
            consultation=closed,
            actor=actor,
            summary="征求意见期间共收到意见3条，经认真研究，对规范作了相应修改。",
            opinions=[
                OpinionInput("关于增加上门服务内容的意见", Decision.ADOPTED),
                OpinionInput(
                    "关于保留现场签约方式的意见",
                    Decision.PARTLY_ADOPTED,
                    "规范已保留现场签约；线上平台将增加子女代为办理功能，不再另设电话签约渠道。",
                ),
                OpinionInput(
                    "关于签约周期改为三年的意见",
                    Decision.NOT_ADOPTED,
                    "签约周期一年便于居民根据服务情况自主续约或更换家庭医生团队，暂不调整。",
                ),
            ],
        )
        demo_review(closed, OUTCOME_STAGE, reviewer=reviewer)
        consultation_outcome_publish(consultation=closed, actor=actor)


def _publish_draft(consultation, actor, reviewer, today=None) -> None:
    consultation_review_submit(consultation=consultation, actor=actor)
    demo_review(consultation, DRAFT_STAGE, reviewer=reviewer)
    consultation_publish(consultation=consultation, actor=actor, today=today)


def _messages(org: Organisation, actor, reviewer) -> None:
    for row in MESSAGES:
        message, new = message_submit(
            org=org,
            subject=row["subject"],
            content=row["content"],
            name=row["name"],
            phone=row["phone"],
            email=row.get("email", ""),
            consent_publish=row["consent"],
            submission_key=row["key"],
        )
        if not new:
            continue
        if row["reply"]:
            message_reply(message=message, actor=actor, reply=row["reply"])
        if row["consent"] and message.status == MessageStatus.REPLIED:
            message_review_submit(message=message, actor=actor, **message_review_texts(message))
            demo_review(message, MESSAGE_STAGE, reviewer=reviewer)
            message_publish(message=message, actor=actor)


@transaction.atomic
def load_demo_participation() -> None:
    """Create the demo consultations and messages once (safe to run again)."""
    org = _org()
    users = get_user_model().objects.filter(is_active=True)
    actor = users.filter(username="coordinator").first()
    reviewer = users.filter(username="reviewer").first()
    if org is None or actor is None or reviewer is None:
        return
    _consultations(org, actor, reviewer)
    _messages(org, actor, reviewer)
