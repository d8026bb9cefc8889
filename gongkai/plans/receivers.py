"""React to other apps' signals: a changed calendar moves open occurrences' due dates."""

from typing import Any

from .services import occurrence_due_recompute_open


def on_calendar_changed(sender: Any, years: set[int], **kwargs: Any) -> None:
    """Count again the working-day limits of open occurrences (CAL-DATA-1, PLAN-RECUR-2)."""
    occurrence_due_recompute_open()
