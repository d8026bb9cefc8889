"""How the audit log names the actions and stages of disclosure requests (REQ-STATE-1)."""

from django.utils.translation import gettext_lazy as _

from .clock_events import EventKind

ACTIONS = {
    "application.register": _("Request registered"),
    "application.transition": _("Request status changed"),
    "application.due_changed": _("Reply due date recomputed"),
    "application.assign": _("Request assigned"),
    "application.letter_issued": _("Reply letter issued"),
    "application.letter_delivered": _("Reply letter delivered"),
    "application.letter_received": _("Receipt of a letter by its addressee recorded"),
    "application.letter_settings_saved": _("Letterhead and reconsideration body saved"),
    "application.template_saved": _("Reply letter template saved"),
    "application.procedural_template_saved": _("Procedural letter template saved"),
    "application.procedural_letter_drafted": _("Letter drafted"),
    "application.procedural_letter_edited": _("Letter draft edited"),
    "application.procedural_letter_issued": _("Letter issued"),
    "application.procedural_letter_discarded": _("Letter draft discarded"),
    "application.procedural_letter_delivered": _("Letter delivered"),
    "application.remedy_recorded": _("Reconsideration or lawsuit recorded"),
    "application.remedy_decided": _("Reconsideration or lawsuit decided"),
    "application.conversion_decided": _("Decision on proactive disclosure of recurring requests"),
    "application.fee_assessed": _("Information-processing fee assessed"),
    "application.settings_saved": _("Request settings saved"),
    "application.withheld_listed": _("Withheld information listed for re-review"),
    "application.withheld_reviewed": _("Withheld information reviewed"),
    "application.receipt_confirmed": _("Receipt of the online request confirmed"),
    "application.identity_viewed": _("Applicant's full identity details viewed"),
    **{f"application.clock.{kind.value}": kind.label for kind in EventKind},
}
