"""How the audit log names the actions and states of suggestions and proposals."""

from django.utils.translation import gettext_lazy as _

from .states import ProposalStatus

ACTIONS = {
    "proposals.create": _("Suggestion or proposal registered"),
    "proposals.edit": _("Registration edited"),
    "proposals.transition": _("Suggestion or proposal status changed"),
    "proposals.reply": _("Reply letter written"),
    "proposals.reply_edit": _("Reply letter corrected"),
    "proposals.submit": _("Reply submitted for confidentiality review"),
    "proposals.publish": _("Reply published"),
}

STATES = ProposalStatus.choices
