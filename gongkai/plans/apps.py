"""Configure the plans app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "gongkai.plans"
    label = "plans"
    verbose_name = _("Work plans")
