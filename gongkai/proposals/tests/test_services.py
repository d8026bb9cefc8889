"""The handling of a suggestion or proposal: registration, states, reply, review, publication."""

from datetime import date

import pytest
from django.contrib.contenttypes.models import ContentType

from gongkai.core.errors import DomainError, PermissionDeniedError
from gongkai.core.models import AuditEntry
from gongkai.publishing.models import Genre
from gongkai.publishing.services import item_review
from gongkai.publishing.states import Status as ItemStatus

from ..models import Proposal
from ..selectors import deadline_watch, proposal_list, public_list, year_counts
from ..services import (
    proposal_publish,
    proposal_reply,
    proposal_start,
    proposal_submit,
    proposal_transition,
    proposal_update,
)
from ..states import ProposalKind, ProposalStatus, PublishMode
from .factories import make_proposal, replied, submitted_and_approved

pytestmark = pytest.mark.django_db


def _actions(proposal) -> list[tuple[str, str, str]]:
    kind = ContentType.objects.get_for_model(proposal)
    return list(
        AuditEntry.objects.filter(content_type=kind, object_id=str(proposal.pk))
        .order_by("pk")
        .values_list("action", "from_state", "to_state")
    )


def test_registration_writes_the_number_as_sessions_print_it(org_tree, coordinator):
    proposal = make_proposal(org=org_tree["commission"], actor=coordinator, number="57")
    assert proposal.number == "第0057号" and proposal.status == ProposalStatus.RECEIVED
    with pytest.raises(DomainError, match="第0057号"):
        make_proposal(org=org_tree["commission"], actor=coordinator, number="第0057号")
    # the same number in the other body's session is another record
    make_proposal(
        org=org_tree["commission"], actor=coordinator, number="57",
        kind=ProposalKind.PROPOSAL, session="省政协十三届三次会议",
    )  # fmt: skip


def test_a_deadline_before_receipt_is_refused(org_tree, coordinator):
    with pytest.raises(DomainError) as exc:
        make_proposal(org=org_tree["commission"], actor=coordinator, deadline=date(2026, 3, 1))
    assert exc.value.field == "deadline"


def test_the_state_machine_moves_one_way_and_every_move_is_audited(org_tree, coordinator, reviewer):
    proposal = make_proposal(org=org_tree["commission"], actor=coordinator)
    with pytest.raises(DomainError):  # no reply before handling starts
        proposal_reply(
            proposal=proposal, actor=coordinator, reply_text="答复", replied_on=date(2026, 5, 1)
        )
    with pytest.raises(DomainError):
        proposal_transition(proposal=proposal, to=ProposalStatus.PUBLISHED, actor=coordinator)
    proposal_start(proposal=proposal, actor=coordinator)
    with pytest.raises(DomainError):
        proposal_start(proposal=proposal, actor=coordinator)
    proposal_reply(
        proposal=proposal, actor=coordinator, reply_text="已答复。", replied_on=date(2026, 5, 1)
    )
    with pytest.raises(DomainError, match="保密审查"):
        proposal_publish(proposal=proposal, actor=coordinator)
    submitted_and_approved(proposal, actor=coordinator, reviewer=reviewer)
    proposal_publish(proposal=proposal, actor=coordinator, published_on=date(2026, 5, 25))
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.PUBLISHED and proposal.published_on == date(
        2026, 5, 25
    )
    assert _actions(proposal) == [
        ("proposals.create", "", "received"),
        ("proposals.transition", "received", "handling"),
        ("proposals.reply", "handling", "replied"),
        ("proposals.submit", "", ""),
        ("proposals.publish", "replied", "published"),
    ]
    with pytest.raises(DomainError):
        proposal_update(proposal=proposal, actor=coordinator, fields={"title": "改"})


def test_contacts_are_kept_out_of_the_audit_log(org_tree, coordinator):
    proposal = make_proposal(org=org_tree["commission"], actor=coordinator)
    proposal_update(proposal=proposal, actor=coordinator, fields={"contacts": "手机：13711112222"})
    entry = AuditEntry.objects.filter(action="proposals.edit").get()
    assert "13711112222" not in str(entry.after) and "13908712345" not in str(entry.before)
    assert "contacts" in entry.after


def test_the_reply_goes_to_review_as_an_item_without_contacts_or_copy_list(org_tree, coordinator):
    proposal = replied(org=org_tree["commission"], actor=coordinator)
    proposal_submit(proposal=proposal, actor=coordinator)
    proposal.refresh_from_db()
    item = proposal.item
    assert item.status == ItemStatus.IN_REVIEW and not item.is_public
    assert item.title == "关于省十四届人大三次会议第0218号代表建议的答复"
    assert item.genre == Genre.LETTER
    assert "我委将提高村卫生室补助标准" in item.body and "王丽华代表" in item.body
    for private in ("13908712345", "青年路88号", "0871-67195123", "抄送", "代表工作委员会"):
        assert private not in item.body
    with pytest.raises(DomainError, match="已在保密审查"):
        proposal_submit(proposal=proposal, actor=coordinator)


def test_contact_details_typed_otherwise_into_the_reply_are_flagged_by_the_scan(
    org_tree, coordinator
):
    reply = "王丽华代表：\n已答复。如有疑问请回拨 139 0871 2346 或身份证核验。\n感谢支持。"
    proposal = replied(org=org_tree["commission"], actor=coordinator, reply=reply)
    found = proposal_submit(proposal=proposal, actor=coordinator)
    proposal.refresh_from_db()
    texts = [f.text for f in proposal.item.findings.all()]
    assert found >= 1 and any("2346" in t for t in texts)


def test_a_returned_reply_is_corrected_and_submitted_again(org_tree, coordinator, reviewer):
    proposal = replied(org=org_tree["commission"], actor=coordinator)
    proposal_submit(proposal=proposal, actor=coordinator)
    proposal.refresh_from_db()
    with pytest.raises(DomainError):  # not while in review
        proposal_reply(
            proposal=proposal, actor=coordinator, reply_text="改", replied_on=date(2026, 5, 21)
        )
    item_review(item=proposal.item, actor=reviewer, approve=False, opinion="请补充办理情况。")
    proposal.refresh_from_db()
    proposal_reply(
        proposal=proposal, actor=coordinator, reply_text="补充后的答复。",
        replied_on=date(2026, 5, 21),
    )  # fmt: skip
    proposal_submit(proposal=proposal, actor=coordinator)
    proposal.item.refresh_from_db()
    assert "补充后的答复。" in proposal.item.body
    assert proposal.item.status == ItemStatus.IN_REVIEW


def test_a_summary_is_published_instead_of_the_full_reply(org_tree, coordinator, reviewer):
    proposal = replied(org=org_tree["commission"], actor=coordinator)
    with pytest.raises(DomainError):
        proposal_reply(
            proposal=proposal, actor=coordinator, reply_text=proposal.reply_text,
            replied_on=date(2026, 5, 20), publish_mode=PublishMode.SUMMARY,
        )  # fmt: skip
    proposal_reply(
        proposal=proposal, actor=coordinator, reply_text=proposal.reply_text,
        replied_on=date(2026, 5, 20), publish_mode=PublishMode.SUMMARY,
        public_summary="将提高村卫生室补助标准。",
    )  # fmt: skip
    submitted_and_approved(proposal, actor=coordinator, reviewer=reviewer)
    proposal_publish(proposal=proposal, actor=coordinator)
    version = proposal.item.versions.get()
    assert "将提高村卫生室补助标准。" in version.body and "乡村医生养老保障" not in version.body


def test_only_the_handling_units_staff_act_and_only_a_coordinator_publishes(
    org_tree, coordinator, editor, reviewer, city_coordinator
):
    proposal = make_proposal(org=org_tree["office"], actor=editor)
    with pytest.raises(PermissionDeniedError):
        proposal_start(proposal=proposal, actor=city_coordinator)
    with pytest.raises(PermissionDeniedError):
        make_proposal(org=org_tree["commission"], actor=reviewer, number="9")
    proposal_start(proposal=proposal, actor=editor)
    proposal_reply(
        proposal=proposal, actor=editor, reply_text="已答复。", replied_on=date(2026, 5, 1)
    )
    submitted_and_approved(proposal, actor=editor, reviewer=reviewer)
    with pytest.raises(PermissionDeniedError):
        proposal_publish(proposal=proposal, actor=editor)
    proposal_publish(proposal=proposal, actor=coordinator)
    assert [p.pk for p in proposal_list(user=city_coordinator)] == []
    assert [p.pk for p in proposal_list(user=editor)] == [proposal.pk]


def test_counts_by_year_and_the_deadline_watch(org_tree, coordinator, reviewer):
    org = org_tree["commission"]
    today = date(2026, 6, 15)
    late = make_proposal(org=org, actor=coordinator, number="1", deadline=date(2026, 6, 10))
    soon = make_proposal(org=org, actor=coordinator, number="2", deadline=date(2026, 6, 18))
    make_proposal(org=org, actor=coordinator, number="3", deadline=date(2026, 8, 1))
    done = replied(org=org, actor=coordinator, number="4", deadline=date(2026, 6, 1))
    published = replied(
        org=org, actor=coordinator, number="5", kind=ProposalKind.PROPOSAL,
        session="省政协十三届三次会议",
    )  # fmt: skip
    submitted_and_approved(published, actor=coordinator, reviewer=reviewer)
    proposal_publish(proposal=published, actor=coordinator)
    make_proposal(
        org=org,
        actor=coordinator,
        number="6",
        year=2025,
        received_on=date(2025, 3, 1),
        deadline=date(2025, 6, 1),
    )
    rows = year_counts(Proposal.objects.all(), today=today)
    by = {(r["year"], r["kind"]): r for r in rows}
    row = by[(2026, "suggestion")]
    assert (row["received"], row["replied"], row["published"], row["overdue"]) == (4, 1, 0, 1)
    assert by[(2026, "proposal")]["published"] == 1
    assert by[(2025, "suggestion")]["overdue"] == 1
    assert [r["year"] for r in rows] == [2026, 2026, 2025]
    overdue, nearing = deadline_watch(user=coordinator, today=today)
    assert [p.pk for p in nearing] == [soon.pk]
    assert late.pk in [p.pk for p in overdue] and done.pk not in [p.pk for p in overdue]
    assert [p.pk for p in public_list()] == [published.pk]


def test_an_uploaded_letter_gives_the_reply_its_text_and_stays_private(
    client, org_tree, coordinator
):
    from gongkai.publishing.tests.factories import docx_bytes

    proposal = make_proposal(org=org_tree["commission"], actor=coordinator)
    proposal_start(proposal=proposal, actor=coordinator)
    with pytest.raises(DomainError, match="PDF"):
        proposal_reply(
            proposal=proposal, actor=coordinator, reply_text="", replied_on=date(2026, 5, 1),
            file=("复文.txt", b"text"),
        )  # fmt: skip
    letter = docx_bytes("王丽华代表：", "我委将提高村卫生室补助标准。", "抄送：省政府办公厅")
    proposal_reply(
        proposal=proposal, actor=coordinator, reply_text="", replied_on=date(2026, 5, 1),
        file=("复文.docx", letter),
    )  # fmt: skip
    proposal.refresh_from_db()
    assert "我委将提高村卫生室补助标准。" in proposal.reply_text
    proposal_submit(proposal=proposal, actor=coordinator)
    proposal.refresh_from_db()
    assert "补助标准" in proposal.item.body and "抄送" not in proposal.item.body
    assert not proposal.item.attachments.exists()  # the letter itself is never published
    assert client.get(f"/office/proposals/{proposal.pk}/letter/").status_code == 302  # sign in
    client.force_login(coordinator)
    assert client.get(f"/office/proposals/{proposal.pk}/letter/").status_code == 200
