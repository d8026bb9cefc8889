"""Progress figures per plan and per unit, and the assessment score (reads only).

``task_figures`` is the one place where tasks are counted: the plan page, a unit's page, 任务统计
and the dashboard cards all call it, so that they cannot disagree. Each task is counted once,
under its accountable unit (the first matched lead unit, else the first matched unit), so that a
plan's figures are the sum of its units' figures.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from gongkai.orgs.models import Organisation

from .models import AssessmentIndicator, AssessmentScheme, Plan, ProgressReport, Task, TaskUnit
from .selectors import is_overdue, missed_occurrence_task_ids
from .states import TaskStatus

#: PLAN-ASSESS-1: disclosure weighs at least 4% of the overall assessment.
MIN_DISCLOSURE_SHARE = Decimal(4)


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
    plan_id: int | None = None
    rates: dict[str, float | None] = field(default_factory=dict)

    @property
    def open(self) -> int:
        return self.total - self.done

    @property
    def on_time_rate(self) -> float | None:
        return round(100 * self.on_time / self.due, 1) if self.due else None


@dataclass
class TaskFigures:
    """The figures of a set of tasks: in all, by plan and by accountable unit."""

    total: Figures
    plans: list[Figures]
    units: list[Figures]

    def unit(self, org_id: int) -> Figures | None:
        return next((f for f in self.units if f.org_id == org_id), None)


def _count(
    f: Figures, tasks: list[Task], today: date, reported_ids: set[int], missed: set[int]
) -> Figures:
    f.total = len(tasks)
    for t in tasks:
        done = t.status == TaskStatus.COMPLETED
        overdue = is_overdue(t, today, missed)
        f.done += done
        if done or (t.due_on and t.due_on <= today) or overdue:
            f.due += 1  # a missed occurrence makes a recurring task due (and late)
            if done and (not t.due_on or (t.completed_on and t.completed_on <= t.due_on)):
                f.on_time += 1
        f.overdue += overdue
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


def accountable_orgs(task_ids: list[int]) -> dict[int, int]:
    """The accountable organisation of each task: its first matched lead unit, else the first
    matched unit (the 牵头单位 answers for the task). Tasks with no matched unit are absent."""
    out: dict[int, int] = {}
    rows = (
        TaskUnit.objects.filter(task_id__in=task_ids, org__isnull=False)
        .order_by("task_id", "-is_lead", "position")
        .values_list("task_id", "org_id")
    )
    for task_id, org_id in rows:
        out.setdefault(task_id, org_id)
    return out


def task_figures(*, tasks: QuerySet[Task], today: date, label: str = "") -> TaskFigures:
    """Count dispatched tasks in all, by plan and by accountable unit, with each unit's score.

    A unit with nothing due yet has no on-time rate and no score (None): it is shown as having
    nothing due, not as 0. Drafts are never counted.
    """
    task_list = list(
        tasks.select_related(None)
        .prefetch_related(None)
        .exclude(status=TaskStatus.DRAFT)
        .only("pk", "status", "due_on", "completed_on", "plan_id")
    )
    ids = [t.pk for t in task_list]
    missed = missed_occurrence_task_ids(task_ids=ids, today=today)
    reported = set(ProgressReport.objects.filter(task_id__in=ids).values_list("task_id", flat=True))
    owner = accountable_orgs(ids)
    indicators = list(AssessmentIndicator.objects.all())

    by_plan: dict[int, list[Task]] = {}
    by_org: dict[int | None, list[Task]] = {}
    for t in task_list:
        by_plan.setdefault(t.plan_id, []).append(t)
        by_org.setdefault(owner.get(t.pk), []).append(t)

    titles = dict(Plan.objects.filter(pk__in=by_plan).values_list("pk", "title"))
    plans = [
        _count(Figures(label=titles[pk], plan_id=pk), rows, today, reported, missed)
        for pk, rows in by_plan.items()
    ]
    plans.sort(key=lambda f: f.label)

    names = dict(
        Organisation.objects.filter(pk__in=[k for k in by_org if k]).values_list("pk", "name")
    )
    units = []
    for org_id, rows in by_org.items():
        name = names[org_id] if org_id else _("No matched organisation")
        f = _count(Figures(label=name, org_id=org_id), rows, today, reported, missed)
        f.score = assessment_score(f, indicators)
        units.append(f)
    units.sort(key=lambda f: (f.org_id is None, -(f.score or 0), -f.overdue, f.label))

    total = _count(Figures(label=label), task_list, today, reported, missed)
    total.score = assessment_score(total, indicators)
    return TaskFigures(total=total, plans=plans, units=units)


def assessment_score(f: Figures, indicators: list[AssessmentIndicator]) -> float | None:
    """Σ weight × rate / 100 over indicators that can be rated (weights renormalised).

    None while nothing is due: a unit is not scored before any of its tasks could be late.
    """
    if not f.due:
        return None
    rated = [(i.weight, f.rates.get(i.measure)) for i in indicators]
    rated = [(w, r) for w, r in rated if r is not None]
    total = sum(w for w, _ in rated)
    if not total:
        return None
    return round(sum(w * r for w, r in rated) / total, 1)


def assessment_scheme(org: Organisation | None = None) -> AssessmentScheme | None:
    """The scheme that applies to ``org``: its own, else the nearest one above it, else the
    platform default (the scheme without an organisation); None when there is none at all."""
    if org is not None:
        chain = [org.pk, *reversed(org.ancestor_ids())]
        schemes = {s.org_id: s for s in AssessmentScheme.objects.filter(org_id__in=chain)}
        for pk in chain:
            if pk in schemes:
                return schemes[pk]
    return AssessmentScheme.objects.filter(org=None).order_by("pk").first()


def assessment_share(org: Organisation | None = None) -> Decimal:
    """Disclosure's share of the overall assessment that applies to ``org``, in percent
    (PLAN-ASSESS-1)."""
    scheme = assessment_scheme(org)
    return scheme.disclosure_share if scheme else MIN_DISCLOSURE_SHARE


def bar_chart(rows: list[tuple[str, float | None]], *, maximum: float = 100.0) -> dict:
    """Data for the SVG bar chart partial: bars (label, value, width in px) and the height."""
    out = []
    for i, (label, value) in enumerate(rows):
        width = 0.0 if value is None or not maximum else min(1.0, value / maximum)
        out.append({"label": label, "value": value, "width": round(360 * width), "y": 28 * i})
    return {"rows": out, "height": 28 * len(out)}
