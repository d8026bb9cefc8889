"""Forms of the shell."""

from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _


class LoginForm(AuthenticationForm):
    error_messages = {
        "invalid_login": _(
            "The user name or password is wrong. Both are case-sensitive; try again or ask your "
            "disclosure office to reset the password."
        ),
        "inactive": _("This account is disabled."),
    }
