"""Read the audit log and notifications, visibility first."""

from datetime import date

from django.db.models import Q, QuerySet

from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import visible_org_ids

from .models import AuditEntry, Notification


def audit_list(
    *,
    user,
    action: str = "",
    actor: str = "",
    obj: str = "",
    org_id: int | None = None,
    since: date | None = None,
    until: date | None = None,
) -> QuerySet[AuditEntry]:
    """Return the audit entries a coordinator or supervisor may see, filtered."""
    qs = AuditEntry.objects.select_related("content_type", "org")
    if not user.is_superuser:
        orgs = visible_org_ids(user=user, roles={Role.COORDINATOR, Role.SUPERVISOR})
        qs = qs.filter(Q(org_id__in=orgs) | Q(actor=user))
    if action:
        qs = qs.filter(action__icontains=action)
    if actor:
        qs = qs.filter(actor_name__icontains=actor)
    if obj:
        qs = qs.filter(object_repr__icontains=obj)
    if org_id:
        qs = qs.filter(org_id=org_id)
    if since:
        qs = qs.filter(created_at__date__gte=since)
    if until:
        qs = qs.filter(created_at__date__lte=until)
    return qs


def notification_list(*, user, unread_only: bool = False) -> QuerySet[Notification]:
    qs = Notification.objects.filter(user=user)
    return qs.filter(read_at__isnull=True) if unread_only else qs
