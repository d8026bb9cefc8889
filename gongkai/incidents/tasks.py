"""Background jobs of the incidents app."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .services import incident_reminders_send


@db_periodic_task(crontab(minute="*/5"))
def send_incident_reminders() -> int:
    """Send the reminders of running incidents' clocks (every five minutes: the periods are
    hours long, EMG-1/EMG-2)."""
    return incident_reminders_send()
