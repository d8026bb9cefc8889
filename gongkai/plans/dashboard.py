"""The plans app's cards on the back-office dashboard, counted by stats.task_figures."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import visible_org_ids

from .selectors import supervised_tasks, task_my_list
from .stats import task_figures


def plan_cards(request) -> list[dict]:
    """Open and overdue tasks of the user's units (我的任务) and, for coordinators and
    supervisors, overdue tasks of the plans they follow (the total of 任务统计)."""
    today = timezone.localdate()
    mine = task_figures(tasks=task_my_list(user=request.user), today=today).total
    url = reverse("plans:mine")
    cards = [
        {"title": _("My open tasks"), "value": mine.open, "url": url, "tone": "plain"},
        {
            "title": _("My overdue tasks"),
            "value": mine.overdue,
            "url": url,
            "tone": "danger" if mine.overdue else "ok",
        },
    ]
    if visible_org_ids(user=request.user, roles={Role.COORDINATOR, Role.SUPERVISOR}):
        followed = task_figures(tasks=supervised_tasks(user=request.user), today=today).total
        cards.append(
            {
                "title": _("Overdue tasks of dispatched plans"),
                "value": followed.overdue,
                "url": reverse("plans:dashboard"),
                "tone": "danger" if followed.overdue else "ok",
            }
        )
    return cards
