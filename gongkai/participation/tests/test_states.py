"""The transition tables: every state has a row, terminal states lead nowhere."""

from gongkai.participation.states import (
    CONSULTATION_TRANSITIONS,
    MESSAGE_TRANSITIONS,
    ConsultationStatus,
    MessageStatus,
)


def test_consultation_moves_only_forward_one_step_at_a_time():
    assert set(CONSULTATION_TRANSITIONS) == set(ConsultationStatus.values)
    assert CONSULTATION_TRANSITIONS == {
        ConsultationStatus.DRAFT: {ConsultationStatus.OPEN},
        ConsultationStatus.OPEN: {ConsultationStatus.CLOSED},
        ConsultationStatus.CLOSED: {ConsultationStatus.OUTCOME_PUBLISHED},
        ConsultationStatus.OUTCOME_PUBLISHED: set(),
    }


def test_message_is_published_only_after_a_reply_and_can_be_withdrawn_to_be_corrected():
    assert set(MESSAGE_TRANSITIONS) == set(MessageStatus.values)
    assert MESSAGE_TRANSITIONS == {
        MessageStatus.RECEIVED: {MessageStatus.REPLIED},
        MessageStatus.REPLIED: {MessageStatus.PUBLISHED},
        MessageStatus.PUBLISHED: {MessageStatus.REPLIED},
    }
