"""The plans app's cards on the back-office dashboard."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from .selectors import OPEN_STATUSES, task_my_list


def plan_cards(request) -> list[dict]:
    """Open and overdue tasks of the user's units (我的任务)."""
    mine = task_my_list(user=request.user)
    today = timezone.localdate()
    open_count = mine.filter(status__in=OPEN_STATUSES).count()
    overdue = mine.filter(status__in=OPEN_STATUSES, due_on__lt=today).count()
    url = reverse("plans:mine")
    return [
        {"title": _("My open tasks"), "value": open_count, "url": url, "tone": "plain"},
        {
            "title": _("My overdue tasks"),
            "value": overdue,
            "url": url,
            "tone": "danger" if overdue else "ok",
        },
    ]
