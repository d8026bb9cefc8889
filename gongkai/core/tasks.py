"""Background jobs of the core app."""

from huey.contrib.djhuey import db_task

from .notify import deliver_email


@db_task(retries=3, retry_delay=60)
def email_notification(user_ids: list[int], title: str, body: str, url: str) -> int:
    return deliver_email(user_ids, title, body, url)
