"""The press and interpretation ledger in a real browser: the coordinator records a press
conference and sees the quarter's requirement turn done on the overview and the dashboard."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from playwright.sync_api import expect

from gongkai.briefings.kinds import EntryKind, SpeakerRole
from gongkai.briefings.models import LedgerEntry
from gongkai.briefings.services import checks_adopt_standard, entry_create

from .conftest import check_wording, login, shot

QUARTERLY = "每季度至少举办1次新闻发布会"


def expect_periods(page, title: str, states: list[str]) -> None:
    """The state written beside each period of the requirement ``title`` reads ``states``.

    ``expect`` waits for the overview to load: reading the cells right after a click could
    catch the page before the table is there."""
    row = page.locator(f'tr[data-check="{title}"]')
    expect(row.locator(".periods .check-state")).to_have_text(states)


@pytest.mark.django_db(transaction=True)
def test_recording_a_press_conference_turns_the_quarter_done(page, org_tree, coordinator):
    commission = org_tree["commission"]
    noon = datetime(2026, 5, 20, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    with time_machine.travel(noon, tick=True):
        checks_adopt_standard(org=commission, year=2026, actor=coordinator)
        entry_create(
            org=commission,
            actor=coordinator,
            kind=EntryKind.PRESS_CONFERENCE,
            held_on=date(2026, 2, 10),
            topic="全省深化医药卫生体制改革工作进展新闻发布会",
            speaker="李明华",
            speaker_title="党组书记、主任",
            speaker_role=SpeakerRole.PRINCIPAL_HEAD,
            material_url="https://www.example.gov.cn/xwfb/1.html",
        )
        login(page, "coordinator", "pw-coordinator")
        page.goto("/office/")
        due_card = page.locator(".card", has_text="本期尚待完成的新闻发布和解读频次要求")
        due_before = int(due_card.locator(".card-value").inner_text())
        assert due_before >= 1
        due_card.click()

        # the second quarter has no press conference yet: due, not missed (it runs to 6-30)
        expect_periods(page, QUARTERLY, ["已完成", "待完成", "待完成", "待完成"])
        check_wording(page, "briefings-overview-before")

        page.get_by_role("link", name="登记发布解读").first.click()
        page.get_by_label("机构").select_option(label="云南省卫生和计划生育委员会")
        page.get_by_label("类别").select_option(label="新闻发布会")
        page.get_by_label("日期").fill("2026-05-18")
        page.get_by_label("主题").fill("全省基本公共卫生服务项目实施情况新闻发布会")
        page.locator("#id_speaker").fill("周晓云")
        page.get_by_label("发布人职务").fill("新闻发言人、办公室主任")
        page.get_by_label("发布人身份").select_option(label="新闻发言人")
        page.get_by_label("或其他网站上的材料链接").fill("https://www.example.gov.cn/xwfb/2.html")
        check_wording(page, "briefings-entry-form")
        page.get_by_role("button", name="保存").click()

        page.get_by_text("台账记录已保存。").wait_for()
        ledger = page.locator("#ledger")
        assert "全省基本公共卫生服务项目实施情况新闻发布会" in ledger.inner_text()
        check_wording(page, "briefings-ledger")
        page.get_by_role("link", name="从 Excel 导入").click()
        page.get_by_role("heading", name="从 Excel 导入台账").wait_for()
        check_wording(page, "briefings-import")
        page.go_back()
        assert LedgerEntry.objects.filter(held_on=date(2026, 5, 18)).count() == 1

        page.get_by_role("link", name="频次要求完成情况").click()
        expect_periods(page, QUARTERLY, ["已完成", "已完成", "待完成", "待完成"])
        shot(page, "briefings-overview-after")
        page.get_by_role("link", name="新增频次要求").click()
        check_wording(page, "briefings-requirement-form")

        page.goto("/office/")
        due_after = int(due_card.locator(".card-value").inner_text())
        assert due_after == due_before - 1
        shot(page, "briefings-dashboard-after")

        # the public finds the conference under the column's navigation, with its material
        page.goto("/")
        page.get_by_role("navigation", name="主导航").get_by_role("link", name="解读回应").click()
        link = page.get_by_role("link", name="全省基本公共卫生服务项目实施情况新闻发布会")
        assert link.get_attribute("href") == "https://www.example.gov.cn/xwfb/2.html"
        # the portal's footer names its feeds RSS and Atom, as feed readers expect
        check_wording(page, "briefings-public", names=("RSS", "Atom"))


@pytest.mark.django_db(transaction=True)
def test_a_divisions_editor_follows_the_agencys_requirements(page, org_tree, coordinator, editor):
    noon = datetime(2026, 5, 20, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    with time_machine.travel(noon, tick=True):
        checks_adopt_standard(org=org_tree["commission"], year=2026, actor=coordinator)
        login(page, "editor", "pw-editor")
        page.goto("/office/briefings/")
        page.get_by_role("heading", name="云南省卫生和计划生育委员会").wait_for()
        expect_periods(page, QUARTERLY, ["未完成", "待完成", "待完成", "待完成"])
        assert page.get_by_role("button", name="移除").count() == 0
        check_wording(page, "briefings-overview-division-editor")
