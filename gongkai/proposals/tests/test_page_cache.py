"""Public pages come from the cache, and change the moment a reply is published or withdrawn."""

import pytest
from django.test import Client

from gongkai.proposals.models import Proposal
from gongkai.proposals.services import proposal_publish
from gongkai.publishing.services import item_publish, item_withdraw

from .factories import replied, submitted_and_approved

pytestmark = pytest.mark.django_db

INDEX = "/proposals/"
TITLE = "关于省十四届人大三次会议第0218号代表建议的答复"


def _approved(org_tree, coordinator, reviewer, **overrides) -> Proposal:
    proposal = replied(org=org_tree["commission"], actor=coordinator, **overrides)
    return submitted_and_approved(proposal, actor=coordinator, reviewer=reviewer)


def test_a_second_reader_gets_the_pages_from_the_cache(
    org_tree, coordinator, reviewer, django_assert_num_queries
):
    proposal = _approved(org_tree, coordinator, reviewer)
    proposal_publish(proposal=proposal, actor=coordinator)
    for url in (INDEX, proposal.get_public_url()):
        first = Client().get(url).content
        assert TITLE in first.decode()
        with django_assert_num_queries(0):
            assert Client().get(url).content == first, url


def test_publishing_and_withdrawing_a_reply_change_the_pages_at_once(
    client, org_tree, coordinator, reviewer
):
    proposal = _approved(org_tree, coordinator, reviewer)
    detail = proposal.get_public_url()
    assert TITLE not in client.get(INDEX).content.decode()
    assert client.get(detail).status_code == 404
    proposal_publish(proposal=proposal, actor=coordinator)
    assert TITLE in client.get(INDEX).content.decode()
    assert "我委将提高村卫生室补助标准" in client.get(detail).content.decode()
    proposal.refresh_from_db()
    item_withdraw(item=proposal.item, actor=coordinator, reason="复文有误")
    assert TITLE not in client.get(INDEX).content.decode()
    assert client.get(detail).status_code == 404


def test_a_reply_published_in_publishing_shows_once_its_record_follows(
    client, org_tree, coordinator, reviewer
):
    """Only the proposal's row changes when its item was published from the publishing pages."""
    proposal = _approved(org_tree, coordinator, reviewer)
    proposal.refresh_from_db()
    item_publish(item=proposal.item, actor=coordinator)
    assert TITLE not in client.get(INDEX).content.decode()  # kept: the record is not published
    proposal_publish(proposal=proposal, actor=coordinator)
    assert TITLE in client.get(INDEX).content.decode()


def test_writes_that_send_no_signal_change_the_pages_at_once(
    client, org_tree, coordinator, reviewer
):
    proposal = _approved(org_tree, coordinator, reviewer)
    proposal_publish(proposal=proposal, actor=coordinator)
    url = proposal.get_public_url()
    assert "关于加强乡村医生队伍建设的建议" in client.get(url).content.decode()
    Proposal.objects.filter(pk=proposal.pk).update(title="关于提高乡村医生待遇的建议")
    assert "关于提高乡村医生待遇的建议" in client.get(url).content.decode()


def test_signed_in_staff_never_get_a_cached_page(client, org_tree, coordinator):
    assert "工作人员登录" in client.get(INDEX).content.decode()  # cached for anonymous readers
    client.force_login(coordinator)
    assert "工作人员登录" not in client.get(INDEX).content.decode()
