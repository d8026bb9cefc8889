"""Configure the public portal app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "gongkai.portal"
    label = "portal"
    verbose_name = _("Public portal")

    def ready(self) -> None:
        from .navigation import register_public_nav

        register_public_nav(_("Home"), "portal:home", order=0)
