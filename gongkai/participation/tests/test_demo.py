"""The demo data: an open consultation with comments, a published outcome, messages."""

import pytest

from gongkai.orgs.demo import load_demo_orgs
from gongkai.participation.demo import load_demo_participation
from gongkai.participation.models import Comment, Consultation, Message
from gongkai.participation.states import ConsultationStatus, MessageStatus

pytestmark = pytest.mark.django_db


def _counts() -> tuple[int, int, int]:
    return Consultation.objects.count(), Comment.objects.count(), Message.objects.count()


def test_demo_shows_each_stage_once_and_the_public_sees_no_writer(client):
    load_demo_orgs()
    load_demo_participation()
    first = _counts()
    load_demo_participation()
    assert _counts() == first == (2, 6, 3)  # idempotent
    statuses = set(Consultation.objects.values_list("status", flat=True))
    assert statuses == {ConsultationStatus.OPEN, ConsultationStatus.OUTCOME_PUBLISHED}
    assert sorted(Message.objects.values_list("status", flat=True)) == sorted(
        [MessageStatus.PUBLISHED, MessageStatus.RECEIVED, MessageStatus.REPLIED]
    )
    page = client.get("/participate/messages/").content.decode()
    assert "社区卫生服务中心周末能否开放门诊？" in page
    published = Message.objects.get(status=MessageStatus.PUBLISHED)
    detail = client.get(published.get_public_url()).content.decode()
    assert "138****5678" in detail and "13812345678" not in detail and "张晓明" not in detail
    closed = Consultation.objects.get(status=ConsultationStatus.OUTCOME_PUBLISHED)
    outcome = client.get(closed.get_public_url()).content.decode()
    assert "共收到意见3条" in outcome and "未采纳" in outcome
