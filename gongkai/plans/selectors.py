"""Read plans, tasks and reports, visibility first; the permission checks of the plans app."""

from dataclasses import dataclass, field
from datetime import date

from django.contrib.auth import get_user_model
from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404

from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import (
    get_visible_or_404,
    org_list_for,
    restrict_to_user,
    user_has_role,
    visible_org_ids,
)

from .models import Plan, ProgressReport, Task, TaskOccurrence, TaskUnit
from .states import PlanStatus, TaskStatus

OPEN_STATUSES = (TaskStatus.DISPATCHED, TaskStatus.IN_PROGRESS, TaskStatus.COMPLETION_REQUESTED)


def plan_list(*, user) -> QuerySet[Plan]:
    qs = Plan.objects.select_related("org").annotate(task_count=Count("tasks"))
    return restrict_to_user(qs, user=user)


def plan_get(*, user, pk: int) -> Plan:
    return get_visible_or_404(Plan.objects.select_related("org"), user=user, pk=pk)


def plan_can_manage(*, user, plan: Plan) -> bool:
    """Coordinators of the issuing organisation (or above it) review, dispatch and accept."""
    return user_has_role(user=user, org=plan.org, roles={Role.COORDINATOR})


def may_set_weights(*, user) -> bool:
    """Weights apply platform-wide: superusers and coordinators of a top-level region set them."""
    if getattr(user, "is_superuser", False):
        return True
    return org_list_for(user=user, roles={Role.COORDINATOR}).filter(depth=0).exists()


def plan_tasks(*, plan: Plan) -> QuerySet[Task]:
    """The plan's tasks in document order, with their units."""
    units = Prefetch("units", queryset=TaskUnit.objects.select_related("org"))
    derived = Prefetch("derived_tasks", queryset=Task.objects.select_related("plan__org"))
    return plan.tasks.prefetch_related(units, derived).order_by("position")


def plan_unresolved_units(*, plan: Plan) -> list[dict]:
    """List unit names no organisation matched, with how many tasks name each."""
    rows = (
        TaskUnit.objects.filter(task__plan=plan, org__isnull=True)
        .values("name")
        .annotate(tasks=Count("task", distinct=True))
        .order_by("-tasks", "name")
    )
    return list(rows)


def plan_tasks_without_units(*, plan: Plan) -> QuerySet:
    return plan.tasks.filter(~Q(units__isnull=False))


@dataclass
class DispatchCheck:
    """What stands between a reviewed plan and its dispatch.

    ``unmapped``: unit names no organisation matched, each with the numbers of the tasks naming
    it. ``orphans``: tasks that no organisation would see once dispatched, because none of their
    units is matched (or they name none).
    """

    unmapped: list[dict] = field(default_factory=list)
    orphans: list[Task] = field(default_factory=list)

    @property
    def clear(self) -> bool:
        return not self.unmapped and not self.orphans


def plan_dispatch_check(*, plan: Plan) -> DispatchCheck:
    """List the unmatched unit names and the tasks without any matched unit of a plan."""
    check = DispatchCheck()
    by_name: dict[str, list[str]] = {}
    for task in plan_tasks(plan=plan):
        units = list(task.units.all())
        for unit in units:
            if unit.org_id is None:
                by_name.setdefault(unit.name, []).append("/".join(task.path) or task.number)
        if not any(u.org_id for u in units):
            check.orphans.append(task)
    check.unmapped = [
        {"name": name, "tasks": tasks}
        for name, tasks in sorted(by_name.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]
    return check


def plan_coordinators(*, plan: Plan) -> QuerySet:
    """The users to tell about a plan's tasks: coordinators of the issuing organisation."""
    return (
        get_user_model()
        .objects.filter(
            memberships__org=plan.org, memberships__role=Role.COORDINATOR, is_active=True
        )
        .distinct()
    )


def task_unit_users(*, task: Task) -> QuerySet:
    """Editors and coordinators of the organisations resolved on a task."""
    return _org_staff([u.org_id for u in task.units.all() if u.org_id])


def org_task_users(*, org: Organisation) -> QuerySet:
    """Editors and coordinators of one organisation: who works on its tasks."""
    return _org_staff([org.pk])


def _org_staff(org_ids: list[int]) -> QuerySet:
    return (
        get_user_model()
        .objects.filter(
            memberships__org_id__in=org_ids,
            memberships__role__in=[Role.EDITOR, Role.COORDINATOR],
            is_active=True,
        )
        .distinct()
    )


def task_visible_list(*, user) -> QuerySet[Task]:
    """The one task visibility rule: tasks of visible plans, and tasks dispatched to one of the
    user's units (drafts stay with the issuing organisation). Pages and the API both use it."""
    ids = visible_org_ids(user=user)
    return Task.objects.filter(
        Q(plan__org__in=ids) | (Q(units__org__in=ids) & ~Q(status=TaskStatus.DRAFT))
    ).distinct()


def task_get(*, user, pk: int) -> Task:
    """A task the user may see: in a visible plan, or dispatched to one of the user's units."""
    task = (
        Task.objects.select_related("plan", "plan__org")
        .filter(pk__in=task_visible_list(user=user).filter(pk=pk).values("pk"))
        .first()
    )
    if task is None:
        raise Http404
    return task


def task_my_list(*, user, status: str = "") -> QuerySet[Task]:
    """Dispatched tasks naming one of the user's units (我的任务); drafts are never shown."""
    ids = visible_org_ids(user=user, roles={Role.EDITOR, Role.COORDINATOR})
    qs = Task.objects.filter(units__org__in=ids).exclude(status=TaskStatus.DRAFT)
    if status:
        qs = qs.filter(status=status)
    return (
        qs.distinct()
        .select_related("plan", "plan__org")
        .prefetch_related("units")
        .order_by("due_on", "plan", "position")
    )


def task_reporting_orgs(*, user, task: Task) -> list[Organisation]:
    """The task's units for which ``user`` may report progress."""
    orgs = [u.org for u in task.units.select_related("org") if u.org_id]
    seen: dict[int, Organisation] = {}
    for org in orgs:
        if org.pk not in seen and user_has_role(
            user=user, org=org, roles={Role.EDITOR, Role.COORDINATOR}
        ):
            seen[org.pk] = org
    return list(seen.values())


def task_reports(*, task: Task) -> QuerySet[ProgressReport]:
    return task.reports.select_related("org", "author")


def report_get(*, user, pk: int) -> ProgressReport:
    report = ProgressReport.objects.select_related("task").filter(pk=pk).first()
    if report is None:
        raise Http404
    task_get(user=user, pk=report.task_id)  # 404 unless the task is visible
    return report


def task_latest_progress(*, plan: Plan) -> dict[int, ProgressReport]:
    """The latest progress report of each task of the plan, by task id."""
    latest: dict[int, ProgressReport] = {}
    for report in ProgressReport.objects.filter(task__plan=plan).order_by(
        "task_id", "reported_on", "created_at"
    ):
        latest[report.task_id] = report
    return latest


def missed_occurrence_task_ids(*, task_ids, today: date) -> set[int]:
    """Tasks with a dated occurrence past its due date and not done.

    PLAN-RECUR-1 / PLAN-RECUR-2: a yearly, quarterly or monthly duty, or a limit counted from an
    event, is late as soon as one of its occurrences is missed, long before the task's own due
    date. Occurrences of a plain due date are left out: the task's due date stands for them (and
    may have been moved since).
    """
    return set(
        TaskOccurrence.objects.filter(task_id__in=task_ids, due_on__lt=today, done_on__isnull=True)
        .filter(~Q(task__recurrence="") | Q(task__relative_rule__isnull=False))
        .values_list("task_id", flat=True)
    )


def is_overdue(task: Task, today: date, missed: set[int] | None = None) -> bool:
    """An open task past its due date, or with a missed occurrence (``missed``: the ids from
    ``missed_occurrence_task_ids`` when the caller checks many tasks)."""
    if task.status not in OPEN_STATUSES:
        return False
    if task.due_on and task.due_on < today:
        return True
    if missed is None:
        missed = missed_occurrence_task_ids(task_ids=[task.pk], today=today)
    return task.pk in missed


def mark_overdue(tasks: list[Task], today: date) -> None:
    """Set ``task.overdue`` on each task of a page with one query for their occurrences."""
    missed = missed_occurrence_task_ids(task_ids=[t.pk for t in tasks], today=today)
    for task in tasks:
        task.overdue = is_overdue(task, today, missed)


def dispatched_plans(*, user) -> QuerySet[Plan]:
    return plan_list(user=user).exclude(status=PlanStatus.REVIEW)


def supervised_tasks(*, user, plan: Plan | None = None) -> QuerySet[Task]:
    """Dispatched tasks of the plans the user can see (what 任务统计 and the figures count)."""
    plans = Plan.objects.filter(pk__in=dispatched_plans(user=user).values("pk"))
    if plan is not None:
        plans = plans.filter(pk=plan.pk)
    return Task.objects.filter(plan__in=plans).exclude(status=TaskStatus.DRAFT)


def unit_task_list(*, user, org: Organisation, plan: Plan | None = None) -> QuerySet[Task]:
    """Supervised tasks that name ``org`` among their units, in plan and document order."""
    return (
        supervised_tasks(user=user, plan=plan)
        .filter(units__org=org)
        .distinct()
        .select_related("plan", "plan__org")
        .prefetch_related(Prefetch("units", queryset=TaskUnit.objects.select_related("org")))
        .order_by("plan__title", "plan_id", "position")
    )


def plan_derivable(*, user) -> list[tuple[Plan, Organisation]]:
    """Dispatched upper plans with tasks for an agency the user coordinates, not yet derived."""
    orgs = org_list_for(user=user, roles={Role.COORDINATOR}).filter(
        kind__in=[Organisation.Kind.AGENCY, Organisation.Kind.REGION]
    )
    out: list[tuple[Plan, Organisation]] = []
    for org in orgs:
        plans = (
            Plan.objects.filter(
                tasks__units__org__path__startswith=org.path,
                status=PlanStatus.DISPATCHED,
            )
            .exclude(org__path__startswith=org.path)
            .exclude(derived_plans__org=org)
            .distinct()
        )
        out.extend((plan, org) for plan in plans)
    return out
