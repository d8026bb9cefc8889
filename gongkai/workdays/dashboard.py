"""The calendar's warning on the dashboard: a year the deadlines reach has no holiday schedule.

CAL-DATA-1: a year the calendar does not cover is never guessed; coordinators and supervisors
are told, two months ahead, to load the State Council's notice for it.
"""

from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.permissions import user_roles
from gongkai.orgs.roles import Role

from .selectors import missing_years


def calendar_alerts(request: HttpRequest) -> list[dict]:
    if not user_roles(request.user) & {Role.COORDINATOR, Role.SUPERVISOR}:
        return []
    years = missing_years(today=timezone.localdate())
    if not years:
        return []
    return [
        {
            "title": _("Holiday schedule missing"),
            "lines": [
                _(
                    "No holiday schedule for %(year)s is loaded (缺少该年度节假日安排). Deadlines "
                    "that reach into %(year)s cannot be computed until it is."
                )
                % {"year": year}
                for year in years
            ],
            "url": reverse("workdays:load"),
            "action": _("Load the year's schedule"),
        }
    ]
