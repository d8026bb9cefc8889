"""Work plans (工作要点 / 任务分解), their task trees and the units responsible for each task."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from gongkai.core.models import BaseModel

from .states import PlanStatus, TaskStatus

RECURRENCE_LABELS = {
    "weekly": _("weekly"),
    "monthly": _("monthly"),
    "quarterly": _("quarterly"),
    "half_yearly": _("half-yearly"),
    "yearly": _("yearly"),
    "continuous": _("continuous"),
}


class Plan(BaseModel):
    org = models.ForeignKey(
        "orgs.Organisation", models.PROTECT, related_name="plans", verbose_name=_("organisation")
    )
    title = models.CharField(_("title"), max_length=300)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=PlanStatus, default=PlanStatus.REVIEW
    )
    source_name = models.CharField(_("source file"), max_length=255, blank=True)
    source = models.FileField(_("source document"), upload_to="plans/%Y/", blank=True)
    source_lines = models.JSONField(_("source text"), default=list, blank=True)
    warnings = models.JSONField(_("parser warnings"), default=list, blank=True)
    upper_plan = models.ForeignKey(
        "self",
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="derived_plans",
        verbose_name=_("upper plan"),
        help_text=_("The upper government's plan that this breakdown implements."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )

    class Meta:
        verbose_name = _("work plan")
        verbose_name_plural = _("work plans")
        ordering = ["-year", "-created_at"]

    def __str__(self) -> str:
        return self.title or self.source_name

    def get_absolute_url(self) -> str:
        return reverse("plans:detail", args=[self.pk])


class Task(BaseModel):
    plan = models.ForeignKey(Plan, models.CASCADE, related_name="tasks", verbose_name=_("plan"))
    path = models.JSONField(_("numbering"), default=list)
    number = models.CharField(_("number"), max_length=64, blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)
    title = models.CharField(_("task"), max_length=500, blank=True)
    content = models.TextField(_("content"), blank=True)
    deadline_text = models.CharField(_("time limit as written"), max_length=300, blank=True)
    due_on = models.DateField(_("due on"), null=True, blank=True)
    recurrence = models.CharField(_("recurrence"), max_length=32, blank=True)
    relative_rule = models.JSONField(_("relative time limit"), null=True, blank=True)
    source_line_start = models.PositiveIntegerField(_("first source line"), default=0)
    source_line_end = models.PositiveIntegerField(_("last source line"), default=0)
    status = models.CharField(
        _("status"), max_length=24, choices=TaskStatus, default=TaskStatus.DRAFT
    )
    completed_on = models.DateField(_("completed on"), null=True, blank=True)
    upper_task = models.ForeignKey(
        "self",
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="derived_tasks",
        verbose_name=_("implements upper task"),
    )

    class Meta:
        verbose_name = _("task")
        verbose_name_plural = _("tasks")
        ordering = ["plan", "position"]

    @property
    def recurrence_label(self) -> str:
        return str(RECURRENCE_LABELS.get(self.recurrence, self.recurrence))

    def __str__(self) -> str:
        label = "/".join(self.path)
        return f"{label} {self.title or self.content[:30]}".strip()


class TaskUnit(models.Model):
    """A unit named for a task, as written, and the organisation it was resolved to."""

    task = models.ForeignKey(Task, models.CASCADE, related_name="units", verbose_name=_("task"))
    name = models.CharField(_("name as written"), max_length=200)
    org = models.ForeignKey(
        "orgs.Organisation",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="task_units",
        verbose_name=_("organisation"),
    )
    is_lead = models.BooleanField(_("lead unit"), default=False)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("responsible unit")
        verbose_name_plural = _("responsible units")
        ordering = ["task", "position"]

    def __str__(self) -> str:
        return self.name


class ProgressReport(BaseModel):
    """A dated progress report a responsible unit posts on a task (PRODUCT.md A)."""

    task = models.ForeignKey(Task, models.CASCADE, related_name="reports", verbose_name=_("task"))
    org = models.ForeignKey(
        "orgs.Organisation",
        models.PROTECT,
        related_name="+",
        verbose_name=_("reporting unit"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("author"),
    )
    reported_on = models.DateField(_("progress as of"))
    text = models.TextField(_("progress"))
    attachment = models.FileField(_("attachment"), upload_to="plans/reports/%Y/", blank=True)
    attachment_name = models.CharField(_("attachment name"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("progress report")
        verbose_name_plural = _("progress reports")
        ordering = ["-reported_on", "-created_at"]

    def __str__(self) -> str:
        return f"{self.task} · {self.reported_on}"


class TaskOccurrence(BaseModel):
    """One dated occurrence of a recurring task, or of a time limit counted from an event."""

    task = models.ForeignKey(
        Task, models.CASCADE, related_name="occurrences", verbose_name=_("task")
    )
    due_on = models.DateField(_("due on"))
    #: The event a limit in working days counts from: kept so that a changed calendar can count
    #: again (CAL-DATA-1); empty for periods and plain due dates.
    event_on = models.DateField(_("event date"), null=True, blank=True)
    label = models.CharField(_("period"), max_length=60)
    done_on = models.DateField(_("done on"), null=True, blank=True)
    reminded_before = models.BooleanField(_("reminder sent"), default=False)
    reminded_overdue = models.BooleanField(_("overdue notice sent"), default=False)

    class Meta:
        verbose_name = _("task occurrence")
        verbose_name_plural = _("task occurrences")
        ordering = ["task", "due_on"]
        constraints = [
            models.UniqueConstraint(fields=["task", "due_on"], name="occurrence_unique_due"),
        ]

    def __str__(self) -> str:
        return f"{self.task} · {self.label}"


class AssessmentIndicator(BaseModel):
    """An indicator of the per-unit assessment score and its weight in percent (data, not code).

    PLAN-ASSESS-1: the plans require disclosure to weigh at least 4% of the overall assessment;
    the weights here split this app's score and must sum to 100.
    """

    class Measure(models.TextChoices):
        ON_TIME = "on_time", _("Tasks completed on time")
        REPORTING = "reporting", _("Tasks with a progress report")
        COMPLETION = "completion", _("Tasks completed")

    name = models.CharField(_("indicator"), max_length=100)
    measure = models.CharField(_("measure"), max_length=16, choices=Measure, unique=True)
    weight = models.PositiveSmallIntegerField(_("weight (%)"))

    class Meta:
        verbose_name = _("assessment indicator")
        verbose_name_plural = _("assessment indicators")
        ordering = ["-weight", "pk"]

    def __str__(self) -> str:
        return f"{self.name} {self.weight}%"


class AssessmentScheme(BaseModel):
    """Disclosure's share of an organisation's overall performance assessment.

    PLAN-ASSESS-1: 政务公开工作纳入绩效考核体系，分值权重不应低于4% (seed 001 item 20,
    seed 003 (二十三)). Each government or agency that assesses its units has its own scheme
    (``org``); units without one follow the nearest organisation above them that has one, and the
    row without an organisation is the platform default. The unit scores of this app are the
    disclosure part of that assessment.
    """

    org = models.OneToOneField(
        "orgs.Organisation",
        models.CASCADE,
        null=True,
        blank=True,
        related_name="assessment_scheme",
        verbose_name=_("organisation"),
    )
    document = models.CharField(_("assessment scheme document"), max_length=200, blank=True)
    disclosure_share = models.DecimalField(
        _("share of disclosure work in the overall assessment (%)"),
        max_digits=4,
        decimal_places=1,
        default=4,
    )

    class Meta:
        verbose_name = _("assessment scheme")
        verbose_name_plural = _("assessment schemes")

    def __str__(self) -> str:
        return f"{self.document or self.org or '—'} {self.disclosure_share}%"
