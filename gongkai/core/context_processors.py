"""Template context shared by the back office and the portal."""

from django.conf import settings
from django.http import HttpRequest


def shell(request: HttpRequest) -> dict:
    user = getattr(request, "user", None)
    unread = 0
    if user is not None and user.is_authenticated:
        unread = user.notifications.filter(read_at__isnull=True).count()
    return {"site_name": settings.GONGKAI_SITE_NAME, "unread_notifications": unread}
