"""Configure the core app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "gongkai.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from gongkai.orgs.roles import Role

        from .audit_labels import register_audit_labels
        from .first_password import on_sign_in

        user_logged_in.connect(on_sign_in, dispatch_uid="gongkai.first_password")
        from .navigation import register_nav

        register_audit_labels(
            "user", actions={"user.locked_out": _("Sign-in locked after repeated failures")}
        )

        register_nav(_("Dashboard"), "core:dashboard", order=0)
        register_nav(
            _("Audit log"), "core:audit_list", roles={Role.COORDINATOR, Role.SUPERVISOR}, order=900
        )
        register_nav(_("Notifications"), "core:notification_list", order=950)
