"""The date finder: dates as government sites print them on list pages."""

from datetime import date

from gongkai.monitoring.dates import find_dates, latest_date

from . import dates_real

TODAY = date(2024, 6, 1)


def test_full_dates_in_every_printed_form():
    text = "通知一 2024-05-06\n通知二 2024/04/03\n通知三 2024年3月2日\n通知四 2024.01.09"
    assert find_dates(text, today=TODAY) == [
        date(2024, 5, 6),
        date(2024, 4, 3),
        date(2024, 3, 2),
        date(2024, 1, 9),
    ]


def test_short_dates_take_the_year_heading_above_them():
    text = "2023年\n工作动态一 [12-28]\n工作动态二 [11-02]\n2022\n工作动态三 [05-06]"
    assert find_dates(text, today=TODAY) == [
        date(2023, 12, 28),
        date(2023, 11, 2),
        date(2022, 5, 6),
    ]


def test_short_dates_alone_are_never_in_the_future():
    assert latest_date("动态 [12-28]\n动态 [05-06]", today=TODAY) == date(2024, 5, 6)
    assert find_dates("动态 [12-28]", today=TODAY) == [date(2023, 12, 28)]


def test_not_dates_and_not_publication_dates():
    text = (
        "索引号 6107280000/2024-001005 第1/2页 电话 0591-87654321 1.5 工作原则\n"
        "废止时间: 2024-05-30\n自2024年5月20日起施行"
    )
    assert find_dates(text, today=TODAY) == []
    assert latest_date("", today=TODAY) is None
    assert latest_date("发布 2025-01-01", today=TODAY) is None  # a future date is not a post


def test_real_pages_tuning_and_held_out():
    right, wrong = dates_real.score(dates_real.TUNING)
    assert wrong == []
    right, wrong = dates_real.score(dates_real.HELD_OUT)
    assert wrong == [], wrong
