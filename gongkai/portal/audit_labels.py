"""How the audit log names the changes to the portal's guide, rules and annual reports."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "portal.guide_save": _("Disclosure guide version saved"),
    "portal.guide_publish": _("Disclosure guide version published"),
    "portal.guide_withdraw": _("Disclosure guide version withdrawn"),
    "portal.rule_save": _("Disclosure rule document saved"),
    "portal.rule_publish": _("Disclosure rule document published"),
    "portal.rule_withdraw": _("Disclosure rule document withdrawn"),
    "portal.rule_delete": _("Disclosure rule document deleted"),
    "portal.annual_report_save": _("Annual disclosure report saved"),
    "portal.annual_report_delete": _("Annual disclosure report deleted"),
    "portal.annual_report_publish": _("Annual disclosure report published"),
}
