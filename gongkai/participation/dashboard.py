"""Dashboard cards: consultations closing within a week, messages awaiting a reply."""

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from gongkai.core.permissions import user_roles

from .selectors import consultations_closing_soon, message_list
from .states import MessageStatus


def participation_cards(request: HttpRequest) -> list[dict]:
    """Return the participation cards for the signed-in staff member's organisations."""
    if not user_roles(request.user):
        return []
    waiting = message_list(user=request.user, status=MessageStatus.RECEIVED).count()
    closing = consultations_closing_soon(user=request.user).count()
    return [
        {
            "title": _("Consultations closing within 7 days"),
            "value": closing,
            "url": reverse("participation:consultation_list") + "?status=open",
            "tone": "",
        },
        {
            "title": _("Messages awaiting reply"),
            "value": waiting,
            "url": reverse("participation:message_list") + "?status=received",
            "tone": "danger" if waiting else "ok",
        },
    ]
