"""The demo ledger: one requirement missed, the others done or due, whatever the day."""

from collections import Counter
from datetime import date

import pytest
import time_machine
from django.utils import timezone

from gongkai.briefings.demo import load_demo_briefings
from gongkai.briefings.kinds import CheckState
from gongkai.briefings.selectors import frequency_status
from gongkai.orgs.demo import load_demo_orgs
from gongkai.orgs.models import Organisation

pytestmark = pytest.mark.django_db


def _states(year: int) -> Counter:
    org = Organisation.objects.get(name="云南省卫生和计划生育委员会")
    return Counter(
        r.state for r in frequency_status(org=org, year=year, today=timezone.localdate())
    )


@pytest.mark.parametrize(
    ("today", "year", "expected"),
    [
        # the fourth quarter: the third had no press conference; the principal head's
        # attendance and interpretations are done, the second half-year still due
        (date(2026, 12, 6), 2026, {"missed": 1, "done": 2, "due": 1}),
        (date(2026, 5, 20), 2026, {"missed": 1, "due": 3}),
        # in the first quarter nothing of this year has ended: last year shows the miss
        (date(2026, 2, 10), 2025, {"missed": 1, "done": 3}),
        (date(2026, 2, 10), 2026, {"due": 4}),
    ],
)
def test_the_demo_misses_one_requirement(today, year, expected):
    with time_machine.travel(today, tick=False):
        load_demo_orgs()
        count = load_demo_briefings()
        assert count > 0
        assert load_demo_briefings() == count  # a second run adds nothing
        states = _states(year)
    assert states == Counter({CheckState(k): n for k, n in expected.items()})
