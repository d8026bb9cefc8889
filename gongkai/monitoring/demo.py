"""Demo: Gongkai's own portal watched as a site, with its columns."""

from gongkai.orgs.models import Organisation

from .defaults import load_defaults
from .own_portal import own_portal_register


def load_demo_monitoring() -> None:
    load_defaults()
    org = Organisation.objects.filter(name="云南省人民政府").first()
    own_portal_register(org=org)
