"""Withdrawing a published row that has no state machine of its own: a list version here, and
the portal's guide versions and rule entries (the portal imports this; publishing does not
import the portal)."""

from django.db import models
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import lock, model_update
from gongkai.core.errors import DomainError

#: The two ``status`` values involved, as ListVersionStatus and the portal's PublicStatus
#: spell them.
PUBLISHED = "published"
WITHDRAWN = "withdrawn"


def withdraw_published(
    obj: models.Model,
    *,
    actor,
    reason: str,
    action: str,
    refused: str,
    audited: models.Model | None = None,
    after: dict | None = None,
):
    """Take ``obj`` off the public pages: kept, its ``status`` marked withdrawn, and audited with
    the reason given (on ``audited``, else on ``obj``). ``refused`` is the message when it is not
    published. The caller checks first that ``actor`` may do it, and runs this in its
    transaction."""
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(_("Give the reason."), field="reason")
    lock(obj)
    if obj.status != PUBLISHED:
        raise DomainError(refused, code="not_published")
    model_update(obj, status=WITHDRAWN)
    audit_record(
        actor=actor,
        obj=audited if audited is not None else obj,
        action=action,
        from_state=PUBLISHED,
        to_state=WITHDRAWN,
        after=after,
        reason=reason,
    )
    return obj
