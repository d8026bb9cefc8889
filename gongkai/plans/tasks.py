"""Background jobs of the plans app."""

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .services import plan_reminders_send


@db_periodic_task(crontab(hour="8", minute="0"))
def send_plan_reminders() -> dict[str, int]:
    """Send the day's due-soon and overdue reminders (08:00 every day)."""
    return plan_reminders_send(today=timezone.localdate())
