"""Read organisations and check who may see what: the permission checks every app uses."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from gongkai.core.errors import PermissionDeniedError

from .models import Membership, OrgAlias, Organisation
from .names import name_key
from .roles import SUBTREE_ROLES, Role


def org_list(*, active_only: bool = True) -> QuerySet[Organisation]:
    qs = Organisation.objects.all()
    return qs.filter(is_active=True) if active_only else qs


def org_subtree(*, org: Organisation) -> QuerySet[Organisation]:
    """Return ``org`` and every organisation below it."""
    return Organisation.objects.filter(path__startswith=org.path)


def user_memberships(*, user) -> QuerySet[Membership]:
    if not getattr(user, "is_authenticated", False):
        return Membership.objects.none()
    return Membership.objects.filter(user=user, org__is_active=True).select_related("org")


def user_has_role(*, user, org: Organisation, roles: set[str] | None = None) -> bool:
    """Tell whether ``user`` holds one of ``roles`` in ``org`` or, for subtree roles, above it.

    A coordinator, reviewer or supervisor of an organisation acts for its whole subtree; a unit
    editor acts only for the unit they belong to.
    """
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser:
        return True
    wanted = set(roles) if roles else set(Role.values)
    ancestors = set(org.ancestor_ids())
    for m in user_memberships(user=user):
        if m.role not in wanted:
            continue
        if m.org_id == org.pk:
            return True
        if m.role in SUBTREE_ROLES and m.org_id in ancestors:
            return True
    return False


def require_role(*, actor, org: Organisation, roles: set[str]) -> None:
    """Refuse the action (PermissionDeniedError) unless ``actor`` holds one of ``roles`` for
    ``org``, by the rule of ``user_has_role``."""
    if not user_has_role(user=actor, org=org, roles=roles):
        raise PermissionDeniedError(_("You may not do this for %(org)s.") % {"org": org.name})


def visible_org_ids(*, user, roles: set[str] | None = None) -> set[int]:
    """Return the ids of organisations whose non-public records ``user`` may see.

    Superusers see everything; everyone else sees their own organisations and, for
    coordinators, reviewers and supervisors, everything below them.
    """
    if isinstance(user, AnonymousUser) or not getattr(user, "is_authenticated", False):
        return set()
    if user.is_superuser:
        return set(Organisation.objects.values_list("pk", flat=True))
    wanted = set(roles) if roles else set(Role.values)
    query = Q(pk__in=[])
    for m in user_memberships(user=user):
        if m.role not in wanted:
            continue
        if m.role in SUBTREE_ROLES:
            query |= Q(path__startswith=m.org.path)
        else:
            query |= Q(pk=m.org_id)
    return set(Organisation.objects.filter(query).values_list("pk", flat=True))


def org_list_for(*, user, roles: set[str] | None = None) -> QuerySet[Organisation]:
    """The organisations ``user`` acts for with one of ``roles`` (any role when None), in
    directory order: what a page offers in its list of organisations to choose from."""
    return Organisation.objects.filter(pk__in=visible_org_ids(user=user, roles=roles)).order_by(
        "path"
    )


def users_with_role(*, org: Organisation, roles: set[str], above_only: bool = False) -> QuerySet:
    """Active users holding one of ``roles`` in ``org`` or in an organisation above it
    (``above_only``: above it only): whom to tell, who may act for it."""
    org_ids = list(org.ancestor_ids()) if above_only else [org.pk, *org.ancestor_ids()]
    members = Membership.objects.filter(org_id__in=org_ids, role__in=roles).values("user_id")
    return get_user_model().objects.filter(pk__in=members, is_active=True)


def restrict_to_user(qs: QuerySet, *, user, field: str = "org", roles=None) -> QuerySet:
    """Filter a queryset of org-owned records down to what ``user`` may see."""
    return qs.filter(**{f"{field}__in": visible_org_ids(user=user, roles=roles)})


def get_visible_or_404(qs: QuerySet, *, user, pk, field: str = "org"):
    """Return the record with ``pk`` if ``user`` may see it; 404 otherwise (never 403: no leak)."""
    obj = restrict_to_user(qs, user=user, field=field).filter(pk=pk).first()
    if obj is None:
        raise Http404
    return obj


def org_get(*, user, pk: int) -> Organisation:
    return get_visible_or_404(Organisation.objects.all(), user=user, pk=pk, field="pk")


def org_resolve(*, name: str, scope: Organisation | None = None, user=None) -> Organisation | None:
    """Find the organisation a written name refers to: official name, short name or alias.

    Names match across traditional/simplified characters and bracket forms. An alias scoped to
    ``scope`` (or to one of its ancestors) wins over a global one, so two agencies can each call
    their own division 办公室. With a ``scope``, nothing outside its top-level region is found:
    a Gansu plan's 省财政厅 is never Yunnan's. Within the region an official or short name wins
    over another organisation's alias. With a ``user`` (not a superuser), nothing the user
    cannot see is found: a name never resolves into another agency's tree.
    """
    key = name_key(name)
    if not key:
        return None
    candidates = Organisation.objects.all()
    if user is not None and not getattr(user, "is_superuser", False):
        candidates = candidates.filter(pk__in=visible_org_ids(user=user))
    if scope is not None:
        scope_ids = [*scope.ancestor_ids(), scope.pk]
        scoped = (
            OrgAlias.objects.filter(key=key, scope_id__in=scope_ids, org__in=candidates)
            .select_related("org", "scope")
            .order_by("-scope__depth")
            .first()
        )
        if scoped:
            return scoped.org
        below = list(
            org_subtree(org=scope)
            .filter(pk__in=candidates.values("pk"))
            .filter(Q(name_match=key) | Q(short_match=key))[:2]
        )
        if len(below) == 1:
            return below[0]
        root = Organisation.objects.get(pk=scope_ids[0])
        candidates = candidates.filter(path__startswith=root.path)
    matches = list(candidates.filter(Q(name_match=key) | Q(short_match=key))[:2])
    if len(matches) == 1:
        return matches[0]
    if matches:
        return None  # two organisations answer to the name: ambiguous, never a guess
    alias = (
        OrgAlias.objects.filter(key=key, scope=None, org__in=candidates)
        .select_related("org")
        .first()
    )
    return alias.org if alias else None
