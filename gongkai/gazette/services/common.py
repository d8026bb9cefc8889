"""What the gazette's services share: who may do what, and how an issue's text is split."""

from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import require_role

from ..models import Issue
from ..states import IssueStatus

#: Who enters issues, their contents and their text: the unit editors and the disclosure office.
MANAGE_ROLES = {Role.EDITOR, Role.COORDINATOR}
#: The confidentiality review stage of an issue (publishing's shared review, PUB-SECRET-1).
ISSUE_STAGE = "gazette.issue"
#: Pages of a text are separated by form feeds (as the PDF readers write them).
PAGE_BREAK = "\f"


def require_manager(*, actor, issue: Issue) -> None:
    require_role(actor=actor, org=issue.org, roles=MANAGE_ROLES)


def require_draft(issue: Issue) -> None:
    if issue.status != IssueStatus.DRAFT:
        raise DomainError(
            _("A published issue cannot be changed: withdraw it first."), code="not_draft"
        )


def split_pages(text: str) -> list[str]:
    """The pages of a text read from a PDF (the reader ends the last page with a form feed)."""
    pages = text.split(PAGE_BREAK)
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    return pages


def content_texts(text: str, contents: list) -> dict[int, str]:
    """Each content's share of an issue's text: from its first page to the page before the next
    content's; a content without a page number gets none."""
    pages = split_pages(text) if text else []
    placed = sorted((c for c in contents if c.page), key=lambda c: (c.page, c.order, c.pk))
    out = {c.pk: "" for c in contents}
    for n, content in enumerate(placed):
        start = content.page - 1
        following = [c.page for c in placed[n + 1 :] if c.page > content.page]
        end = following[0] - 1 if following else len(pages)
        out[content.pk] = "\n".join(p.strip() for p in pages[start:end] if p.strip())
    return out
