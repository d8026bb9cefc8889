"""Emergencies in a real browser: record an incident and watch its 5-hour clock run out."""

import pytest

from .conftest import check_wording, login, shot

RED = "rgb(179, 38, 30)"  # --accent of the stylesheet


@pytest.mark.django_db(transaction=True)
def test_recorded_incident_turns_overdue_after_five_hours_without_reload(
    page, coordinator, supervisor, settings
):
    import time_machine

    settings.GONGKAI_INCIDENT_POLL_SECONDS = 1  # the pages ask for the clocks every second
    with time_machine.travel("2026-12-31 21:40 +0800", tick=True) as traveller:
        login(page, "coordinator", "pw-coordinator")
        page.get_by_role("navigation", name="主导航").get_by_role(
            "link", name="突发事件与舆情回应"
        ).click()
        page.get_by_role("link", name="登记突发事件").click()
        page.get_by_label("机构").select_option(label="云南省卫生和计划生育委员会")
        page.get_by_label("标题").fill("某县中学学生疑似食物中毒事件")
        page.get_by_label("类别").select_option(label="突发事件")
        page.get_by_label("事件级别").select_option(label="重大")
        page.get_by_label("发生时间（北京时间）").fill("2026-12-31T21:30")
        check_wording(page, "office-incident-form")
        page.get_by_role("button", name="登记").click()
        page.get_by_role("heading", name="某县中学学生疑似食物中毒事件").wait_for()
        clocks = page.locator(".incident-clocks")
        authoritative = clocks.locator("tr.clock-row").first
        # due at 02:30 on New Year's day, 4 hours 50 minutes after 21:40
        assert "2027-01-01 02:30" in authoritative.inner_text()
        assert "剩余4:50" in authoritative.inner_text()
        check_wording(page, "office-incident-running")

        # five hours on, the open page turns the clock red by itself
        traveller.move_to("2027-01-01 02:31 +0800")
        overdue = clocks.locator("[data-clock=authoritative]")
        overdue.filter(has_text="已超时").wait_for()
        assert "已超时0:01" in overdue.inner_text()
        assert overdue.evaluate("e => getComputedStyle(e).color") == RED
        assert "剩余" in clocks.locator("[data-clock=press_conference]").inner_text()
        shot(page, "office-incident-overdue")

        # the dashboard's countdown says the same, in red
        page.get_by_role("link", name="工作台").first.click()
        line = page.locator(".incident-line", has_text="某县中学学生疑似食物中毒事件")
        assert "已超时" in line.locator("[data-clock=authoritative]").inner_text()
        color = line.locator("[data-clock=authoritative]").evaluate(
            "e => getComputedStyle(e).color"
        )
        assert color == RED
        check_wording(page, "office-dashboard-incident-overdue")

        # a press conference held a minute late meets the 24-hour clock and, late, the 5-hour one
        line.get_by_role("link", name="某县中学学生疑似食物中毒事件").click()
        page.get_by_label("举行时间（北京时间）").fill("2027-01-01T02:31")
        page.get_by_label("地点").fill("省政府新闻办新闻发布厅")
        page.get_by_label("发布人").fill("省卫生计生委新闻发言人")
        page.get_by_role("button", name="登记", exact=True).click()
        page.get_by_text("已登记新闻发布会。").wait_for()
        assert clocks.locator("[data-clock=authoritative]").inner_text().strip() == "逾期发布"
        assert clocks.locator("[data-clock=press_conference]").inner_text().strip() == "按时发布"
        check_wording(page, "office-incident-press-conference")

        # then releases go on, heads speaking first: a spokesman is not a head; with the office's
        # interval set to an hour, an hour and more without a release prompts the next one
        follow = page.locator(".follow-up")
        assert "已发布次数\n1" in follow.inner_text() and "尚未发声" in follow.inner_text()
        settings.GONGKAI_INCIDENT_FOLLOW_UP_HOURS = 1
        traveller.move_to("2027-01-01 03:40 +0800")
        page.reload()
        follow.get_by_role("status").wait_for()
        assert "已超过1小时未发布信息" in follow.inner_text()
        check_wording(page, "office-incident-follow-up")
        page.get_by_label("举行时间（北京时间）").fill("2027-01-01T03:35")
        page.get_by_label("地点").fill("省政府新闻办新闻发布厅")
        page.get_by_label("发布人").fill("省卫生计生委主任")
        page.locator("#id_press_by_head").check()
        assert page.locator("[id=id_by_head]").count() == 1  # the link form's own box
        page.get_by_role("button", name="登记", exact=True).click()
        page.get_by_text("已登记新闻发布会。").wait_for()
        assert "主要负责人是否已发声\n是" in follow.inner_text()
        assert follow.get_by_role("status").count() == 0
        assert page.locator("td .tag", has_text="主要负责人发声").count() == 1
        page.get_by_role("navigation", name="主导航").get_by_role(
            "link", name="突发事件与舆情回应"
        ).click()
        check_wording(page, "office-incident-list")
