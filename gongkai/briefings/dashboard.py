"""Dashboard cards (requirements missed and due now) and the assessment page's section."""

from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.permissions import user_roles

from .kinds import INTERPRETATION_KINDS, CheckState, EntryKind
from .selectors import assessment_overview, frequency_overview


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


def briefing_assessment(request: HttpRequest) -> list[dict]:
    """The assessment page's section (PLAN-ASSESS-1): per organisation, this year's
    requirements done, due and missed, and the releases recorded."""
    if not user_roles(request.user):
        return []
    today = timezone.localdate()
    lines = []
    for org, summary in assessment_overview(user=request.user, year=today.year, today=today):
        checks, counts = summary["checks"], summary["counts"]
        lines.append(
            _(
                "%(org)s: %(total)s requirements, %(done)s done, %(due)s due, %(missed)s "
                "missed; %(press)s press conferences, %(briefings)s policy briefings, "
                "%(interviews)s online interviews and %(interpretations)s interpretations "
                "recorded."
            )
            % {
                "org": org.name,
                "total": sum(checks.values()),
                "done": checks[CheckState.DONE],
                "due": checks[CheckState.DUE],
                "missed": checks[CheckState.MISSED],
                "press": counts[EntryKind.PRESS_CONFERENCE],
                "briefings": counts[EntryKind.BRIEFING],
                "interviews": counts[EntryKind.ONLINE_INTERVIEW],
                "interpretations": sum(counts[k] for k in INTERPRETATION_KINDS),
            }
        )
    if not lines:
        return []
    return [
        {
            "title": _("Press conferences and interpretation, %(year)s") % {"year": today.year},
            "lines": lines,
            "url": reverse("briefings:overview"),
            "action": _("See the requirements period by period"),
        }
    ]
