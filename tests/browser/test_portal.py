"""The public portal in a real browser, on a 375-pixel phone and on a desktop: the columns,
browsing, search in simplified and traditional characters, an item and its attachment."""

from datetime import date

import pytest

from gongkai.portal.tests.conftest import published  # noqa: F401  (fixture)
from gongkai.portal.tests.factories import publish_guide
from gongkai.publishing.models import ListType, Theme
from gongkai.publishing.reference import load_reference
from gongkai.search.services import reindex_all

from .conftest import shot

GUIDE = {
    "effective_from": date(2019, 5, 15),
    "office_name": "省卫生计生委办公室（政务公开科）",
    "address": "昆明市西山区西园路1号",
    "hours": "法定工作日 9:00—17:00",
    "phone": "0871-67195100",
    "postcode": "650031",
}


@pytest.fixture(autouse=True)
def reference_data(transactional_db):
    """Undo what a transactional test's flush leaves behind: it removes the themes (loaded by a
    migration) and keeps the search backend's own index tables, which no model owns."""
    if not Theme.objects.exists():
        load_reference(Theme, ListType)
    reindex_all()


def no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("viewport", ["phone_page", "page"])
def test_browse_search_open_and_download(request, viewport, published, org_tree, coordinator):  # noqa: F811
    publish_guide(org=org_tree["commission"], actor=coordinator, fields=GUIDE)
    page = request.getfixturevalue(viewport)
    name = "phone" if viewport == "phone_page" else "desktop"

    # Home: the column 政府信息公开 with its four sub-columns, the latest items, a search box.
    page.goto("/")
    for column in ("政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报"):
        assert page.get_by_role("link", name=column, exact=True).first.is_visible()
    assert page.get_by_role("link", name="关于进一步改善医疗服务的通知").is_visible()
    assert no_sideways_scroll(page)
    shot(page, f"portal-home-{name}")

    # Keyboard: the first Tab reaches the skip link, which moves focus to the content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    # The guide, generated from the organisation's data.
    page.get_by_role("link", name="政府信息公开指南", exact=True).first.click()
    page.get_by_role("heading", name="云南省卫生和计划生育委员会政府信息公开指南").wait_for()
    assert page.get_by_text("办公地址：昆明市西山区西园路1号").is_visible()
    assert no_sideways_scroll(page)
    shot(page, f"portal-guide-{name}")

    # Browse by theme: 卫生、体育 holds the notice and the normative document.
    page.goto("/browse/")
    page.get_by_role("link", name="卫生、体育").click()
    page.get_by_text("共2条信息").wait_for()
    assert no_sideways_scroll(page)
    shot(page, f"portal-browse-{name}")

    # Search in simplified characters from the header's search box, with highlights.
    page.goto("/")
    box = page.get_by_role("search").first.get_by_role("searchbox")
    box.fill("医疗服务")
    box.press("Enter")
    page.get_by_text("“医疗服务”共有1条搜索结果。").wait_for()
    assert page.locator(".results mark").first.inner_text() == "医疗服务"
    assert no_sideways_scroll(page)
    shot(page, f"portal-search-simplified-{name}")

    # The same search in traditional characters finds the same document.
    box = page.locator("#q")
    box.fill("醫療服務")
    box.press("Enter")
    page.get_by_text("共有1条搜索结果").wait_for()
    result = page.locator(".results h2 a").first
    assert result.inner_text() == "关于进一步改善医疗服务的通知"
    shot(page, f"portal-search-traditional-{name}")

    # Open the result and download its attachment.
    result.click()
    page.get_by_role("heading", name="关于进一步改善医疗服务的通知").wait_for()
    assert page.get_by_text("云卫发〔2024〕12号").first.is_visible()
    shot(page, f"portal-item-{name}")
    with page.expect_download() as info:
        page.get_by_role("link", name="实施方案.docx").click()
    download = info.value
    assert download.suggested_filename == "实施方案.docx"
    with open(download.path(), "rb") as handle:
        assert handle.read(2) == b"PK"  # a Word (OOXML) file


@pytest.mark.django_db(transaction=True)
def test_large_text_and_high_contrast_modes(page, org_tree):
    page.goto("/")
    size = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    page.get_by_role("button", name="大字模式").click()
    larger = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert larger == size * 1.25
    page.get_by_role("button", name="高对比度").click()
    assert page.get_by_role("button", name="高对比度").get_attribute("aria-pressed") == "true"
    page.goto("/search/?q=%22*NEAR'")  # the mode persists across pages; bad input is a page
    assert page.evaluate("document.documentElement.classList.contains('high-contrast')")
    page.get_by_role("heading", name="搜索政府信息").wait_for()
    shot(page, "portal-high-contrast-large-text")
