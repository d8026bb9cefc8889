"""How the audit log names the actions of the press and interpretation ledger."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "briefings.entry_create": _("Ledger entry recorded"),
    "briefings.entry_update": _("Ledger entry corrected"),
    "briefings.entry_delete": _("Ledger entry removed"),
    "briefings.check_create": _("Frequency requirement set"),
    "briefings.check_delete": _("Frequency requirement removed"),
}
