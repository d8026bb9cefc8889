"""How the audit log names the changes to organisations, users and their roles."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "org.create": _("Organisation created"),
    "org.update": _("Organisation details changed"),
    "org.alias_add": _("Organisation alias added"),
    "user.create": _("User account created"),
    "membership.grant": _("Role granted to a user"),
    "membership.revoke": _("Role of a user revoked"),
}
