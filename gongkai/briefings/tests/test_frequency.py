"""The frequency evaluator: done, due and missed on the edges of quarters and half-years."""

from datetime import date

import pytest
import time_machine
from django.utils import timezone

from gongkai.briefings.kinds import CheckState, EntryKind, Period, SpeakerRole
from gongkai.briefings.periods import periods_of
from gongkai.briefings.selectors import frequency_status, year_counts
from gongkai.briefings.services import check_create, checks_adopt_standard
from gongkai.orgs.models import Organisation
from gongkai.orgs.services import org_create

from .factories import quarterly_press, record

pytestmark = pytest.mark.django_db


def _states(org, year=2026):
    """{requirement: [state of each period]} as of the frozen day."""
    today = timezone.localdate()
    return {
        r.check.title: [p.state for p in r.periods]
        for r in frequency_status(org=org, year=year, today=today)
    }


def test_quarters_and_half_years_cover_the_year_to_the_last_day():
    quarters = periods_of(2024, Period.QUARTER)
    assert [(q.start, q.end) for q in quarters] == [
        (date(2024, 1, 1), date(2024, 3, 31)),
        (date(2024, 4, 1), date(2024, 6, 30)),
        (date(2024, 7, 1), date(2024, 9, 30)),
        (date(2024, 10, 1), date(2024, 12, 31)),
    ]
    assert [h.end for h in periods_of(2024, Period.HALF)] == [date(2024, 6, 30), date(2024, 12, 31)]
    assert [(y.start, y.end) for y in periods_of(2024, Period.YEAR)] == [
        (date(2024, 1, 1), date(2024, 12, 31))
    ]


def test_a_quarter_without_a_press_conference_is_due_on_its_last_day_and_missed_the_next(
    org_tree, coordinator
):
    org = org_tree["commission"]
    quarterly_press(org=org, actor=coordinator, year=2026)
    title = "每季度至少举办1次新闻发布会"
    with time_machine.travel(date(2026, 3, 31), tick=False):
        assert _states(org)[title] == ["due", "due", "due", "due"]
    with time_machine.travel(date(2026, 4, 1), tick=False):
        assert _states(org)[title] == ["missed", "due", "due", "due"]


def test_a_press_conference_counts_in_the_quarter_of_its_date(org_tree, coordinator):
    org = org_tree["commission"]
    quarterly_press(org=org, actor=coordinator, year=2026)
    title = "每季度至少举办1次新闻发布会"
    with time_machine.travel(date(2026, 7, 1), tick=False):
        record(org=org, actor=coordinator, on=date(2026, 3, 31))
        record(org=org, actor=coordinator, on=date(2026, 7, 1))
        # 3-31 is the first quarter's; nothing in the second, now ended; the third is done
        assert _states(org)[title] == ["done", "missed", "done", "due"]
        (result,) = frequency_status(org=org, year=2026, today=timezone.localdate())
        assert [p.count for p in result.periods] == [1, 0, 1, 0]
        assert result.state == CheckState.MISSED


def test_a_check_is_done_for_the_year_only_when_every_period_is(org_tree, coordinator):
    org = org_tree["commission"]
    quarterly_press(org=org, actor=coordinator, year=2026)
    with time_machine.travel(date(2026, 12, 31), tick=False):
        for month in (2, 5, 8):
            record(org=org, actor=coordinator, on=date(2026, month, 10))
        (result,) = frequency_status(org=org, year=2026, today=timezone.localdate())
        assert result.state == CheckState.DUE  # the fourth quarter runs to the end of today
        record(org=org, actor=coordinator, on=date(2026, 12, 31))
        (result,) = frequency_status(org=org, year=2026, today=timezone.localdate())
        assert result.state == CheckState.DONE


def test_only_the_speakers_named_count(org_tree, coordinator):
    org = org_tree["commission"]
    check_create(
        org=org,
        year=2026,
        actor=coordinator,
        title="主要负责同志每年至少出席1次新闻发布会",
        kinds=[EntryKind.PRESS_CONFERENCE],
        roles=[SpeakerRole.PRINCIPAL_HEAD],
        minimum=1,
        period=Period.YEAR,
    )
    title = "主要负责同志每年至少出席1次新闻发布会"
    with time_machine.travel(date(2027, 1, 1), tick=False):
        record(org=org, actor=coordinator, on=date(2026, 5, 1), role=SpeakerRole.SPOKESPERSON)
        record(
            org=org,
            actor=coordinator,
            on=date(2026, 6, 1),
            kind=EntryKind.BRIEFING,
            role=SpeakerRole.PRINCIPAL_HEAD,
        )
        assert _states(org)[title] == ["missed"]
        record(org=org, actor=coordinator, on=date(2026, 12, 31), role=SpeakerRole.PRINCIPAL_HEAD)
        assert _states(org)[title] == ["done"]


def test_half_year_boundary(org_tree, coordinator):
    org = org_tree["commission"]
    with time_machine.travel(date(2026, 7, 1), tick=False):
        checks_adopt_standard(org=org, year=2026, actor=coordinator)
        title = "新闻发言人或有关负责人每半年至少出席1次新闻发布会"
        assert _states(org)[title] == ["missed", "due"]
        record(org=org, actor=coordinator, on=date(2026, 6, 30))
        assert _states(org)[title] == ["done", "due"]


def test_a_divisions_entries_count_for_its_agency_not_an_agencys_for_its_government(
    org_tree, coordinator, city_coordinator
):
    office, commission = org_tree["office"], org_tree["commission"]
    city, civil = org_tree["city"], org_tree["civil"]
    quarterly_press(org=commission, actor=coordinator, year=2026)
    quarterly_press(org=city, actor=city_coordinator, year=2026)
    title = "每季度至少举办1次新闻发布会"
    with time_machine.travel(date(2026, 4, 1), tick=False):
        record(org=office, actor=coordinator, on=date(2026, 2, 1))
        record(org=civil, actor=city_coordinator, on=date(2026, 2, 1))
        assert _states(commission)[title][0] == "done"
        assert _states(city)[title][0] == "missed"
    counts = year_counts(org=commission, year=2026)
    assert counts[EntryKind.PRESS_CONFERENCE] == 1 and counts[EntryKind.BRIEFING] == 0


def test_a_division_of_an_agency_below_a_government_counts_for_its_agency_only(
    org_tree, city_coordinator
):
    city, civil = org_tree["city"], org_tree["civil"]
    division = org_create(name="办公室", parent=civil, kind=Organisation.Kind.UNIT)
    quarterly_press(org=city, actor=city_coordinator, year=2026)
    quarterly_press(org=civil, actor=city_coordinator, year=2026)
    title = "每季度至少举办1次新闻发布会"
    with time_machine.travel(date(2026, 4, 1), tick=False):
        record(org=division, actor=city_coordinator, on=date(2026, 2, 1))
        assert _states(civil)[title][0] == "done"
        assert _states(city)[title][0] == "missed"
