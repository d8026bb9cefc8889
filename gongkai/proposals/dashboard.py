"""Dashboard alert: replies to suggestions and proposals nearing or past their deadline."""

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from gongkai.core.permissions import user_roles

from .selectors import NEARING_DAYS, deadline_watch


def _line(p) -> str:
    return _("%(number)s “%(title)s” (%(org)s), due %(day)s") % {
        "number": f"{p.session}{p.number}",
        "title": p.title,
        "org": p.org.name,
        "day": p.deadline.isoformat(),
    }


def proposal_alerts(request: HttpRequest) -> list[dict]:
    """One alert for overdue replies, one for replies due within NEARING_DAYS days."""
    if not user_roles(request.user):
        return []
    overdue, nearing = deadline_watch(user=request.user)
    url = reverse("proposals:list")
    alerts = []
    if overdue:
        alerts.append(
            {
                "title": _("Suggestion and proposal replies overdue: %(count)s")
                % {"count": len(overdue)},
                "lines": [_line(p) for p in overdue[:5]],
                "url": url + "?overdue=1",
                "action": _("See the overdue ones"),
            }
        )
    if nearing:
        alerts.append(
            {
                "title": _("Suggestion and proposal replies due within %(days)s days: %(count)s")
                % {"days": NEARING_DAYS, "count": len(nearing)},
                "lines": [_line(p) for p in nearing[:5]],
                "url": url,
                "action": _("Open the list"),
            }
        )
    return alerts
