"""What may be published as typed: the policy every publication path applies to text that is
not masked (item metadata, list cells, and what other apps publish without a review).

Only bodies and attachments are masked (PUB-SECRET-1, 《条例》第十五条); metadata and list cells
are published as typed, so ID, bank-card and mobile numbers there are refused outright. Names and
office telephone numbers may stand there lawfully (appointments, hotlines) and are left to the
reviewer.
"""

from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError

from .findings import BANK_CARD, ID_NUMBER, ID_NUMBER_SUSPECT, PHONE, Finding
from .scanner import scan_text


def unmasked_personal_data(text: str) -> list[Finding]:
    """Return the ID numbers, bank cards and mobile numbers in text published without masking."""
    return [
        f
        for f in scan_text(text or "")
        if f.kind in (ID_NUMBER, ID_NUMBER_SUSPECT, BANK_CARD)
        or (f.kind == PHONE and f.subkind == "mobile")
    ]


def describe_findings(found: list[Finding]) -> str:
    """Name the findings for an error message, masked: messages travel in cookies and logs."""
    return "、".join(f"{f.label} {f.masked}" for f in found)


def refuse_personal_data(text: str, *, label: str, code: str, field: str | None = None) -> None:
    """Refuse (DomainError) text published as typed that holds ID, bank-card or mobile numbers;
    ``label`` names where it stands, and the message shows the numbers masked."""
    found = unmasked_personal_data(text)
    if found:
        raise DomainError(
            _(
                "The %(field)s contains personal data (%(what)s); it is published as typed, "
                "without masking. Remove it, then try again."
            )
            % {"field": label, "what": describe_findings(found)},
            code=code,
            field=field,
        )
