"""How the audit log names the actions and stages of proactive disclosure.

Only information items record states (``publishing.item_*``, see services.items.item_transition);
catalog entries and lists have no status, so the prefix's states are the items' alone.
"""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "publishing.item_create": _("Information item created"),
    "publishing.item_edit": _("Information item edited"),
    "publishing.attachment_add": _("File attached to an information item"),
    "publishing.attachment_remove": _("File removed from an information item"),
    "publishing.item_submit": _("Information item submitted for confidentiality review"),
    "publishing.item_approve": _("Information item approved in confidentiality review"),
    "publishing.item_return": _("Information item returned in confidentiality review"),
    "publishing.item_publish": _("Information item published"),
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
}
