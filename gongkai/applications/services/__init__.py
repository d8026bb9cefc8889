"""Every write to disclosure requests; callers import from here."""

from .bulk import application_bulk
from .cases import (
    application_assign,
    application_due_reminders_send,
    application_identity_reveal,
    application_remind,
    application_start,
    assignable_users,
)
from .clock import (
    application_consultation_answer,
    application_consultation_send,
    application_correction_receive,
    application_correction_request,
    application_deadline_set,
    application_extension_approve,
    application_fee_notice,
    application_fee_paid,
    application_letter_delivered,
    application_receipt_confirm,
    undelivered_letters,
)
from .fees import application_fee_charge, fee_assess
from .imports import applications_import
from .intake import (
    application_due_recompute_open,
    application_recompute_due,
    application_register,
    application_transition,
)
from .letters import (
    application_answer,
    letter_deliver,
    letter_issue,
    letter_settings_for,
    letter_settings_save,
    template_for,
    template_save,
)
from .procedural import (
    procedural_letter_after_step,
    procedural_letter_deliver,
    procedural_letter_discard,
    procedural_letter_draft,
    procedural_letter_edit,
    procedural_letter_issue,
    procedural_template_for,
    procedural_template_save,
)
from .public import application_submit, attachment_add
from .remedies import remedy_decide, remedy_record
from .replies import (
    application_close,
    application_deem_withdrawn,
    application_reply,
    application_withdraw,
)
from .settings import request_settings_save

__all__ = [
    "application_bulk",
    "applications_import",
    "application_receipt_confirm",
    "application_identity_reveal",
    "application_letter_delivered",
    "undelivered_letters",
    "application_answer",
    "application_assign",
    "application_due_reminders_send",
    "application_remind",
    "application_start",
    "application_submit",
    "assignable_users",
    "attachment_add",
    "letter_deliver",
    "remedy_decide",
    "remedy_record",
    "letter_issue",
    "letter_settings_for",
    "letter_settings_save",
    "template_for",
    "template_save",
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
    "application_fee_charge",
    "fee_assess",
    "request_settings_save",
    "procedural_letter_after_step",
    "procedural_letter_deliver",
    "procedural_letter_discard",
    "procedural_letter_draft",
    "procedural_letter_edit",
    "procedural_letter_issue",
    "procedural_template_for",
    "procedural_template_save",
]
