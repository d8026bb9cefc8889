"""The shells in a real browser: sign-in to the dashboard, the public home page, a phone screen."""

import pytest

from .conftest import login, shot


@pytest.mark.django_db(transaction=True)
def test_login_leads_to_the_dashboard_and_sign_out_works(page, coordinator):
    login(page, "coordinator", "wrong")
    assert page.get_by_role("alert").inner_text().startswith("用户名或密码错误")
    login(page, "coordinator", "pw-coordinator")
    page.get_by_role("heading", name="工作台").wait_for()
    assert "云南省卫生和计划生育委员会" in page.content()
    nav = page.get_by_role("navigation", name="主导航")
    assert nav.get_by_role("link", name="审计日志").is_visible()
    shot(page, "office-dashboard")
    page.get_by_role("link", name="工作日历").click()
    page.get_by_role("heading", name="工作日历").wait_for()
    shot(page, "office-calendar")
    page.get_by_role("button", name="退出登录").click()
    page.wait_for_url("**/")
    assert page.get_by_role("link", name="工作人员登录").is_visible()


@pytest.mark.django_db(transaction=True)
def test_unit_editor_sees_no_audit_log_in_the_menu(page, editor):
    login(page, "editor", "pw-editor")
    page.get_by_role("heading", name="工作台").wait_for()
    nav = page.get_by_role("navigation", name="主导航")
    assert nav.get_by_role("link", name="审计日志").count() == 0


@pytest.mark.django_db(transaction=True)
def test_public_home_on_a_phone_is_keyboard_navigable(phone_page, org_tree):
    page = phone_page
    page.goto("/")
    assert page.get_by_role("heading", name="政府信息公开", level=1).is_visible()
    for name in ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报"]:
        assert page.get_by_role("heading", name=name).is_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the page scrolls sideways on a phone ({width}px)"
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "跳到正文"
    shot(page, "portal-home-phone")
    page.get_by_role("button", name="大字模式").click()
    size = page.evaluate("getComputedStyle(document.documentElement).fontSize")
    assert size == "20px"
    shot(page, "portal-home-phone-large-text")
