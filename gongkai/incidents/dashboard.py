"""The coordinator's dashboard: a card of running incidents and the live countdown above it."""

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from gongkai.core.permissions import user_roles

from .clocks import OVERDUE
from .selectors import running_incidents
from .views import poll_seconds


def _running(request: HttpRequest) -> list:
    """The running incidents with their clocks, read once for the card and the countdown."""
    if not hasattr(request, "_running_incidents"):
        request._running_incidents = running_incidents(user=request.user)
    return request._running_incidents


def incident_cards(request: HttpRequest) -> list[dict]:
    """The number of running incidents, red when a clock is overdue."""
    if not user_roles(request.user):
        return []
    incidents = _running(request)
    overdue = any(c.state == OVERDUE for i in incidents for c in i.clocks)
    return [
        {
            "title": _("Running incidents"),
            "value": len(incidents),
            "url": reverse("incidents:list") + "?status=open",
            "tone": "danger" if overdue else ("warning" if incidents else "ok"),
        }
    ]


def incident_alerts(request: HttpRequest) -> list[dict]:
    """The countdown of every running incident the user may see, polled without reload."""
    if not user_roles(request.user):
        return []
    incidents = _running(request)
    if not incidents:
        return []
    countdown = render_to_string(
        "incidents/partials/_running.html",
        {"incidents": incidents, "poll": poll_seconds()},
        request=request,
    )
    return [
        {
            "title": _("Release clocks of running incidents"),
            "lines": [countdown],
            "url": reverse("incidents:list") + "?status=open",
            "action": _("All incidents"),
        }
    ]
