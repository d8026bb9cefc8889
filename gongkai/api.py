"""The REST API router: each app registers its viewsets in its own api.py."""

from rest_framework.routers import DefaultRouter

from gongkai.applications.api import register as register_applications
from gongkai.briefings.api import register as register_briefings
from gongkai.core.api import register as register_core
from gongkai.gazette.api import register as register_gazette
from gongkai.incidents.api import register as register_incidents
from gongkai.orgs.api import register as register_orgs
from gongkai.participation.api import register as register_participation
from gongkai.plans.api import register as register_plans
from gongkai.proposals.api import register as register_proposals
from gongkai.publishing.api import register as register_publishing
from gongkai.workdays.api import register as register_workdays


class Router(DefaultRouter):
    """Records are numbered: an id in a path is digits (at most 18, so it fits the database's
    integers), and anything else is not found (404) instead of a server error."""

    def get_lookup_regex(self, viewset, lookup_prefix=""):
        if not hasattr(viewset, "lookup_value_regex"):
            viewset.lookup_value_regex = "[0-9]{1,18}"
        return super().get_lookup_regex(viewset, lookup_prefix)


router = Router()
for register in (
    register_core,
    register_orgs,
    register_workdays,
    register_plans,
    register_applications,
    register_publishing,
    register_participation,
    register_briefings,
    register_incidents,
    register_proposals,
    register_gazette,
):
    register(router)
