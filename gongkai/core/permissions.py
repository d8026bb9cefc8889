"""View decorators: staff pages need a role; coordinator pages need the coordinator role."""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import user_memberships


def user_roles(user) -> set[str]:
    if not getattr(user, "is_authenticated", False):
        return set()
    if user.is_superuser:
        return set(Role.values)
    return {m.role for m in user_memberships(user=user)}


def role_required(*roles: str) -> Callable:
    """Let the view run for users holding any of ``roles`` (any role if none is given)."""

    def decorator(view: Callable) -> Callable:
        @login_required
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            held = user_roles(request.user)
            if not held or (roles and not held & set(roles)):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


staff_required = role_required()
coordinator_required = role_required(Role.COORDINATOR, Role.SUPERVISOR)
