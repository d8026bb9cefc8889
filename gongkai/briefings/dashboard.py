"""Dashboard cards: this year's press and interpretation requirements missed and due now."""

from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.permissions import user_roles

from .kinds import CheckState
from .selectors import frequency_overview


def briefing_cards(request: HttpRequest) -> list[dict]:
    """Two cards for staff whose organisations have requirements this year."""
    if not user_roles(request.user):
        return []
    today = timezone.localdate()
    overview = frequency_overview(user=request.user, year=today.year, today=today)
    if not overview:
        return []
    results = [r for _org, rs in overview for r in rs]
    missed = sum(r.state == CheckState.MISSED for r in results)
    due_now = sum(
        any(p.span.start <= today <= p.span.end and p.state == CheckState.DUE for p in r.periods)
        for r in results
    )
    url = reverse("briefings:overview")
    return [
        {
            "title": _("Press and interpretation requirements missed this year"),
            "value": missed,
            "url": url,
            "tone": "danger" if missed else "ok",
        },
        {
            "title": _("Press and interpretation requirements still due this period"),
            "value": due_now,
            "url": url,
            "tone": "warning" if due_now else "ok",
        },
    ]
