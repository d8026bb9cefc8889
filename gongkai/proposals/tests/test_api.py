"""The proposals API: staff read their records, contacts only where the office shows them; the
public reads published replies, never a contact."""

import json
from datetime import date

import pytest
import time_machine

from tests.api_client import api_client as _client

from ..services import proposal_publish
from ..states import ProposalKind
from .factories import CONTACTS, make_proposal, replied, submitted_and_approved

pytestmark = pytest.mark.django_db

PRIVATE = ("13908712345", "青年路88号", "曲靖市第一人民医院", "0871-67195123", "代表工作委员会")


def _published(org_tree, coordinator, reviewer, **overrides):
    proposal = replied(org=org_tree["commission"], actor=coordinator, **overrides)
    submitted_and_approved(proposal, actor=coordinator, reviewer=reviewer)
    proposal_publish(proposal=proposal, actor=coordinator)
    return proposal


def test_lists_never_carry_contacts_and_a_record_carries_them_as_the_office_page_does(
    client, org_tree, coordinator
):
    proposal = make_proposal(org=org_tree["commission"], actor=coordinator)
    api = _client(coordinator)
    listing = api.get("/api/proposals/records/")
    assert [r["number"] for r in listing.json()["results"]] == [proposal.number]
    assert "contacts" not in listing.json()["results"][0]
    assert not any(private in listing.content.decode() for private in PRIVATE)
    detail = api.get(f"/api/proposals/records/{proposal.pk}/").json()
    assert detail["contacts"] == CONTACTS
    assert detail["copy_to"] == "省人大常委会代表工作委员会"
    client.force_login(coordinator)
    assert "13908712345" in client.get(proposal.get_absolute_url()).content.decode()


def test_another_organisations_staff_get_nothing_until_their_unit_co_handles_it(
    client, org_tree, coordinator, city_coordinator
):
    proposal = make_proposal(org=org_tree["commission"], actor=coordinator)
    api = _client(city_coordinator)
    assert api.get("/api/proposals/records/").json()["count"] == 0
    assert api.get(f"/api/proposals/records/{proposal.pk}/").status_code == 404
    # a co-handling unit opens the record on the office's page, contacts included, and so
    # through the API: the same rule answers both
    proposal.co_orgs.set([org_tree["civil"]])
    detail = api.get(f"/api/proposals/records/{proposal.pk}/").json()
    assert detail["contacts"] == CONTACTS
    client.force_login(city_coordinator)
    assert "13908712345" in client.get(proposal.get_absolute_url()).content.decode()


def test_anonymous_callers_cannot_read_the_records(org_tree, coordinator):
    proposal = make_proposal(org=org_tree["commission"], actor=coordinator)
    assert _client().get("/api/proposals/records/").status_code in {401, 403}
    assert _client().get(f"/api/proposals/records/{proposal.pk}/").status_code in {401, 403}


def test_records_filter_by_year_kind_status_organisation_and_deadline(org_tree, coordinator):
    suggestion = make_proposal(org=org_tree["commission"], actor=coordinator)
    member = make_proposal(
        org=org_tree["office"], actor=coordinator, number="57", kind=ProposalKind.PROPOSAL,
        session="省政协十三届三次会议", year=2025, received_on=date(2025, 3, 10),
        deadline=date(2025, 6, 30),
    )  # fmt: skip
    api = _client(coordinator)

    def numbers(query):
        rows = api.get(f"/api/proposals/records/?{query}").json()["results"]
        return {r["number"] for r in rows}

    assert numbers("year=2025") == {member.number}
    assert numbers("kind=suggestion") == {suggestion.number}
    assert numbers(f"org={org_tree['office'].pk}") == {member.number}
    assert numbers("status=published") == set()
    with time_machine.travel(date(2026, 4, 1), tick=False):  # the suggestion is due in June
        assert numbers("overdue=1") == {member.number}  # unanswered since 2025-06-30
    assert api.get("/api/proposals/records/?year=twenty").status_code == 400


def test_the_public_reads_published_replies_only_and_never_a_contact(
    org_tree, coordinator, reviewer
):
    waiting = replied(org=org_tree["commission"], actor=coordinator, number="9")
    submitted_and_approved(waiting, actor=coordinator, reviewer=reviewer)  # not yet published
    proposal = _published(org_tree, coordinator, reviewer)
    _published(
        org_tree, coordinator, reviewer, number="57", kind=ProposalKind.PROPOSAL,
        session="省政协十三届三次会议", title="关于推进县域医共体建设的提案",
    )  # fmt: skip
    api = _client()
    listing = api.get("/api/proposals/replies/?kind=suggestion&year=2026")
    assert [r["id"] for r in listing.json()["results"]] == [proposal.pk]
    assert api.get("/api/proposals/replies/?year=2025").json()["count"] == 0
    assert api.get(f"/api/proposals/replies/{waiting.pk}/").status_code == 404
    detail = api.get(f"/api/proposals/replies/{proposal.pk}/")
    body = detail.json()
    assert "我委将提高村卫生室补助标准" in body["body"]
    assert body["reply_title"] == "关于省十四届人大三次会议第0218号代表建议的答复"
    everything = json.dumps([listing.json(), body], ensure_ascii=False)
    assert not any(private in everything for private in PRIVATE)
    assert "contacts" not in body and "copy_to" not in body and "authors" not in body


def test_without_the_right_the_record_hides_contacts_and_the_letter_foot(
    org_tree, coordinator, monkeypatch
):
    """Today whoever opens a record may read its contacts; should the office's rule narrow,
    the API follows it and the reply letter loses its contact and copy-list lines too."""
    from gongkai.proposals import api

    proposal = replied(org=org_tree["commission"], actor=coordinator)
    monkeypatch.setattr(api, "contacts_visible", lambda **kw: False)
    detail = _client(coordinator).get(f"/api/proposals/records/{proposal.pk}/")
    assert detail.json()["contacts"] is None and detail.json()["copy_to"] is None
    assert "我委将提高村卫生室补助标准" in detail.json()["reply_text"]
    assert not any(private in detail.content.decode() for private in PRIVATE)
