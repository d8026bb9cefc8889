"""The demo data: a published suggestion reply, a published proposal summary, one in handling."""

import pytest

from gongkai.orgs.demo import load_demo_orgs
from gongkai.proposals.demo import load_demo_proposals
from gongkai.proposals.models import Proposal
from gongkai.proposals.privacy import private_pieces
from gongkai.proposals.states import ProposalKind, ProposalStatus

pytestmark = pytest.mark.django_db


def test_demo_publishes_two_replies_once_without_contacts(client):
    load_demo_orgs()
    load_demo_proposals()
    load_demo_proposals()  # idempotent
    rows = sorted(Proposal.objects.values_list("kind", "status"))
    assert rows == sorted(
        [
            (ProposalKind.SUGGESTION, ProposalStatus.PUBLISHED),
            (ProposalKind.PROPOSAL, ProposalStatus.PUBLISHED),
            (ProposalKind.SUGGESTION, ProposalStatus.HANDLING),
        ]
    )
    page = client.get("/proposals/").content.decode()
    assert "第0218号代表建议的答复" in page and "第0057号提案的答复" in page
    assert "第0305号" not in page
    for proposal in Proposal.objects.filter(status=ProposalStatus.PUBLISHED):
        detail = client.get(proposal.get_public_url()).content.decode()
        pieces = private_pieces(proposal.contacts, proposal.copy_to)
        assert len(pieces) >= 3
        for piece in pieces:
            assert piece not in detail, piece
