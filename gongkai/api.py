"""The REST API router: each app registers its viewsets in its own api.py."""

from rest_framework.routers import DefaultRouter

from gongkai.applications.api import register as register_applications
from gongkai.core.api import register as register_core
from gongkai.orgs.api import register as register_orgs
from gongkai.participation.api import register as register_participation
from gongkai.plans.api import register as register_plans
from gongkai.publishing.api import register as register_publishing
from gongkai.workdays.api import register as register_workdays

router = DefaultRouter()
for register in (
    register_core,
    register_orgs,
    register_workdays,
    register_plans,
    register_applications,
    register_publishing,
    register_participation,
):
    register(router)
