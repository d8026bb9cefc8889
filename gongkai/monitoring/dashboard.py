"""Dashboard card: watched sites that failed their latest check."""

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from gongkai.core.permissions import user_roles
from gongkai.orgs.roles import Role

from .selectors import site_list


def monitoring_cards(request: HttpRequest) -> list[dict]:
    """For coordinators and supervisors: how many of their watched sites failed their latest
    check (a veto item or below 60 points, MON-SCORE-1)."""
    if not user_roles(request.user) & {Role.COORDINATOR, Role.SUPERVISOR}:
        return []
    failing = site_list(request.user).filter(latest_passed=False).count()
    return [
        {
            "title": _("Websites failing their latest check"),
            "value": failing,
            "url": reverse("monitoring:sites"),
            "tone": "danger" if failing else "ok",
        }
    ]
