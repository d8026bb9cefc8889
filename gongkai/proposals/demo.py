"""Demo replies: a deputies' suggestion and a members' proposal published after review, and a
suggestion still being handled, its deadline a few days away."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from gongkai.orgs.models import Organisation
from gongkai.publishing.models import PrivacyFinding
from gongkai.publishing.services import finding_decide, item_review

from .models import Proposal
from .services import (
    proposal_create,
    proposal_publish,
    proposal_reply,
    proposal_start,
    proposal_submit,
)
from .states import ProposalKind, PublishMode

ORG_PATH = ("云南省人民政府", "云南省卫生和计划生育委员会")

SUGGESTION_REPLY = """王丽华代表：
您提出的《关于加强乡村医生队伍建设的建议》收悉。经认真研究，现答复如下：
一、关于乡村医生待遇保障。我委会同省财政厅落实村卫生室基本公共卫生服务补助，2025年人均补助标准提高5元，并全部用于村级。
二、关于乡村医生培养。我省实施农村订单定向医学生免费培养项目，每年为乡镇卫生院和村卫生室定向培养医学生600名。
三、关于养老保障。符合条件的乡村医生已纳入城乡居民基本养老保险，各地可对老年乡村医生给予生活补助。
感谢您对卫生健康工作的关心和支持。
云南省卫生和计划生育委员会
联系人：李明，联系电话：0871-67195123
抄送：省人大常委会代表工作委员会，省政府办公厅"""

PROPOSAL_REPLY = """赵建国委员：
您提出的《关于推进县域医共体建设的提案》收悉。现将办理情况答复如下：
我委高度重视县域医共体建设，已在全省所有县（市、区）推开紧密型县域医共体建设，推动县级医院与乡镇卫生院人员、财务、药品统一管理。下一步将完善医保打包付费，提高基层服务能力。
感谢您对卫生健康事业的关心。
抄送：省政协提案委员会"""

PROPOSAL_SUMMARY = (
    "我委已在全省所有县（市、区）推开紧密型县域医共体建设，推动县级医院与乡镇卫生院人员、"
    "财务、药品统一管理；下一步将完善医保打包付费，提高基层服务能力。"
)

ROWS = [
    {
        "kind": ProposalKind.SUGGESTION,
        "session": "省十四届人大三次会议",
        "number": "第0218号",
        "authors": "王丽华",
        "contacts": (
            "手机：13908712345\n通讯地址：昆明市五华区青年路88号\n工作单位：曲靖市第一人民医院"
        ),
        "copy_to": "省人大常委会代表工作委员会，省政府办公厅",
        "title": "关于加强乡村医生队伍建设的建议",
        "reply": SUGGESTION_REPLY,
        "mode": PublishMode.FULL,
        "days_ago": 80,
    },
    {
        "kind": ProposalKind.PROPOSAL,
        "session": "省政协十三届三次会议",
        "number": "第0057号",
        "authors": "赵建国",
        "contacts": "电话：13887654321\n工作单位：大理州人民医院",
        "copy_to": "省政协提案委员会",
        "title": "关于推进县域医共体建设的提案",
        "reply": PROPOSAL_REPLY,
        "mode": PublishMode.SUMMARY,
        "days_ago": 70,
    },
    {
        "kind": ProposalKind.SUGGESTION,
        "session": "省十四届人大三次会议",
        "number": "第0305号",
        "authors": "陈志强、刘芳",
        "contacts": "陈志强 13577001122；刘芳 13699887766",
        "copy_to": "",
        "title": "关于完善基层急救网络的建议",
        "reply": "",
        "mode": PublishMode.FULL,
        "days_ago": 60,
    },
]


def _org() -> Organisation | None:
    org = None
    for name in ORG_PATH:
        org = Organisation.objects.filter(parent=org, name=name).first()
        if org is None:
            return None
    return org


def _review(proposal: Proposal, reviewer) -> None:
    """The reviewer keeps the deputies' names (public in the reply) and masks the rest."""
    item = proposal.item
    for finding in item.findings.all():
        keep = finding.text in proposal.authors
        decision = PrivacyFinding.Decision.REJECTED if keep else PrivacyFinding.Decision.ACCEPTED
        finding_decide(finding=finding, actor=reviewer, decision=decision)
    item_review(
        item=item,
        actor=reviewer,
        approve=True,
        opinion="经保密审查，不涉及国家秘密，代表委员联系方式已删除，同意公开。",
    )


@transaction.atomic
def load_demo_proposals() -> None:
    """Create the demo suggestions and proposals once (safe to run again)."""
    org = _org()
    users = get_user_model().objects.in_bulk(["coordinator", "reviewer"], field_name="username")
    if org is None or len(users) < 2:
        return
    actor, reviewer = users["coordinator"], users["reviewer"]
    today = timezone.localdate()
    for row in ROWS:
        if Proposal.objects.filter(
            kind=row["kind"], session=row["session"], number=row["number"]
        ).exists():
            continue
        received = today - timedelta(days=row["days_ago"])
        proposal = proposal_create(
            org=org,
            actor=actor,
            fields={
                "kind": row["kind"],
                "session": row["session"],
                "number": row["number"],
                "year": received.year,
                "authors": row["authors"],
                "contacts": row["contacts"],
                "copy_to": row["copy_to"],
                "title": row["title"],
                "received_on": received,
                "deadline": today + timedelta(days=5)
                if not row["reply"]
                else received + timedelta(days=90),
            },
        )
        proposal_start(proposal=proposal, actor=actor)
        if not row["reply"]:
            continue
        proposal_reply(
            proposal=proposal,
            actor=actor,
            reply_text=row["reply"],
            replied_on=received + timedelta(days=45),
            publish_mode=row["mode"],
            public_summary=PROPOSAL_SUMMARY if row["mode"] == PublishMode.SUMMARY else "",
        )
        proposal_submit(proposal=proposal, actor=actor)
        proposal.refresh_from_db()
        _review(proposal, reviewer)
        proposal_publish(proposal=proposal, actor=actor, published_on=received + timedelta(days=50))
