"""Write notifications' read state (the audit log itself is written by core.audit only)."""

from django.utils import timezone

from .models import Notification


def notification_mark_read(*, user, pk: int | None = None) -> int:
    """Mark one (or, without ``pk``, every) unread notification of ``user`` read."""
    qs = Notification.objects.filter(user=user, read_at__isnull=True)
    if pk is not None:
        qs = qs.filter(pk=pk)
    return qs.update(read_at=timezone.now())
