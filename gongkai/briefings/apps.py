"""Configure the briefings app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BriefingsConfig(AppConfig):
    name = "gongkai.briefings"
    label = "briefings"
    verbose_name = _("Press conferences and interpretation")
