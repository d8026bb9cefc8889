"""The working-day calendar against official schedules checked by hand (CAL-WD-1, CAL-COUNT-1)."""

from datetime import date

import pytest

from gongkai.workdays.calendar import WorkdayCalendar, YearNotCovered

cal = WorkdayCalendar()


@pytest.mark.parametrize(
    ("start", "n", "expected", "why"),
    [
        # 2019 National Day: Oct 1-7 off; Sun Sep 29 and Sat Oct 12 worked.
        (date(2019, 9, 27), 5, date(2019, 10, 10), "Sep 29, 30, Oct 8, 9, 10"),
        # 2020 Spring Festival, extended for the epidemic: Jan 24-Feb 2 off; Sun Jan 19 worked.
        (date(2020, 1, 17), 3, date(2020, 1, 21), "Sun Jan 19 worked, then Jan 20, 21"),
        (date(2020, 1, 23), 1, date(2020, 2, 3), "Jan 24 to Feb 2 off"),
        # 2021 Labour Day: May 1-5 off; Sat May 8 worked.
        (date(2021, 4, 30), 3, date(2021, 5, 8), "May 6, 7 and the Saturday May 8"),
        # 2022 Mid-Autumn: Sep 10-12 off.
        (date(2022, 9, 9), 1, date(2022, 9, 13), "Mon Sep 12 is the festival's day off"),
        # 2023 Dragon Boat: Jun 22-24 off; Sun Jun 25 worked.
        (date(2023, 6, 21), 1, date(2023, 6, 25), "Sun Jun 25 is a working day"),
        # 2024 National Day: Oct 1-7 off; Sun Sep 29 and Sat Oct 12 worked.
        (date(2024, 9, 27), 20, date(2024, 10, 30), "the issue's reference date"),
        # 2025 Spring Festival: Jan 28-Feb 4 off; Sun Jan 26 and Sat Feb 8 worked.
        (date(2025, 1, 20), 20, date(2025, 2, 21), "Jan 21-24, 26, 27, Feb 5-8, 10-14, 17-21"),
        # 2025 National Day + Mid-Autumn: Oct 1-8 off; Sun Sep 28 and Sat Oct 11 worked.
        (date(2025, 9, 26), 20, date(2025, 10, 30), "Sep 28-30, Oct 9-11, 13-17, 20-24, 27-30"),
        # 2026 National Day: Oct 1-7 off; Sun Sep 20 and Sat Oct 10 worked.
        (date(2026, 9, 18), 1, date(2026, 9, 20), "Sun Sep 20 is a working day"),
        (date(2026, 9, 30), 1, date(2026, 10, 8), "Oct 1-7 off"),
    ],
)
def test_add_workdays_follows_the_official_schedule(start, n, expected, why):
    assert cal.add_workdays(start, n) == expected, why
    assert cal.workdays_between(start, expected) == n


def test_the_trigger_day_never_counts_even_if_it_is_a_working_day():
    # Mon 2024-10-14 is a working day; the first counted day is Tue 2024-10-15.
    assert cal.add_workdays(date(2024, 10, 14), 1) == date(2024, 10, 15)


def test_adjusted_working_days_and_holidays():
    assert cal.is_workday(date(2024, 10, 12))  # a Saturday made a working day
    assert not cal.is_workday(date(2024, 10, 1))
    assert not cal.is_workday(date(2024, 10, 7))  # a Monday inside the holiday


def test_counting_backwards_for_reminders():
    assert cal.add_workdays(date(2024, 10, 30), -20) == date(2024, 9, 27)
    assert cal.workdays_between(date(2024, 10, 30), date(2024, 9, 27)) == -20


def test_a_year_without_schedule_is_an_error_that_says_how_to_load_it():
    with pytest.raises(YearNotCovered) as info:
        cal.add_workdays(date(2026, 12, 10), 20)  # runs into January 2027
    assert info.value.year == 2027
    # Shown on screens: it names the back-office page, never a command line.
    assert "工作日历 → 载入年度安排" in info.value.message
    assert "gongkai" not in info.value.message


def test_a_loaded_year_is_counted_from_its_schedule_not_the_weekday_rule():
    # A made-up 2027 schedule: Jan 1 off, Sat Jan 2 worked.
    loaded = WorkdayCalendar(
        overrides={date(2027, 1, 1): False, date(2027, 1, 2): True},
        loaded_years=frozenset({2027}),
    )
    assert loaded.add_workdays(date(2026, 12, 31), 1) == date(2027, 1, 2)
    assert loaded.add_workdays(date(2026, 12, 31), 2) == date(2027, 1, 4)


def test_a_single_day_override_beats_the_library():
    corrected = WorkdayCalendar(overrides={date(2024, 10, 8): False})
    assert corrected.add_workdays(date(2024, 9, 30), 1) == date(2024, 10, 9)


def test_holidays_are_told_apart_from_ordinary_weekends():
    assert cal.is_holiday(date(2024, 10, 5))  # a Saturday inside National Day
    assert not cal.is_holiday(date(2024, 10, 19))  # an ordinary Saturday
    assert cal.day_label(date(2024, 10, 12)) == "调休上班"
