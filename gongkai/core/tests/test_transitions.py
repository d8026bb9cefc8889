"""status_move: the one way a status changes, refused outside its table, always audited."""

from datetime import date

import pytest

from gongkai.core.errors import DomainError
from gongkai.core.models import AuditEntry
from gongkai.core.transitions import status_move
from gongkai.participation.states import CONSULTATION_TRANSITIONS, ConsultationStatus
from gongkai.participation.tests.factories import make_consultation

pytestmark = pytest.mark.django_db

LABELS = dict(ConsultationStatus.choices)


def _move(consultation, to, actor, **kw):
    return status_move(
        consultation,
        to=to,
        table=CONSULTATION_TRANSITIONS,
        labels=LABELS,
        actor=actor,
        action="test.move",
        **kw,
    )


@pytest.fixture
def consultation(org_tree, coordinator):
    """A consultation still in draft."""
    return make_consultation(
        org=org_tree["commission"],
        actor=coordinator,
        starts_on=date(2024, 3, 1),
        ends_on=date(2024, 3, 31),
        publish=False,
    )


def test_a_move_outside_the_table_is_refused_in_the_users_words(consultation, coordinator):
    with pytest.raises(DomainError, match="不能从“草稿”变更为“已公布采纳情况”"):
        _move(consultation, ConsultationStatus.OUTCOME_PUBLISHED, coordinator)
    consultation.refresh_from_db()
    assert consultation.status == ConsultationStatus.DRAFT
    assert not AuditEntry.objects.filter(action="test.move").exists()


def test_an_allowed_move_saves_stamps_and_audits_the_reason(consultation, coordinator):
    before = _move(
        consultation, ConsultationStatus.OPEN, coordinator, reason="开始征集", stamp=True
    )
    assert before == ConsultationStatus.DRAFT
    consultation.refresh_from_db()
    assert consultation.status == ConsultationStatus.OPEN
    assert consultation.status_changed_at is not None
    entry = AuditEntry.objects.get(action="test.move")
    assert (entry.from_state, entry.to_state, entry.reason) == ("draft", "open", "开始征集")
