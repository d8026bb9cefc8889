"""Background jobs of the participation app."""

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .services import consultations_close_expired


@db_periodic_task(crontab(hour="0", minute="20"))
def close_expired_consultations() -> int:
    """Close consultations whose comment period has ended (00:20 every day)."""
    return len(consultations_close_expired(today=timezone.localdate()))
