"""The one way a record's status changes: locked, checked against its table, saved, audited.

Requests, plans and tasks, information items, consultations and messages each keep their own
table of allowed moves (``states.py`` of their app) and call ``status_move`` from the one service
function that changes their status.
"""

from collections.abc import Iterable, Mapping
from typing import Any

from django.db import models, transaction
from django.utils import timezone

from .audit import audit_record
from .db import lock_and_check, model_update


@transaction.atomic
def status_move(
    obj: models.Model,
    *,
    to: str,
    table: Mapping[str, Iterable[str]],
    labels: Mapping[str, str],
    actor,
    action: str,
    reason: str = "",
    changes: Mapping[str, Any] | None = None,
    after: dict | None = None,
    org=None,
    stamp: bool = False,
) -> str:
    """Move ``obj.status`` to ``to`` and return the status it had.

    Locks the row and refuses a move ``table`` does not allow (DomainError, in the words of
    ``labels``); saves the status with ``changes`` (and ``status_changed_at`` when ``stamp``);
    appends the audit entry with the two states, ``reason`` and ``after``, in the same
    transaction.
    """
    before = lock_and_check(obj, to=to, table=table, labels=labels)
    fields = {"status": to, **(changes or {})}
    if stamp:
        fields["status_changed_at"] = timezone.now()
    model_update(obj, **fields)
    audit_record(
        actor=actor,
        obj=obj,
        action=action,
        from_state=before,
        to_state=to,
        reason=reason,
        after=after,
        org=org,
    )
    return before
