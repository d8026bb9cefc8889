"""How the audit log names the actions and stages of proactive disclosure.

Information items record their states (``publishing.item_*``, see services.items.item_transition);
the shared review (``publishing.review_*``) records the states of a publication request and list
versions theirs; their codes that coincide with an item's (pending, approved, published,
withdrawn, referred) mean the same stage, so one table names them all.
"""

from django.utils.translation import gettext_lazy as _

from .models import RequestStatus
from .states import Status

ACTIONS = {
    "publishing.item_create": _("Information item created"),
    "publishing.item_edit": _("Information item edited"),
    "publishing.attachment_add": _("File attached to an information item"),
    "publishing.attachment_remove": _("File removed from an information item"),
    "publishing.item_submit": _("Information item submitted for confidentiality review"),
    "publishing.item_approve": _("Information item approved in confidentiality review"),
    "publishing.item_return": _("Information item returned in confidentiality review"),
    "publishing.item_publish": _("Information item published"),
    "publishing.item_masking": _(
        "Information item to be published once the masked copies of its scanned files are ready"
    ),
    "publishing.item_masking_failed": _(
        "Masked copies of scanned files could not be made; information item not published"
    ),
    "publishing.item_amend_start": _("Amendment of an information item started"),
    "publishing.item_amend": _("Amended information item published"),
    "publishing.item_amended_by": _("Information item amended by another document"),
    "publishing.item_withdraw": _("Information item withdrawn"),
    "publishing.item_repeal": _("Information item repealed"),
    "publishing.item_expire": _("Information item expired"),
    "publishing.catalog_create": _("Catalog entry created"),
    "publishing.catalog_change": _("Catalog entry changed"),
    "publishing.list_create": _("Disclosure list created"),
    "publishing.list_publish": _("New version of a disclosure list published"),
    "publishing.privacy_rule_add": _("Personal-data rule added to the privacy check"),
    "publishing.list_import": _("New version of a disclosure list imported"),
    "publishing.list_withdraw": _("Version of a disclosure list withdrawn"),
    "publishing.item_refer": _("Information item referred upward in confidentiality review"),
    "publishing.review_submit": _("Submitted for confidentiality review"),
    "publishing.review_approve": _("Approved in confidentiality review"),
    "publishing.review_return": _("Returned in confidentiality review"),
    "publishing.review_refer": _("Referred upward in confidentiality review"),
}

#: Item states first; a request's own stages (pending, returned, superseded) after them.
STATES = [
    *Status.choices,
    *[(code, label) for code, label in RequestStatus.choices if code not in Status.values],
]
