"""Every write to disclosure requests; callers import from here."""

from .clock import (
    application_consultation_answer,
    application_consultation_send,
    application_correction_receive,
    application_correction_request,
    application_deadline_set,
    application_extension_approve,
    application_fee_notice,
    application_fee_paid,
)
from .intake import (
    application_due_recompute_open,
    application_recompute_due,
    application_register,
    application_transition,
)
from .replies import (
    application_close,
    application_deem_withdrawn,
    application_reply,
    application_withdraw,
)

__all__ = [
    "application_close",
    "application_deem_withdrawn",
    "application_reply",
    "application_withdraw",
    "application_consultation_answer",
    "application_consultation_send",
    "application_correction_receive",
    "application_correction_request",
    "application_deadline_set",
    "application_due_recompute_open",
    "application_extension_approve",
    "application_fee_notice",
    "application_fee_paid",
    "application_recompute_due",
    "application_register",
    "application_transition",
]
