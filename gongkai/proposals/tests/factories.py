"""Test helpers: suggestions and proposals made through the services."""

from datetime import date

from gongkai.publishing.services import findings_accept_all, item_review

from ..services import proposal_create, proposal_reply, proposal_start, proposal_submit
from ..states import ProposalKind

CONTACTS = "手机：13908712345\n通讯地址：昆明市五华区青年路88号\n工作单位：曲靖市第一人民医院"
REPLY = (
    "王丽华代表：\n您提出的《关于加强乡村医生队伍建设的建议》收悉。现答复如下：\n"
    "我委将提高村卫生室补助标准，落实乡村医生养老保障。\n"
    "联系人：李明，联系电话：0871-67195123\n抄送：省人大常委会代表工作委员会"
)


def make_proposal(*, org, actor, **overrides):
    fields = {
        "kind": ProposalKind.SUGGESTION,
        "session": "省十四届人大三次会议",
        "number": "218",
        "year": 2026,
        "authors": "王丽华",
        "contacts": CONTACTS,
        "copy_to": "省人大常委会代表工作委员会",
        "title": "关于加强乡村医生队伍建设的建议",
        "received_on": date(2026, 3, 10),
        "deadline": date(2026, 6, 10),
    }
    fields.update(overrides)
    return proposal_create(org=org, actor=actor, fields=fields)


def replied(*, org, actor, reply: str = REPLY, **overrides):
    proposal = make_proposal(org=org, actor=actor, **overrides)
    proposal_start(proposal=proposal, actor=actor)
    return proposal_reply(
        proposal=proposal, actor=actor, reply_text=reply, replied_on=date(2026, 5, 20)
    )


def submitted_and_approved(proposal, *, actor, reviewer):
    proposal_submit(proposal=proposal, actor=actor)
    proposal.refresh_from_db()
    findings_accept_all(item=proposal.item, actor=reviewer)
    item_review(item=proposal.item, actor=reviewer, approve=True, opinion="同意公开。")
    return proposal
