"""React to other apps' signals: a changed calendar moves open deadlines (CAL-DATA-1)."""

from typing import Any

from django.utils.translation import gettext as _

from .services import application_due_recompute_open


def on_calendar_changed(sender: Any, years: set[int], **kwargs: Any) -> None:
    """Recompute open requests' due dates after a year's holidays or a single day changed."""
    years_text = "、".join(str(y) for y in sorted(years))
    application_due_recompute_open(
        reason=_("The working-day calendar changed for %(years)s.") % {"years": years_text}
    )
