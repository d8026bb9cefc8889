"""Configure the plans app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "gongkai.plans"
    label = "plans"
    verbose_name = _("Work plans")

    def ready(self) -> None:
        from gongkai.core.demo import register_demo

        from .demo import load_demo_plans

        register_demo(_("work plans from the seed documents"), load_demo_plans, order=20)
