"""Search as a citizen types it: a 文号 in three bracket styles from the header's search box."""

import pytest

from gongkai.portal.tests.conftest import published  # noqa: F401  (fixture)
from gongkai.portal.tests.test_one_search import city_notice  # noqa: F401  (fixture)
from gongkai.publishing.models import ListType, Theme
from gongkai.publishing.reference import load_reference
from gongkai.search.services import reindex_all

from .conftest import shot


@pytest.fixture(autouse=True)
def reference_data(transactional_db):
    """Undo what a transactional test's flush leaves behind (themes; the index tables)."""
    if not Theme.objects.exists():
        load_reference(Theme, ListType)
    reindex_all()


@pytest.mark.django_db(transaction=True)
def test_a_document_number_is_found_in_three_bracket_styles(page, published):  # noqa: F811
    for n, typed in enumerate(("云卫发〔2024〕12号", "云卫发[2024]12号", "云卫发（2024）12号")):
        page.goto("/")
        box = page.get_by_role("search").first.get_by_role("searchbox")
        box.fill(typed)
        box.press("Enter")
        page.get_by_text(f"“{typed}”共有1条搜索结果。").wait_for()
        titles = page.locator(".results h2 a").all_inner_texts()
        assert titles == ["关于进一步改善医疗服务的通知"]
        assert "云卫发〔2024〕12号" in page.locator(".results .item-meta").first.inner_text()
        assert page.locator("#q").input_value() == typed  # echoed as typed
        shot(page, f"search-doc-number-style-{n}")
    page.goto("/search/?q=12号")  # the number alone: not 云卫规〔2024〕1号
    page.get_by_text("“12号”共有1条搜索结果。").wait_for()


@pytest.mark.django_db(transaction=True)
def test_the_information_list_searches_like_the_search_page_and_facets_follow_the_filter(
    page,
    published,  # noqa: F811
    city_notice,  # noqa: F811
    coordinator,
    django_capture_on_commit_callbacks,
):
    from gongkai.publishing.services import item_repeal

    with django_capture_on_commit_callbacks(execute=True):
        item_repeal(item=published["rule"], actor=coordinator, reason="已被新办法替代")
    page.goto("/info/")
    page.get_by_label("搜索词").fill("医疗")
    page.get_by_role("button", name="搜索").last.click()
    page.get_by_text("“医疗”共有3条搜索结果。").wait_for()
    assert page.url.split("?")[0].endswith("/search/")
    repealed = page.locator(".results li", has_text="云南省医疗机构药品采购管理办法")
    assert "有效性：已废止" in repealed.inner_text()
    assert repealed.locator(".badge").inner_text() == "已废止"
    page.locator(".search-filters summary").click()
    orgs = page.get_by_label("发文机构")
    options = [" ".join(o.split()) for o in orgs.locator("option").all_inner_texts()]
    assert "云南省卫生和计划生育委员会 (2)" in options and "平度市人民政府 (1)" in options
    shot(page, "search-from-info-list-all-orgs")
    orgs.select_option(label="平度市人民政府 (1)")
    page.get_by_role("button", name="确定").click()
    page.get_by_text("“医疗”共有1条搜索结果。").wait_for()
    assert page.locator(".results h2 a").all_inner_texts() == ["关于改善医疗服务工作的通知"]
    options = [" ".join(o.split()) for o in orgs.locator("option").all_inner_texts()]
    assert options == ["全部", "平度市人民政府 (1)"]
    shot(page, "search-from-info-list-one-org")


@pytest.mark.django_db(transaction=True)
def test_kind_and_document_class_filters_show_their_counts_and_narrow(page, published):  # noqa: F811
    page.goto("/search/?q=医疗")
    page.get_by_text("“医疗”共有2条搜索结果。").wait_for()
    page.locator(".search-filters summary").click()
    kinds = page.get_by_label("类别")
    options = [" ".join(o.split()) for o in kinds.locator("option").all_inner_texts()]
    assert options == ["全部", "一般信息 (1)", "政策文件", "政策解读", "规范性文件和政府规章 (1)"]
    classes = page.get_by_label("公文种类")
    options = [" ".join(o.split()) for o in classes.locator("option").all_inner_texts()]
    assert options == ["全部", "云卫发 (1)", "云卫规 (1)"]
    shot(page, "search-kind-and-class-filters")
    classes.select_option(label="云卫规 (1)")
    page.get_by_role("button", name="确定").click()
    page.get_by_text("“医疗”共有1条搜索结果。").wait_for()
    assert page.locator(".results h2 a").all_inner_texts() == ["云南省医疗机构药品采购管理办法"]
    validity = [
        " ".join(o.split()) for o in page.get_by_label("有效性").locator("option").all_inner_texts()
    ]
    assert "有效 (1)" in validity


@pytest.mark.django_db(transaction=True)
def test_the_not_found_page_carries_the_public_navigation(page):
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto("/no-such-page/")
        nav = page.locator("nav.public-nav")
        if width == 375:
            page.locator(".nav-toggle-label").click()
        assert nav.get_by_role("link", name="首页").is_visible()
        assert page.get_by_role("search").get_by_role("searchbox").is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        shot(page, f"not-found-with-nav-{width}")
