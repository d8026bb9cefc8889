"""How the audit log names the actions and states of incidents."""

from django.utils.translation import gettext_lazy as _

from .states import IncidentStatus

ACTIONS = {
    "incidents.record": _("Incident recorded"),
    "incidents.transition": _("Incident status changed"),
    "incidents.release_link": _("Information item linked to the incident"),
    "incidents.press_conference": _("Press conference recorded"),
    "incidents.release_remove": _("Release taken back"),
}

STATES = IncidentStatus.choices
