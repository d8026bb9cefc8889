"""How the audit log names the changes to annual-report figures."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "reports.figure_enter": _("Annual report figure entered"),
    "reports.figure_clear": _("Annual report figure cleared"),
    "reports.narrative_save": _("Annual report texts saved"),
    "reports.fee_items_save": _("Reported fee items saved"),
}
