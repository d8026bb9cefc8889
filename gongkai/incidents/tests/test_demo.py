"""The demo incident: running, its 5-hour clock 40 minutes from due, loaded once."""

import pytest

from gongkai.incidents.demo import load_demo_incidents
from gongkai.incidents.models import Incident
from gongkai.incidents.selectors import incident_clocks, release_list


@pytest.mark.django_db
def test_the_demo_incident_is_close_to_its_five_hour_deadline_and_loaded_once(coordinator):
    incident = load_demo_incidents()
    load_demo_incidents()
    assert Incident.objects.count() == 1
    clock = incident_clocks(incident=incident)[0]
    assert (clock.key, clock.state) == ("authoritative", "running")
    assert clock.hours_minutes in {"0:40", "0:39"}  # started 4 hours 20 minutes ago
    [release] = release_list(incident=incident)
    assert release.item.status == "in_review" and release.public_at is None
