"""How the audit log names the changes to website monitoring."""

from django.utils.translation import gettext_lazy as _

from .states import RunStatus

ACTIONS = {
    "monitoring.site_save": _("Monitored site saved"),
    "monitoring.column_save": _("Monitored column saved"),
    "monitoring.column_delete": _("Monitored column removed"),
    "monitoring.check_start": _("Website check started"),
    "monitoring.check_move": _("Website check status changed"),
    "monitoring.index_save": _("Website check index changed"),
    "monitoring.bonus_item_add": _("Bonus item added to the website check index"),
    "monitoring.manual_veto": _("Veto item recorded by the checker"),
    "monitoring.account_save": _("New-media account saved"),
    "monitoring.quarter_submit": _("Spot-check result submitted for publication"),
}
STATES = RunStatus.choices
