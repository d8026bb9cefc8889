"""Dashboard cards: late publication, missing interpretations, normative documents lapsing."""

from datetime import date

from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.permissions import user_roles
from gongkai.orgs.roles import Role

from .selectors import interpretations_missing, item_list, items_late, normative_lapsing
from .states import Status


def publishing_cards(request: HttpRequest) -> list[dict]:
    """Cards for coordinators and supervisors; reviewers see their review queue."""
    roles = user_roles(request.user)
    cards: list[dict] = []
    attention = reverse("publishing:attention")
    if roles & {Role.REVIEWER, Role.COORDINATOR}:
        waiting = item_list(user=request.user, status=Status.IN_REVIEW)
        cards.append(
            {
                "title": _("Items awaiting confidentiality review"),
                "value": waiting.count(),
                "url": reverse("publishing:item_list") + f"?status={Status.IN_REVIEW}",
                "tone": "",
            }
        )
    if not roles & {Role.COORDINATOR, Role.SUPERVISOR}:
        return cards
    today = timezone.localdate()
    late = len(items_late(user=request.user, today=today))
    missing = len(
        interpretations_missing(user=request.user, today=today, late_since=date(today.year, 1, 1))
    )
    lapsing = len(normative_lapsing(user=request.user, today=today))
    for title, value in (
        (_("Published late or overdue (20 working days)"), late),
        (_("Policy interpretations missing or late (3 working days)"), missing),
        (_("Normative documents lapsing within 30 days"), lapsing),
    ):
        cards.append(
            {"title": title, "value": value, "url": attention, "tone": "danger" if value else "ok"}
        )
    return cards
