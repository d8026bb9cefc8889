"""Helpers shared by the participation services: who may act, and the managing staff."""

from django.contrib.auth import get_user_model
from django.db.models import Q

from gongkai.orgs.models import Membership, Organisation
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import require_role as require_org_role

#: Who runs consultations and answers messages for an organisation.
MANAGE_ROLES = {Role.COORDINATOR, Role.EDITOR}


def require_role(*, actor, org: Organisation, roles: set[str] = MANAGE_ROLES) -> None:
    """Refuse unless ``actor`` holds one of ``roles`` for ``org``; None is the system."""
    if actor is not None:
        require_org_role(actor=actor, org=org, roles=roles)


def org_staff(*, org: Organisation, roles: set[str] = MANAGE_ROLES) -> list:
    """Active users holding ``roles`` in ``org`` or, for coordinators, an organisation above it."""
    ids = Membership.objects.filter(
        Q(org=org, role__in=roles) | Q(org_id__in=org.ancestor_ids(), role=Role.COORDINATOR)
    )
    return list(get_user_model().objects.filter(pk__in=ids.values("user_id"), is_active=True))
