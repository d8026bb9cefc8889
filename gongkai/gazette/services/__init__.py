"""Write side of the gazette: entry and import, digitisation, review and publication."""

from .common import ISSUE_STAGE, MANAGE_ROLES, content_texts, split_pages
from .digitisation import (
    issue_digitise,
    issue_digitise_again,
    issue_digitise_queue,
    issue_pages,
    issue_proofread,
    read_pdf,
)
from .issues import (
    content_delete,
    content_save,
    contents_import,
    issue_create,
    issue_delete,
    issue_deletion_refused,
    issue_update,
)
from .publication import (
    gazette_name,
    index_issue,
    issue_publish,
    issue_review_submit,
    issue_withdraw,
    unindex_issue,
)

__all__ = [
    "ISSUE_STAGE",
    "MANAGE_ROLES",
    "content_delete",
    "content_save",
    "content_texts",
    "contents_import",
    "gazette_name",
    "index_issue",
    "issue_create",
    "issue_delete",
    "issue_deletion_refused",
    "issue_digitise",
    "issue_digitise_again",
    "issue_digitise_queue",
    "issue_pages",
    "issue_proofread",
    "issue_publish",
    "issue_review_submit",
    "issue_update",
    "issue_withdraw",
    "read_pdf",
    "split_pages",
    "unindex_issue",
]
