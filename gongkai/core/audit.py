"""Write audit entries: one row per state change, in the caller's transaction."""

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import pgettext

from .context import client_ip
from .models import AuditEntry


def _jsonable(value: Any) -> Any:
    import json

    return json.loads(json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False))


def audit_record(
    *,
    actor,
    obj: models.Model,
    action: str,
    from_state: str = "",
    to_state: str = "",
    before: dict | None = None,
    after: dict | None = None,
    reason: str = "",
    org=None,
    by_public: bool = False,
) -> AuditEntry:
    """Append one audit entry for a change of ``obj``; call it inside the change's transaction.

    ``by_public``: a member of the public did it through a public form (no account); the entry
    names them only as such, never by what they typed, so the audit log holds no personal data.
    Without an actor and without ``by_public`` the system did it (a nightly job, a migration).
    """
    if org is None:
        org = getattr(obj, "org", None)
        if org is not None and not isinstance(org, models.Model):
            org = None
    actor_obj = actor if getattr(actor, "is_authenticated", False) else None
    if actor_obj is not None:
        actor_name = actor_obj.get_full_name() or actor_obj.get_username()
    else:
        actor_name = pgettext("audit actor", "Member of the public") if by_public else ""
    return AuditEntry.objects.create(
        actor=actor_obj,
        actor_name=actor_name,
        client_ip=client_ip.get(),
        org=org,
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
        object_id=str(obj.pk),
        object_repr=str(obj)[:300],
        action=action,
        from_state=str(from_state or ""),
        to_state=str(to_state or ""),
        before=_jsonable(before or {}),
        after=_jsonable(after or {}),
        reason=reason,
    )
