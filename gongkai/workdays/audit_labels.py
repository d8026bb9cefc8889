"""How the audit log names the changes to the working-day calendar."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "calendar.load_year": _("Year's holiday schedule loaded"),
    "calendar.set_day": _("Single date set as a working day or day off"),
    "calendar.clear_day": _("Setting of a single date removed"),
}
