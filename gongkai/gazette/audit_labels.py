"""How the audit log names the gazette's actions and stages."""

from django.utils.translation import gettext_lazy as _

from .states import Digitisation, IssueStatus

ACTIONS = {
    "gazette.issue_create": _("Gazette issue entered"),
    "gazette.issue_update": _("Gazette issue edited"),
    "gazette.issue_delete": _("Gazette issue deleted"),
    "gazette.content_save": _("Gazette table of contents edited"),
    "gazette.content_delete": _("Removed from a gazette's table of contents"),
    "gazette.contents_import": _("Gazette table of contents imported"),
    "gazette.issue_digitise": _("Gazette PDF read"),
    "gazette.issue_digitise_again": _("Gazette PDF to be read again"),
    "gazette.issue_proofread": _("Gazette text proof-read"),
    "gazette.issue_publish": _("Gazette issue published"),
    "gazette.issue_withdraw": _("Gazette issue withdrawn"),
}

STATES = [*IssueStatus.choices, *Digitisation.choices]
