"""Dashboard card: gazette issues late online, back issues awaiting proof-reading."""

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from gongkai.core.permissions import user_roles

from .selectors import gazette_figures


def gazette_cards(request: HttpRequest) -> list[dict]:
    """The gazette's cards, for staff of organisations with gazette issues."""
    if not user_roles(request.user):
        return []
    figures = gazette_figures(user=request.user)
    if not (figures.on_time or figures.late or figures.overdue or figures.back_issues):
        return []
    url = reverse("gazette:overview")
    late = figures.late + figures.overdue
    return [
        {
            "title": _("Gazette issues not online on time"),
            "value": late,
            "url": url,
            "tone": "danger" if late else "ok",
        },
        {
            "title": _("Back issues digitised"),
            "value": f"{figures.digitised}/{figures.back_issues}",
            "url": url,
            "tone": "warning" if figures.needs_proofreading else "",
        },
    ]
