"""Sign-in lockout after repeated failures (django-axes), on /office/login/ and /admin/login/.

An account is locked for one client address after ``AXES_FAILURE_LIMIT`` failures from that
address; an address is locked for every account after ``GONGKAI_LOGIN_ADDRESS_FAILURE_LIMIT``
failures, whatever names it tried. Both last ``AXES_COOLOFF_TIME``; a superuser unlocks
earlier in the admin (访问尝试) or with ``gongkai axes_reset_username <name>``. Each new lock
writes an audit entry.
"""

from axes.backends import AxesStandaloneBackend
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


class LockoutBackend(AxesStandaloneBackend):
    """Refuse a locked-out sign-in. A call without a request (the command line, the test
    client's ``login``) is not a web sign-in, so there is nothing to count or lock."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


class LockoutHandler(AxesDatabaseHandler):
    """Axes' database handler with two limits: per account and address, and per address."""

    def get_failures(self, request, credentials: dict | None = None) -> int:
        per_pair, per_address = (
            attempts.aggregate(n=Sum("failures_since_start"))["n"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        limit = settings.AXES_FAILURE_LIMIT
        # Scaled so that reaching the address limit reads as reaching the account limit.
        return max(per_pair, per_address * limit // settings.GONGKAI_LOGIN_ADDRESS_FAILURE_LIMIT)

    def reset_user_attempts(self, request, credentials: dict | None = None) -> int:
        """After a successful sign-in forget that account's failures from that address only:
        the address keeps its count, so one valid account cannot clear it for guessing others."""
        pair = self.filter_user_attempts(request, credentials)[0]
        count, _deleted = pair.delete()
        return count

    def user_login_failed(self, sender, credentials: dict, request=None, **kwargs):
        was_locked = request is not None and self.is_locked(request, credentials)
        super().user_login_failed(sender, credentials, request=request, **kwargs)
        if request is not None and request.axes_locked_out and not was_locked:
            _audit_lock(request, credentials)


def _audit_lock(request: HttpRequest, credentials: dict) -> None:
    from gongkai.orgs.models import Membership

    from .audit import audit_record

    username = get_client_username(request, credentials) or ""
    user = get_user_model().objects.filter(username=username).first()
    obj = user or AccessAttempt.objects.filter(ip_address=request.axes_ip_address).first()
    if obj is None:
        return
    membership = Membership.objects.filter(user=user).select_related("org").first()
    audit_record(
        actor=None,
        obj=obj,
        action="user.locked_out",
        after={
            "username": username[:150],
            "client_ip": request.axes_ip_address,
            "failures": request.axes_failures_since_start,
        },
        org=membership.org if membership else None,
    )


def locked_out(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    """The page a locked-out sign-in gets (AXES_LOCKOUT_CALLABLE), in the office's look."""
    minutes = max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))
    return render(request, "core/locked_out.html", {"minutes": minutes}, status=429)
