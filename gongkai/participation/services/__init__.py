"""Every write of the participation app; callers import from here."""

from .common import MANAGE_ROLES, require_role
from .consultations import (
    CONSULTATION_FIELDS,
    OpinionInput,
    comment_submit,
    comments_accepted,
    consultation_close,
    consultation_create,
    consultation_outcome_publish,
    consultation_publish,
    consultation_transition,
    consultation_update,
    consultations_close_expired,
)
from .messages import (
    masked,
    message_publish,
    message_reply,
    message_submit,
    message_track_url,
    message_transition,
)

__all__ = [
    "CONSULTATION_FIELDS",
    "MANAGE_ROLES",
    "OpinionInput",
    "require_role",
    "comment_submit",
    "comments_accepted",
    "consultation_close",
    "consultation_create",
    "consultation_outcome_publish",
    "consultation_publish",
    "consultation_transition",
    "consultation_update",
    "consultations_close_expired",
    "masked",
    "message_publish",
    "message_reply",
    "message_submit",
    "message_track_url",
    "message_transition",
]
