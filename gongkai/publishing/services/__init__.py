"""Every write of the publishing app (re-exported by sub-domain)."""

from .catalog import catalog_entry_save, catalog_export, catalog_import
from .confidentiality import (
    finding_decide,
    findings_accept_all,
    item_review,
    item_scan,
    item_submit,
)
from .index_numbers import index_number_assign
from .items import (
    ITEM_FIELDS,
    attachment_add,
    attachment_remove,
    doc_number_year,
    item_create,
    item_due_recompute_open,
    item_transition,
    item_update,
    publish_due_on,
)
from .lifecycle import (
    item_amend_start,
    item_expire,
    item_repeal,
    item_withdraw,
    items_expire_lapsed,
)
from .lists import (
    list_create,
    list_diff,
    list_feedback_submit,
    list_version_import,
    list_version_publish,
    list_version_withdraw,
)
from .privacy_rules import privacy_rule_add
from .publication import item_mask_and_publish, item_publish

__all__ = [
    "ITEM_FIELDS",
    "attachment_add",
    "attachment_remove",
    "catalog_entry_save",
    "catalog_export",
    "catalog_import",
    "doc_number_year",
    "finding_decide",
    "findings_accept_all",
    "index_number_assign",
    "privacy_rule_add",
    "item_amend_start",
    "item_create",
    "item_due_recompute_open",
    "item_expire",
    "item_mask_and_publish",
    "item_publish",
    "item_repeal",
    "item_review",
    "item_scan",
    "item_submit",
    "item_transition",
    "item_update",
    "item_withdraw",
    "items_expire_lapsed",
    "list_create",
    "list_diff",
    "list_feedback_submit",
    "list_version_import",
    "list_version_publish",
    "list_version_withdraw",
    "publish_due_on",
]
