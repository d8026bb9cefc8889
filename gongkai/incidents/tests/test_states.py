"""The transition table: every status has a row; an incident recorded in error stays so."""

from gongkai.incidents.states import TRANSITIONS, IncidentStatus


def test_a_running_incident_is_closed_or_cancelled_and_only_a_closed_one_reopens():
    assert TRANSITIONS == {
        IncidentStatus.OPEN: {IncidentStatus.CLOSED, IncidentStatus.CANCELLED},
        IncidentStatus.CLOSED: {IncidentStatus.OPEN},
        IncidentStatus.CANCELLED: set(),
    }
