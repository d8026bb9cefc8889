"""States of plans and tasks, and the transitions allowed between them (one table each)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PlanStatus(models.TextChoices):
    REVIEW = "review", _("Under review")  # parsed, being corrected; nothing dispatched
    DISPATCHED = "dispatched", _("Dispatched")
    CLOSED = "closed", _("Closed")


PLAN_TRANSITIONS: dict[str, set[str]] = {
    PlanStatus.REVIEW: {PlanStatus.DISPATCHED},
    PlanStatus.DISPATCHED: {PlanStatus.CLOSED},
    PlanStatus.CLOSED: set(),
}


class TaskStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    DISPATCHED = "dispatched", _("Dispatched")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETION_REQUESTED = "completion_requested", _("Completion requested")
    COMPLETED = "completed", _("Completed")


TASK_TRANSITIONS: dict[str, set[str]] = {
    TaskStatus.DRAFT: {TaskStatus.DISPATCHED},
    TaskStatus.DISPATCHED: {TaskStatus.IN_PROGRESS, TaskStatus.COMPLETION_REQUESTED},
    TaskStatus.IN_PROGRESS: {TaskStatus.COMPLETION_REQUESTED},
    # The coordinator accepts, or returns the task with a reason.
    TaskStatus.COMPLETION_REQUESTED: {TaskStatus.COMPLETED, TaskStatus.IN_PROGRESS},
    TaskStatus.COMPLETED: set(),
}
