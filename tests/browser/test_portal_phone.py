"""The public column on a 375-pixel phone: the nav folds into a menu, wide tables become stacked
cards, and no page scrolls sideways (home, an item, a list, the catalog, the tree, search, 404)."""

import pytest

from gongkai.portal.tests.conftest import published  # noqa: F401  (fixture)
from gongkai.publishing.models import ListType
from gongkai.publishing.services import list_create
from gongkai.publishing.tests.factories import import_and_publish, xlsx_bytes

from .conftest import shot
from .test_portal import no_sideways_scroll, reference_data  # noqa: F401  (fixture)


@pytest.fixture
def power_list(org_tree, coordinator):
    power = ListType.objects.get(code="power")
    lst = list_create(
        org=org_tree["commission"], actor=coordinator, list_type=power, title="权责清单"
    )
    row = ["QL-1", "医疗机构执业登记", "行政许可", "《医疗机构管理条例》第九条", "审查", "违法"]
    import_and_publish(lst, actor=coordinator, data=xlsx_bytes([power.columns, row]))
    return lst


def pages(published, power_list):  # noqa: F811
    org = published["entry"].org_id
    return {
        "home": "/",
        "item": f"/info/items/{published['notice'].pk}/",
        "list": f"/info/lists/{power_list.pk}/",
        "entries": f"/info/?entry={published['entry'].pk}",
        "normative": "/info/normative/",
        "catalog": f"/info/catalog/{org}/",
        "tree": "/statutory/",
        "search": "/search/?q=医疗服务",
        "404": "/no-such-page/",
    }


@pytest.mark.django_db(transaction=True)
def test_the_column_on_a_phone_never_scrolls_sideways(phone_page, published, power_list):  # noqa: F811
    page = phone_page
    for name, url in pages(published, power_list).items():
        page.goto(url)
        assert no_sideways_scroll(page), name
        # The menu bar sits right under the header: no white strip between them.
        gap = page.evaluate(
            "() => document.querySelector('.public-nav').getBoundingClientRect().top"
            " - document.querySelector('.public-header').getBoundingClientRect().bottom"
        )
        assert abs(gap) < 1, (name, gap)
        shot(page, f"phone-{name}")

    # The nav is a menu: closed at first, opened by its button, links one under the other.
    page.goto("/")
    nav_link = page.locator(".public-nav").get_by_role("link", name="政府信息公开指南")
    assert not nav_link.is_visible()
    page.get_by_text("栏目导航").click()
    assert nav_link.is_visible()
    shot(page, "phone-menu-open")
    nav_link.click()
    page.get_by_role("heading", name="政府信息公开指南").first.wait_for()

    # The catalog's eight columns become a card per entry, each value under its column's name.
    page.goto(pages(published, power_list)["catalog"])
    card = page.locator("table.data tbody tr").first
    assert card.evaluate("r => getComputedStyle(r).display") == "block"
    assert page.locator("table.data thead").first.is_hidden() or card.bounding_box()["width"] <= 375
    label = card.locator("td").nth(4).evaluate("td => getComputedStyle(td, '::before').content")
    assert label == '"公开时限"'


@pytest.mark.django_db(transaction=True)
def test_the_column_on_a_desktop_keeps_its_tables_and_nav(page, published, power_list):  # noqa: F811
    for name, url in pages(published, power_list).items():
        page.goto(url)
        assert no_sideways_scroll(page), name
        if name in {"home", "item", "tree", "list", "404"}:
            shot(page, f"desktop-{name}")
    page.goto("/")
    assert page.locator(".public-nav").get_by_role("link", name="政府信息公开指南").is_visible()
    assert not page.get_by_text("栏目导航").is_visible()
