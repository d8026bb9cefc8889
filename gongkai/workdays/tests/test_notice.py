"""The published holiday notice, read day by day and checked against chinese-calendar."""

from datetime import date, timedelta
from pathlib import Path

import chinese_calendar
import pytest

from gongkai.workdays.calendar import HOLIDAY_NAMES
from gongkai.workdays.notice import looks_like_notice, parse_any, parse_notice
from gongkai.workdays.schedule_file import ScheduleFileError

DATA = Path(__file__).parent / "data"
# A year's notice, and the later notices that changed it (pasted after it, as a coordinator would).
NOTICES = {
    2019: ["notice_2019.txt", "notice_2019_labour_day.txt"],
    2020: ["notice_2020.txt", "notice_2020_spring_extension.txt"],
    **{year: [f"notice_{year}.txt"] for year in range(2021, 2027)},
}
# chinese-calendar names the Saturday and Sunday joined to 2024's Dragon Boat Festival
# ("6月10日放假，与周末连休") as plain weekend, although it names every other "与周末连休"
# weekend (2019's Qingming, 2024's New Year) after its festival. Both are days off either way.
LIBRARY_UNNAMED = {date(2024, 6, 8), date(2024, 6, 9)}


def notice_text(year: int) -> str:
    return "\n".join((DATA / name).read_text(encoding="utf-8") for name in NOTICES[year])


def all_notices() -> dict[date, tuple[bool, str]]:
    days: dict[date, tuple[bool, str]] = {}
    for year in NOTICES:
        days.update(parse_notice(notice_text(year)).days)
    return days


def test_every_day_2019_to_2026_matches_chinese_calendar():
    days = all_notices()
    first, last = date(2018, 12, 29), date(2026, 12, 31)
    assert min(days) == first  # the 2019 notice's 2018年12月29日（星期六）上班
    differences = []
    day = first
    while day <= last:
        workday, name = days.get(day, (day.weekday() < 5, ""))
        library_name = chinese_calendar.get_holiday_detail(day)[1]
        library_name = HOLIDAY_NAMES.get(library_name, library_name) if library_name else ""
        festival = name.removesuffix("调休上班")
        named_alike = (
            festival.split("、").count(library_name) == 1 if library_name else not festival
        ) or day in LIBRARY_UNNAMED
        if workday != chinese_calendar.is_workday(day) or not named_alike:
            differences.append((day, workday, name, library_name))
        day += timedelta(days=1)
    assert differences == []


@pytest.mark.parametrize(
    ("year", "notice", "days"),
    [
        (2019, "国办发明电〔2018〕15号、国办发明电〔2019〕3号", 37),
        (2020, "国办发明电〔2019〕16号、国办发明电〔2020〕1号", 36),
        (2021, "国办发明电〔2020〕27号", 38),
        (2022, "国办发明电〔2021〕11号", 38),
        (2023, "国办发明电〔2022〕16号", 34),
        (2024, "国办发明电〔2023〕7号", 40),
        (2025, "国办发明电〔2024〕12号", 33),
        (2026, "国办发明电〔2025〕7号", 39),
    ],
)
def test_each_notice_gives_its_year_and_document_number(year, notice, days):
    schedule = parse_notice(notice_text(year))
    assert (schedule.year, schedule.notice, len(schedule.days)) == (year, notice, days)


def test_2026_spring_festival_line_as_published():
    days = parse_notice(notice_text(2026)).days
    assert [d for d, (w, n) in sorted(days.items()) if n == "春节"] == [
        date(2026, 2, 15) + timedelta(n) for n in range(9)
    ]
    assert days[date(2026, 2, 14)] == (True, "春节调休上班")
    assert days[date(2026, 2, 28)] == (True, "春节调休上班")
    assert days[date(2026, 10, 10)] == (True, "国庆节调休上班")


def test_the_adjacent_year_keeps_its_own_year():
    days = parse_notice(notice_text(2019)).days
    assert days[date(2018, 12, 29)] == (True, "元旦调休上班")
    assert days[date(2018, 12, 30)] == (False, "元旦")
    assert days[date(2019, 1, 1)] == (False, "元旦")


def test_the_later_notices_change_their_festival():
    # 2019: Labour Day, first May 1 alone, became May 1-4 with Apr 28 and May 5 worked.
    days_2019 = parse_notice(notice_text(2019)).days
    assert [d.day for d, (w, n) in sorted(days_2019.items()) if n == "劳动节"] == [1, 2, 3, 4]
    assert days_2019[date(2019, 5, 5)] == (True, "劳动节调休上班")
    # 2020: the Spring Festival ran to Feb 2, so Saturday Feb 1 was no longer worked.
    days_2020 = parse_notice(notice_text(2020)).days
    assert days_2020[date(2020, 2, 1)] == (False, "春节")
    assert days_2020[date(2020, 2, 2)] == (False, "春节")
    assert date(2020, 2, 3) not in days_2020


def test_the_eve_only_recommended_off_stays_a_working_day():
    # 2024: "鼓励各单位……安排职工在除夕（2月9日）休息" is advice, not a day off.
    assert date(2024, 2, 9) not in parse_notice(notice_text(2024)).days


MESSY = """\
来源：新华社  2026-11-05 10:00  字号：大 中 小
国务院办公厅关于2027年部分节假日安排的通知
国办发明电[2026]9号
各省、自治区、直辖市人民政府,国务院各部委、各直属机构:
  经国务院批准,现将2027年元旦、春节放假调休日期的具体安排通知如下。
  一、元旦:1月1日(星期五)至3日(星期日)放假,共3天。
  二、春节:2月6日(农历除夕、星期六)至
13日(农历正月初七、星期六)放假调休,共8天。
1月31日(星期日)、2月20日(星期六)
上班。
  节假日期间,各地区、各部门要妥善安排好值班和安全、保卫等工作。
国务院办公厅
2026年11月4日
责任编辑:张三
"""


def test_half_width_punctuation_星期_broken_lines_and_page_clutter():
    schedule = parse_notice(MESSY)
    assert schedule.year == 2027
    assert schedule.notice == "国办发明电〔2026〕9号"
    assert sorted(schedule.days) == [
        *(date(2027, 1, d) for d in (1, 2, 3, 31)),
        *(date(2027, 2, d) for d in range(6, 14)),
        date(2027, 2, 20),
    ]
    assert schedule.days[date(2027, 1, 31)] == (True, "春节调休上班")


def test_a_range_across_months_and_an_explicit_year():
    text = (
        "国务院办公厅关于2027年部分节假日安排的通知\n"
        "一、元旦：2026年12月31日至2027年1月2日放假调休，共3天。\n"
        "二、国庆节、中秋节：9月30日至10月7日放假调休，共8天。9月26日（周日）上班。\n"
    )
    days = parse_notice(text).days
    assert days[date(2026, 12, 31)] == (False, "元旦")
    assert days[date(2027, 9, 30)] == (False, "国庆节、中秋节")
    assert days[date(2027, 10, 7)] == (False, "国庆节、中秋节")
    assert days[date(2027, 9, 26)] == (True, "国庆节、中秋节调休上班")


def errors_of(text: str) -> list[str]:
    with pytest.raises(ScheduleFileError) as info:
        parse_notice(text)
    return info.value.errors


def test_an_unreadable_festival_line_is_an_error_naming_it():
    text = notice_text(2026).replace("4月4日（周六）至6日（周一）放假", "清明当日放假")
    errors = errors_of(text)
    assert len(errors) == 1
    assert errors[0].startswith("第14行（“三、清明节：清明当日放假，共3天。”）")
    assert "清明节" in errors[0] and "无法读出" in errors[0]


def test_a_wrong_weekday_is_an_error():
    errors = errors_of(notice_text(2026).replace("2月28日（周六）", "2月28日（周日）"))
    assert len(errors) == 1
    assert "2026-02-28" in errors[0] and "周日" in errors[0] and "周六" in errors[0]


def test_a_count_that_does_not_match_the_dates_is_an_error():
    errors = errors_of(notice_text(2026).replace("共9天", "共8天"))
    assert len(errors) == 1 and "8" in errors[0] and "9" in errors[0]


def test_a_numbered_line_without_its_colon_is_not_read_into_the_line_before():
    errors = errors_of(notice_text(2026).replace("二、春节：", "二、春节"))
    # The 春节 days are not added to 元旦 (line 10): they stand outside any festival line.
    assert errors == [
        "第12行（“二、春节2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假……”）："
        "放假或上班日期不在任何节日条目之下"
    ]


def test_a_later_notice_alone_is_refused():
    errors = errors_of((DATA / "notice_2020_spring_extension.txt").read_text(encoding="utf-8"))
    assert any("一并粘贴" in e for e in errors)


def test_text_without_a_year_is_refused():
    errors = errors_of("一、元旦：1月1日放假。")
    assert errors and "年份" in errors[0]


def test_the_line_format_is_still_read():
    lines = "年份: 2027\n2027-01-01 休 元旦\n2027-02-13 班 春节调休上班\n"
    assert not looks_like_notice(lines)
    assert looks_like_notice(notice_text(2026))
    assert parse_any(lines).days[date(2027, 2, 13)] == (True, "春节调休上班")
    assert parse_any(notice_text(2026)).days[date(2026, 2, 14)] == (True, "春节调休上班")
