"""Forms of the shell, and what every app's forms share."""

import secrets

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from .demo_password import published_password_refused
from .errors import DomainError


class OnceForm(forms.Form):
    """A public form whose hidden one-time key makes a double submit one record."""

    submission_key = forms.CharField(widget=forms.HiddenInput, max_length=64)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("submission_key", secrets.token_urlsafe(24))


class DateInput(forms.DateInput):
    """A browser date picker; its value must be ISO whatever the locale's display format."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


def add_domain_error(form: forms.Form, exc: DomainError) -> None:
    """Show a refused action on its form: under the field it names, else above the form."""
    form.add_error(exc.field if exc.field in form.fields else None, exc.message)


class PublishedPasswordMixin:
    """Refuse the demo's published password away from this machine (see ``demo_password``)."""

    def clean(self):
        if published_password_refused(self.request, self.cleaned_data.get("password") or ""):
            raise forms.ValidationError(
                _(
                    "The demo password is published and works only on the server itself. Sign "
                    "in there and change the password first, then sign in from here with the new "
                    "one."
                ),
                code="published_password",
            )
        return super().clean()


class LoginForm(PublishedPasswordMixin, AuthenticationForm):
    error_messages = {
        "invalid_login": _(
            "The user name or password is wrong. Both are case-sensitive; try again or ask your "
            "disclosure office to reset the password."
        ),
        "inactive": _("This account is disabled."),
    }


class AdminLoginForm(PublishedPasswordMixin, AdminAuthenticationForm):
    pass
