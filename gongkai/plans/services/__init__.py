"""Every write of the plans app, re-exported so that callers import from ``plans.services``."""

from .assessment import assessment_scheme_set, indicator_weights_set
from .derive import plan_derive
from .imports import plan_confirm, plan_import, plan_transition, plan_unit_map, task_transition
from .ledger import ledger_import
from .occurrences import (
    occurrence_due_recompute_open,
    plan_reminders_send,
    task_event_date_set,
    task_occurrences_generate,
)
from .progress import (
    progress_report_add,
    task_completion_accept,
    task_completion_request,
    task_completion_return,
)
from .review import task_merge, task_split, task_units_set, task_update

__all__ = [
    "assessment_scheme_set",
    "indicator_weights_set",
    "ledger_import",
    "occurrence_due_recompute_open",
    "plan_confirm",
    "plan_derive",
    "plan_import",
    "plan_reminders_send",
    "plan_transition",
    "plan_unit_map",
    "progress_report_add",
    "task_completion_accept",
    "task_completion_request",
    "task_completion_return",
    "task_event_date_set",
    "task_merge",
    "task_occurrences_generate",
    "task_split",
    "task_transition",
    "task_units_set",
    "task_update",
]
