"""Helpers shared by the participation services: who may act, and the managing staff."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext as _

from gongkai.core.errors import PermissionDeniedError
from gongkai.orgs.models import Membership, Organisation
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import user_has_role

#: Who runs consultations and answers messages for an organisation.
MANAGE_ROLES = {Role.COORDINATOR, Role.EDITOR}


def require_role(*, actor, org: Organisation, roles: set[str] = MANAGE_ROLES) -> None:
    """Refuse unless ``actor`` holds one of ``roles`` for ``org``; None is the system."""
    if actor is None:
        return
    if not user_has_role(user=actor, org=org, roles=roles):
        raise PermissionDeniedError(_("You may not do this for %(org)s.") % {"org": org.name})


def org_staff(*, org: Organisation, roles: set[str] = MANAGE_ROLES) -> list:
    """Active users holding ``roles`` in ``org`` or, for coordinators, an organisation above it."""
    ids = Membership.objects.filter(
        Q(org=org, role__in=roles) | Q(org_id__in=org.ancestor_ids(), role=Role.COORDINATOR)
    )
    return list(get_user_model().objects.filter(pk__in=ids.values("user_id"), is_active=True))
