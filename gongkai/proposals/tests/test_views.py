"""The pages: back-office list with counts, detail, reply form; public list and reply page."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from ..services import proposal_publish
from ..states import ProposalKind, ProposalStatus
from .factories import CONTACTS, make_proposal, replied, submitted_and_approved

pytestmark = pytest.mark.django_db

PRIVATE = ("13908712345", "青年路88号", "曲靖市第一人民医院", "0871-67195123", "代表工作委员会")


def _published(org_tree, coordinator, reviewer, **overrides):
    proposal = replied(org=org_tree["commission"], actor=coordinator, **overrides)
    submitted_and_approved(proposal, actor=coordinator, reviewer=reviewer)
    proposal_publish(proposal=proposal, actor=coordinator)
    return proposal


def test_the_public_sees_only_published_replies_and_never_contacts(
    client, org_tree, coordinator, reviewer
):
    waiting = replied(org=org_tree["commission"], actor=coordinator, number="9")
    submitted_and_approved(waiting, actor=coordinator, reviewer=reviewer)  # approved, unpublished
    assert client.get(waiting.get_public_url()).status_code == 404
    proposal = _published(org_tree, coordinator, reviewer)
    page = client.get("/proposals/").content.decode()
    assert "关于省十四届人大三次会议第0218号代表建议的答复" in page
    assert "第0009号" not in page
    detail = client.get(proposal.get_public_url()).content.decode()
    assert "我委将提高村卫生室补助标准" in detail and "王丽华代表" in detail
    for private in PRIVATE:
        assert private not in page and private not in detail
    item_page = client.get(proposal.item.get_public_url()).content.decode()
    assert "我委将提高村卫生室补助标准" in item_page
    assert not any(private in item_page for private in PRIVATE)


def test_the_public_list_counts_by_year_and_kind_and_filters(
    client, org_tree, coordinator, reviewer
):
    _published(org_tree, coordinator, reviewer)
    _published(
        org_tree, coordinator, reviewer, number="57", kind=ProposalKind.PROPOSAL,
        session="省政协十三届三次会议", title="关于推进县域医共体建设的提案",
    )  # fmt: skip
    response = client.get("/proposals/")
    counts = response.context["counts"]
    assert counts == [{"year": 2026, "total": 2, "suggestion": 1, "proposal": 1}]
    only = client.get("/proposals/?year=2026&kind=proposal").content.decode()
    assert "第0057号提案的答复" in only and "第0218号代表建议" not in only
    assert client.get("/proposals/?year=abc").status_code == 400


def test_staff_see_counts_and_their_own_records_only(
    client, org_tree, coordinator, city_coordinator
):
    org = org_tree["commission"]
    make_proposal(org=org, actor=coordinator, deadline=date(2026, 3, 20))
    client.force_login(coordinator)
    page = client.get("/office/proposals/")
    assert page.status_code == 200
    [row] = page.context["counts"]
    assert (row["received"], row["overdue"]) == (1, 1)
    assert "关于加强乡村医生队伍建设的建议" in page.content.decode()
    assert "关于加强" in client.get("/office/proposals/?overdue=1").content.decode()
    assert "关于加强" not in client.get("/office/proposals/?status=replied").content.decode()
    proposal = org.proposals.get()
    detail = client.get(proposal.get_absolute_url()).content.decode()
    assert "13908712345" in detail  # the handling staff see the contacts
    client.force_login(city_coordinator)
    assert client.get(proposal.get_absolute_url()).status_code == 404
    assert "关于加强" not in client.get("/office/proposals/").content.decode()


def test_register_reply_submit_and_publish_through_the_pages(
    client, org_tree, coordinator, reviewer
):
    client.force_login(coordinator)
    response = client.post(
        "/office/proposals/new/",
        {
            "org": org_tree["commission"].pk, "kind": "suggestion",
            "session": "省十四届人大三次会议", "number": "218", "year": 2026,
            "title": "关于加强乡村医生队伍建设的建议", "authors": "王丽华", "contacts": CONTACTS,
            "copy_to": "", "received_on": "2026-03-10", "deadline": "2026-06-10",
        },
    )  # fmt: skip
    proposal = org_tree["commission"].proposals.get()
    assert response.status_code == 302 and proposal.number == "第0218号"
    client.post(f"/office/proposals/{proposal.pk}/start/")
    today = timezone.localdate().isoformat()
    client.post(
        f"/office/proposals/{proposal.pk}/reply/",
        {"reply_text": "王丽华代表：\n已答复。\n联系电话：13908712345", "replied_on": today,
         "publish_mode": "full"},
    )  # fmt: skip
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.REPLIED
    page = client.get(proposal.get_absolute_url()).content.decode()
    review_text = page.split('id="review-text"')[1].split("</div>")[0]
    assert "已答复" in review_text and "13908712345" not in review_text
    client.post(f"/office/proposals/{proposal.pk}/submit/")
    proposal.refresh_from_db()
    assert proposal.item.status == "in_review"
    client.force_login(reviewer)
    item_url = f"/office/publishing/{proposal.item.pk}"
    client.post(f"{item_url}/findings/accept-all/")
    client.post(f"{item_url}/review/", {"opinion": "同意公开。", "decision": "approve"})
    proposal.item.refresh_from_db()
    assert proposal.item.status == "approved"
    client.force_login(coordinator)
    client.post(f"/office/proposals/{proposal.pk}/publish/")
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.PUBLISHED
    assert "已答复" in client.get(proposal.get_public_url()).content.decode()


def test_the_dashboard_warns_of_replies_nearing_and_past_the_deadline(
    client, org_tree, coordinator
):
    today = timezone.localdate()
    make_proposal(
        org=org_tree["commission"], actor=coordinator, number="1", year=today.year,
        received_on=today - timedelta(days=90), deadline=today - timedelta(days=1),
    )  # fmt: skip
    make_proposal(
        org=org_tree["commission"], actor=coordinator, number="2", year=today.year,
        received_on=today - timedelta(days=80), deadline=today + timedelta(days=3),
    )  # fmt: skip
    client.force_login(coordinator)
    page = client.get("/office/").content.decode()
    assert "建议提案逾期未答复：1件" in page
    assert "建议提案7天内到期：1件" in page


def test_a_co_handling_unit_reads_the_record_but_only_the_lead_unit_answers(
    client, org_tree, coordinator, city_coordinator
):
    from gongkai.core.errors import PermissionDeniedError

    from ..services import proposal_start

    proposal = make_proposal(org=org_tree["commission"], actor=coordinator)
    client.force_login(city_coordinator)
    assert client.get(proposal.get_absolute_url()).status_code == 404
    proposal.co_orgs.set([org_tree["civil"]])
    assert client.get(proposal.get_absolute_url()).status_code == 200
    assert "关于加强" in client.get("/office/proposals/").content.decode()
    with pytest.raises(PermissionDeniedError):
        proposal_start(proposal=proposal, actor=city_coordinator)


def test_a_reply_withdrawn_in_publishing_leaves_the_public_pages(
    client, org_tree, coordinator, reviewer
):
    from gongkai.publishing.services import item_withdraw

    proposal = _published(org_tree, coordinator, reviewer)
    assert client.get(proposal.get_public_url()).status_code == 200
    item_withdraw(item=proposal.item, actor=coordinator, reason="复文有误")
    assert client.get(proposal.get_public_url()).status_code == 404
    assert "第0218号" not in client.get("/proposals/").content.decode()
