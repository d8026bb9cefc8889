"""Issue 11 in a browser: the coordinator reloads 2026 by pasting the State Council's notice."""

from datetime import date
from pathlib import Path

import pytest

from gongkai.workdays.models import DayOverride, YearSchedule

from .conftest import check_wording, login

NOTICE = Path(__file__).resolve().parents[2] / "gongkai/workdays/tests/data/notice_2026.txt"


@pytest.mark.django_db(transaction=True)
def test_coordinator_pastes_the_2026_notice_checks_it_and_loads_it(page, coordinator):
    # 2026 is built in from chinese-calendar; the coordinator loads it from the notice itself,
    # as copied from the government website (indented paragraphs, title on two lines).
    text = NOTICE.read_text(encoding="utf-8")
    login(page, "coordinator", "pw-coordinator")
    page.get_by_role("heading", name="工作台").wait_for()
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="工作日历").click()
    page.get_by_role("link", name="载入年度安排").first.click()
    page.get_by_label("通知原文").fill(text)
    check_wording(page, "calendar-01-paste")
    page.get_by_role("button", name="核对").click()

    page.get_by_role("heading", name="核对2026年节假日安排").wait_for()
    festivals = page.locator("#festivals tbody tr")
    assert festivals.count() == 7
    assert festivals.nth(1).inner_text().split("\t")[0] == "春节"
    assert "2026-02-15" in festivals.nth(1).inner_text()
    assert "2026-02-28" in festivals.nth(1).inner_text()
    assert page.locator('td.day-work-adjusted[data-day="2026-02-14"]').count() == 1
    assert page.locator('td.day-off[data-day="2026-10-07"]').count() == 1
    assert page.locator('td.day-weekend[data-day="2026-03-07"]').count() == 1
    assert not YearSchedule.objects.exists()
    check_wording(page, "calendar-02-confirm")

    # Back: the text is still in the box; check again and confirm.
    page.get_by_role("button", name="返回修改").click()
    assert page.get_by_label("通知原文").input_value().startswith("国务院办公厅关于2026年")
    page.get_by_role("button", name="核对").click()
    page.get_by_role("button", name="确认载入2026年安排").click()

    page.get_by_role("heading", name="2026年日历").wait_for()
    assert "2026年节假日安排已载入" in page.locator("body").inner_text()
    assert page.locator('td.day-work-adjusted[data-day="2026-09-20"]').count() == 1
    check_wording(page, "calendar-03-loaded")
    schedule = YearSchedule.objects.get(year=2026)
    assert schedule.notice == "国办发明电〔2025〕7号"
    assert DayOverride.objects.get(day=date(2026, 2, 23)).name == "春节"
