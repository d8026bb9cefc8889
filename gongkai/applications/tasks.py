"""Background jobs of the applications app."""

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .services import application_due_reminders_send


@db_periodic_task(crontab(hour="8", minute="5"))
def send_application_reminders() -> dict[str, int]:
    """Remind handlers of replies due soon or just missed (08:05 every day)."""
    return application_due_reminders_send(today=timezone.localdate())
