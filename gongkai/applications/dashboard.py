"""The dashboard card of disclosure requests: open, due within five working days, overdue."""

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from gongkai.core.permissions import user_roles

from .selectors import application_counts


def application_cards(request: HttpRequest) -> list[dict]:
    """Return the dashboard cards for the signed-in staff member's requests."""
    if not user_roles(request.user):
        return []
    counts = application_counts(user=request.user)
    url = reverse("applications:list")
    cards = [
        {"title": _("Open requests"), "value": counts["open"], "url": url, "tone": ""},
        {
            "title": _("Requests due this week"),
            "value": counts["due_soon"],
            "url": f"{url}?due_within=5",
            "tone": "",
        },
        {
            "title": _("Overdue requests"),
            "value": counts["overdue"],
            "url": reverse("applications:overdue"),
            "tone": "danger" if counts["overdue"] else "ok",
        },
    ]
    if counts[
        "unconfirmed"
    ]:  # 《条例》第三十一条: online requests wait for the office's confirmation
        cards.append(
            {
                "title": _("Online requests to confirm"),
                "value": counts["unconfirmed"],
                "url": f"{url}?unconfirmed=on",
                "tone": "warning",
            }
        )
    return cards
