"""React to other apps' signals: a changed calendar moves unpublished items' publish-by dates."""

from typing import Any

from .services import item_due_recompute_open


def on_calendar_changed(sender: Any, years: set[int], **kwargs: Any) -> None:
    """Recompute the publish-by date of items not yet published (CAL-DATA-1, PUB-TIME-1)."""
    item_due_recompute_open()
