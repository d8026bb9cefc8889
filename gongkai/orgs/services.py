"""Write organisations, aliases, users and role assignments; every change is audited."""

from django.contrib.auth import get_user_model
from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.errors import DomainError

from .models import Membership, OrgAlias, Organisation
from .names import name_key
from .roles import Role
from .selectors import require_role

User = get_user_model()


def _refresh_path(org: Organisation) -> None:
    parent_path = org.parent.path if org.parent_id else "/"
    org.path = f"{parent_path}{org.pk}/"
    org.depth = 0 if not org.parent_id else org.parent.depth + 1


def _region_of(org: Organisation | None) -> Organisation | None:
    """The top-level region an organisation belongs to (itself for a region at the top)."""
    if org is None:
        return None
    ids = org.ancestor_ids()
    return Organisation.objects.get(pk=ids[0]) if ids else org


def _name_taken(
    key: str, *, region: Organisation | None, exclude: Organisation | None = None
) -> str | None:
    """The name of another agency or region of ``region`` that already answers to ``key`` by
    its official name, short name or a global alias; None if the name is free there.

    Divisions (处室) are left out: every agency has its own 办公室, told apart by its parent.
    """
    if not key or region is None:
        return None
    orgs = Organisation.objects.filter(path__startswith=region.path).exclude(
        kind=Organisation.Kind.UNIT
    )
    if exclude is not None and exclude.pk:
        orgs = orgs.exclude(pk=exclude.pk)
    hit = orgs.filter(models.Q(name_match=key) | models.Q(short_match=key)).first()
    if hit is None:
        alias = OrgAlias.objects.filter(key=key, scope=None, org__in=orgs).first()
        hit = alias.org if alias else None
    return hit.name if hit else None


def _check_names_free(
    *, name: str, short_name: str, parent: Organisation | None, kind: str, org=None
) -> None:
    """Refuse a name or short name another organisation of the same region answers to."""
    if kind == Organisation.Kind.UNIT:
        return
    region = _region_of(parent)
    for written in filter(None, (name, short_name)):
        other = _name_taken(name_key(written), region=region, exclude=org)
        if other:
            raise DomainError(
                _(
                    "“%(name)s” is already the name of “%(other)s” in %(region)s; names and "
                    "short names must be unique within a region."
                )
                % {"name": written, "other": other, "region": region.name},
                code="duplicate_org",
                field="name" if written == name else "short_name",
            )


@transaction.atomic
def org_create(
    *,
    name: str,
    parent: Organisation | None = None,
    short_name: str = "",
    kind: str = Organisation.Kind.AGENCY,
    code: str = "",
    sort_order: int = 0,
    actor=None,
) -> Organisation:
    """Create an organisation under ``parent`` (or as a root)."""
    name = name.strip()
    if Organisation.objects.filter(parent=parent, name=name).exists():
        raise DomainError(
            _("An organisation named “%(name)s” already exists under “%(parent)s”.")
            % {"name": name, "parent": parent or _("(top level)")},
            code="duplicate_org",
            field="name",
        )
    _check_names_free(name=name, short_name=short_name.strip(), parent=parent, kind=kind)
    org = Organisation(
        parent=parent,
        name=name,
        short_name=short_name.strip(),
        kind=kind,
        code=code.strip(),
        sort_order=sort_order,
        name_match=name_key(name),
        short_match=name_key(short_name),
        path="/pending/",
    )
    org.full_clean(exclude=["path"])
    org.save()
    _refresh_path(org)
    org.save(update_fields=["path", "depth"])
    audit_record(actor=actor, obj=org, action="org.create", after={"name": name}, org=org)
    return org


@transaction.atomic
def org_update(*, org: Organisation, actor=None, **changes) -> Organisation:
    """Change an organisation's names, code or kind (not its place in the tree)."""
    before = {k: getattr(org, k) for k in changes}
    for field, value in changes.items():
        setattr(org, field, value.strip() if isinstance(value, str) else value)
    org.name_match = name_key(org.name)
    org.short_match = name_key(org.short_name)
    _check_names_free(
        name=org.name, short_name=org.short_name, parent=org.parent, kind=org.kind, org=org
    )
    org.full_clean()
    org.save()
    audit_record(actor=actor, obj=org, action="org.update", before=before, after=changes, org=org)
    return org


def org_site_name_set(*, org: Organisation, site_name: str, actor) -> Organisation:
    """Set the name the public column shows for ``org`` (empty: its official name); only its
    coordinator may. Audited like any change of the organisation's names."""
    require_role(actor=actor, org=org, roles={Role.COORDINATOR})
    return org_update(org=org, actor=actor, site_name=site_name)


@transaction.atomic
def alias_add(
    *, org: Organisation, alias: str, scope: Organisation | None = None, actor=None
) -> OrgAlias:
    """Record another name for ``org``; refuse an alias that already means another organisation."""
    alias = alias.strip()
    key = name_key(alias)
    if not key:
        raise DomainError(_("The alias is empty."), code="empty_alias", field="alias")
    existing = OrgAlias.objects.filter(key=key, scope=scope).select_related("org").first()
    if existing:
        if existing.org_id == org.pk:
            return existing
        raise DomainError(
            _("The alias “%(alias)s” already stands for “%(other)s”.")
            % {"alias": alias, "other": existing.org.name},
            code="duplicate_alias",
            field="alias",
        )
    clash = Organisation.objects.filter(name_match=key).exclude(pk=org.pk).first()
    if clash is None and scope is None:
        region = _region_of(org)
        taken = _name_taken(key, region=region, exclude=org)
        if taken:
            raise DomainError(
                _(
                    "“%(alias)s” already stands for “%(other)s” in %(region)s and cannot be an "
                    "alias of another organisation."
                )
                % {"alias": alias, "other": taken, "region": region.name},
                code="alias_is_name",
                field="alias",
            )
    if clash is not None and scope is None:
        raise DomainError(
            _("“%(alias)s” is the official name of “%(other)s” and cannot be an alias of another.")
            % {"alias": alias, "other": clash.name},
            code="alias_is_name",
            field="alias",
        )
    try:
        with transaction.atomic():
            row = OrgAlias.objects.create(org=org, alias=alias, key=key, scope=scope)
    except IntegrityError as exc:  # a concurrent insert of the same alias
        raise DomainError(
            _("The alias “%(alias)s” already exists.") % {"alias": alias}, code="duplicate_alias"
        ) from exc
    audit_record(actor=actor, obj=org, action="org.alias_add", after={"alias": alias}, org=org)
    return row


@transaction.atomic
def user_create(
    *,
    username: str,
    password: str | None,
    full_name: str = "",
    email: str = "",
    actor=None,
):
    """Create a staff user (full name in first_name, as Chinese names are not split)."""
    if User.objects.filter(username=username).exists():
        raise DomainError(
            _("The user name “%(username)s” is taken.") % {"username": username},
            code="duplicate_user",
            field="username",
        )
    user = User(username=username, first_name=full_name, email=email, is_staff=False)
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.full_clean(exclude=["password"])
    user.save()
    audit_record(actor=actor, obj=user, action="user.create", after={"username": username})
    return user


@transaction.atomic
def membership_grant(*, user, org: Organisation, role: str, actor=None) -> Membership:
    """Give ``user`` ``role`` in ``org`` (idempotent)."""
    if role not in Role.values:
        raise DomainError(_("Unknown role “%(role)s”.") % {"role": role}, code="unknown_role")
    membership, created = Membership.objects.get_or_create(user=user, org=org, role=role)
    if created:
        audit_record(
            actor=actor,
            obj=membership,
            action="membership.grant",
            after={"user": user.username, "org": org.name, "role": role},
            org=org,
        )
    return membership


@transaction.atomic
def membership_revoke(*, membership: Membership, actor=None) -> None:
    audit_record(
        actor=actor,
        obj=membership,
        action="membership.revoke",
        before={"user": membership.user.username, "role": membership.role},
        org=membership.org,
    )
    membership.delete()
