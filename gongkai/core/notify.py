"""Send notifications: one function every app calls, in-app rows plus e-mail after commit."""

from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction

from .models import Notification


def notify(
    *,
    users: Iterable,
    title: str,
    body: str = "",
    url: str = "",
    kind: str = "",
    email: bool = True,
) -> list[Notification]:
    """Store an in-app notification for each user and e-mail those with an address.

    The rows are written in the caller's transaction; the e-mails go out through the job queue
    only once it commits, so a rolled-back change never mails anyone.
    """
    unique = {u.pk: u for u in users if u is not None and u.is_active}
    rows = Notification.objects.bulk_create(
        [
            Notification(user=u, title=title[:200], body=body, url=url, kind=kind)
            for u in unique.values()
        ]
    )
    if email:
        recipients = [u.pk for u in unique.values() if u.email]
        if recipients:
            transaction.on_commit(lambda: send_notification_email(recipients, title, body, url))
    return rows


def send_notification_email(user_ids: list[int], title: str, body: str, url: str) -> None:
    """Queue the e-mail job (runs in-process in the demo and tests, on a worker in production)."""
    from .tasks import email_notification

    email_notification(user_ids, title, body, url)


def deliver_email(user_ids: list[int], title: str, body: str, url: str) -> int:
    """Send one e-mail per recipient; return how many were sent."""
    User = get_user_model()
    sent = 0
    for user in User.objects.filter(pk__in=user_ids, is_active=True).exclude(email=""):
        text = body + (f"\n\n{url}" if url else "")
        sent += send_mail(
            subject=f"[{settings.GONGKAI_SITE_NAME}] {title}",
            message=text,
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[user.email],
        )
    return sent
