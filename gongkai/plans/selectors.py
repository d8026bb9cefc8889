"""Read plans and tasks, visibility first."""

from django.db.models import Count, Q, QuerySet

from gongkai.orgs.selectors import get_visible_or_404, restrict_to_user

from .models import Plan, TaskUnit


def plan_list(*, user) -> QuerySet[Plan]:
    qs = Plan.objects.select_related("org").annotate(task_count=Count("tasks"))
    return restrict_to_user(qs, user=user)


def plan_get(*, user, pk: int) -> Plan:
    return get_visible_or_404(Plan.objects.select_related("org"), user=user, pk=pk)


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
