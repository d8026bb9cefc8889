"""Background jobs of the applications app."""

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .services import application_due_recompute_open, application_due_reminders_send


@db_periodic_task(crontab(hour="0", minute="20"))
def refresh_application_due_dates() -> int:
    """Recompute every open request's due date from its events (00:20 every night).

    The stored due date is a cache: a pause's waiting period ends, an open pause moves the date
    on, and the overdue and due-soon lists must read today's value (REQ-PAUSE-1, REQ-DEADLINE-2).
    """
    from django.utils.translation import gettext

    return len(
        application_due_recompute_open(
            reason=gettext("Nightly recomputation."), notify_paused=False
        )
    )


@db_periodic_task(crontab(hour="8", minute="5"))
def send_application_reminders() -> dict[str, int]:
    """Remind handlers of replies due soon or just missed (08:05 every day)."""
    return application_due_reminders_send(today=timezone.localdate())
