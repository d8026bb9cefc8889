"""Configure the organisations app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrgsConfig(AppConfig):
    name = "gongkai.orgs"
    label = "orgs"
    verbose_name = _("Organisations")

    def ready(self) -> None:
        from gongkai.core.audit_labels import register_audit_labels
        from gongkai.core.navigation import register_nav

        from .audit_labels import ACTIONS

        register_audit_labels("org", actions=ACTIONS)  # also user.* and membership.*
        register_nav(_("Organisations and users"), "orgs:list", order=800)
