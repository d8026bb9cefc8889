"""Dates as officials type them are read one way by every import and command."""

from datetime import date, datetime

import pytest

from gongkai.core.dates import NotADate, parse_date


@pytest.mark.parametrize(
    "typed",
    [
        "2024-05-06",
        "2024-5-6",
        "2024/5/6",
        "2024/05/06",
        "2024.5.6",
        "2024年5月6日",
        "2024年5月6",
        "2024 年 5 月 6 日",
        "  2024-05-06 ",
        "20240506",
        date(2024, 5, 6),
        datetime(2024, 5, 6),  # an Excel date cell
        datetime(2024, 5, 6, 15, 30),  # a date-time cell: its day
    ],
)
def test_every_form_an_official_types_names_the_same_day(typed):
    assert parse_date(typed) == date(2024, 5, 6)


@pytest.mark.parametrize("empty", [None, "", "   "])
def test_an_empty_value_is_no_date(empty):
    assert parse_date(empty) is None


@pytest.mark.parametrize(
    "typed",
    [
        "上周三",
        "2024-05",
        "5/6/2024",
        "2024-05-06 上午",
        "2024年5月6日至10日",
        "2024056",
        "202405061",
        45418,  # a serial number that Excel shows as a date only when formatted so
        1.5,
    ],
)
def test_what_is_not_a_date_is_refused(typed):
    with pytest.raises(NotADate):
        parse_date(typed)


@pytest.mark.parametrize(
    "typed", ["2024年2月30日", "2023-02-29", "2024/13/1", "2024.4.31", "20240230"]
)
def test_a_day_the_calendar_does_not_have_is_refused(typed):
    with pytest.raises(NotADate):
        parse_date(typed)


def test_a_leap_day_is_a_day():
    assert parse_date("2024年2月29日") == date(2024, 2, 29)
