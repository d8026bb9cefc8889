"""Configure the incidents app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IncidentsConfig(AppConfig):
    name = "gongkai.incidents"
    label = "incidents"
    verbose_name = _("Emergencies and public concern")
