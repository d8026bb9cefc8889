"""A user given an initial password by someone else chooses their own at first sign-in.

The flag is a ``PasswordChangeRequired`` row; at sign-in it is copied into the session so that
the middleware costs no query per request. Until the password is changed every back-office
page leads to the password form.
"""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from .models import PasswordChangeRequired

SESSION_KEY = "gongkai_must_change_password"


def password_change_require(*, user) -> None:
    PasswordChangeRequired.objects.get_or_create(user=user)


def password_change_clear(*, request: HttpRequest, user) -> None:
    PasswordChangeRequired.objects.filter(user=user).delete()
    request.session.pop(SESSION_KEY, None)


def on_sign_in(sender, request, user, **kwargs) -> None:
    """user_logged_in receiver: remember in the session whether the password must change."""
    if request is not None and hasattr(request, "session"):
        if PasswordChangeRequired.objects.filter(user=user).exists():
            request.session[SESSION_KEY] = True


class FirstPasswordMiddleware:
    """Send a user who must change their password to the password form first."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        session = getattr(request, "session", None)
        if session is None or not session.get(SESSION_KEY):
            return self.get_response(request)
        allowed = {
            reverse("core:password_change"),
            reverse("core:password_change_done"),
            reverse("core:logout"),
        }
        if request.path in allowed or request.path.startswith("/static/"):
            return self.get_response(request)
        message = _(
            "Choose your own password before you continue: the initial one was set by someone else."
        )
        if request.path.startswith("/api/"):
            return JsonResponse({"detail": message, "code": "password_change_required"}, status=403)
        messages.warning(request, message)
        return HttpResponseRedirect(reverse("core:password_change"))
