"""Configure the organisations app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrgsConfig(AppConfig):
    name = "gongkai.orgs"
    label = "orgs"
    verbose_name = _("Organisations")

    def ready(self) -> None:
        from gongkai.core.navigation import register_nav

        register_nav(_("Organisations and users"), "orgs:list", order=800)
