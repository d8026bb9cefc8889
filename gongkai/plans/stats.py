"""Progress figures per plan and per unit, and the assessment score (reads only)."""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import QuerySet

from gongkai.orgs.models import Organisation

from .models import AssessmentIndicator, ProgressReport, Task, TaskUnit
from .selectors import OPEN_STATUSES
from .states import TaskStatus


@dataclass
class Figures:
    """Counts over a set of dispatched tasks; rates are percentages (None: nothing to rate)."""

    label: str
    total: int = 0
    due: int = 0  # due date reached, or done
    done: int = 0
    on_time: int = 0
    overdue: int = 0
    reported: int = 0
    score: float | None = None
    org_id: int | None = None
    rates: dict[str, float | None] = field(default_factory=dict)

    @property
    def on_time_rate(self) -> float | None:
        return round(100 * self.on_time / self.due, 1) if self.due else None


def _count(label: str, tasks: list[Task], today: date, reported_ids: set[int]) -> Figures:
    f = Figures(label=label, total=len(tasks))
    for t in tasks:
        done = t.status == TaskStatus.COMPLETED
        f.done += done
        if done or (t.due_on and t.due_on <= today):
            f.due += 1
            if done and (not t.due_on or (t.completed_on and t.completed_on <= t.due_on)):
                f.on_time += 1
        f.overdue += bool(t.status in OPEN_STATUSES and t.due_on and t.due_on < today)
        f.reported += t.pk in reported_ids
    f.rates = {
        AssessmentIndicator.Measure.ON_TIME: f.on_time_rate,
        AssessmentIndicator.Measure.REPORTING: (
            round(100 * f.reported / f.total, 1) if f.total else None
        ),
        AssessmentIndicator.Measure.COMPLETION: (
            round(100 * f.done / f.total, 1) if f.total else None
        ),
    }
    return f


def _dispatched(tasks: QuerySet[Task]) -> list[Task]:
    return list(
        tasks.exclude(status=TaskStatus.DRAFT).only(
            "pk", "status", "due_on", "completed_on", "plan_id"
        )
    )


def plan_figures(*, tasks: QuerySet[Task], label: str, today: date) -> Figures:
    reported = set(ProgressReport.objects.filter(task__in=tasks).values_list("task_id", flat=True))
    return _count(label, _dispatched(tasks), today, reported)


def unit_figures(*, tasks: QuerySet[Task], today: date) -> list[Figures]:
    """Figures and the weighted assessment score of each organisation named on the tasks."""
    indicators = list(AssessmentIndicator.objects.all())
    task_list = {t.pk: t for t in _dispatched(tasks)}
    by_org: dict[int, list[Task]] = {}
    for task_id, org_id in TaskUnit.objects.filter(
        task_id__in=task_list, org__isnull=False
    ).values_list("task_id", "org_id"):
        by_org.setdefault(org_id, [])
        if task_list[task_id] not in by_org[org_id]:
            by_org[org_id].append(task_list[task_id])
    reports: dict[int, set[int]] = {}
    for task_id, org_id in ProgressReport.objects.filter(task_id__in=task_list).values_list(
        "task_id", "org_id"
    ):
        reports.setdefault(org_id, set()).add(task_id)
    names = dict(Organisation.objects.filter(pk__in=by_org).values_list("pk", "name"))
    rows = []
    for org_id, org_tasks in by_org.items():
        f = _count(names[org_id], org_tasks, today, reports.get(org_id, set()))
        f.org_id = org_id
        f.score = assessment_score(f, indicators)
        rows.append(f)
    rows.sort(key=lambda f: (-(f.score or 0), f.label))
    return rows


def assessment_score(f: Figures, indicators: list[AssessmentIndicator]) -> float | None:
    """Σ weight × rate / 100 over indicators that can be rated (weights renormalised)."""
    rated = [(i.weight, f.rates.get(i.measure)) for i in indicators]
    rated = [(w, r) for w, r in rated if r is not None]
    total = sum(w for w, _ in rated)
    if not total:
        return None
    return round(sum(w * r for w, r in rated) / total, 1)


def bar_chart(rows: list[tuple[str, float | None]], *, maximum: float = 100.0) -> dict:
    """Data for the SVG bar chart partial: bars (label, value, width in px) and the height."""
    out = []
    for i, (label, value) in enumerate(rows):
        width = 0.0 if value is None or not maximum else min(1.0, value / maximum)
        out.append({"label": label, "value": value, "width": round(360 * width), "y": 28 * i})
    return {"rows": out, "height": 28 * len(out)}
