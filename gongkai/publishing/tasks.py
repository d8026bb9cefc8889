"""Background jobs of the publishing app."""

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .services import items_expire_lapsed


@db_periodic_task(crontab(hour="0", minute="10"))
def expire_lapsed_items() -> int:
    """Mark items whose validity period has ended as expired (00:10 every day, PUB-NORM-1)."""
    return len(items_expire_lapsed(today=timezone.localdate()))
