"""Background jobs of the publishing app."""

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from .services import item_mask_and_publish, items_expire_lapsed
from .services.recognition import attachment_recognise


@db_periodic_task(crontab(hour="0", minute="10"))
def expire_lapsed_items() -> int:
    """Mark items whose validity period has ended as expired (00:10 every day, PUB-NORM-1)."""
    return len(items_expire_lapsed(today=timezone.localdate()))


@db_task()
def recognise_attachment(attachment_id: int) -> str:
    """Recognise the text of an attached image or scan, queued when it was uploaded."""
    return attachment_recognise(attachment_id=attachment_id)


@db_task()
def mask_and_publish(item_id: int) -> str:
    """Mask the scanned files of an item being published, then publish it (正在生成遮蔽文件)."""
    return item_mask_and_publish(item_id=item_id)
