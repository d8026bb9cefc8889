"""The public nav bar: its twelve sections on one line on a 1280-pixel screen, in even columns
on a 1024-pixel one, in large-text mode without sideways scrolling, and a menu on a phone."""

import pytest

from gongkai.portal.tests.conftest import published  # noqa: F401  (fixture)

from .conftest import shot
from .test_portal import no_sideways_scroll, reference_data  # noqa: F401  (fixture)

NAV_ROWS = """() => {
    const tops = [...document.querySelectorAll('.public-nav li')]
        .map(li => Math.round(li.getBoundingClientRect().top));
    return [tops.length, new Set(tops).size];
}"""
NAV_HEIGHT = "() => document.querySelector('.public-nav').getBoundingClientRect().height"
LINK_HEIGHT = "() => document.querySelector('.public-nav a').getBoundingClientRect().height"


def _pages(published):  # noqa: F811
    return {
        "home": "/",
        "rules": "/rules/",
        "tree": "/statutory/",
        "item": f"/info/items/{published['notice'].pk}/",
        "gazette": "/gazette/",
        "consultations": "/participate/consultations/",
    }


@pytest.mark.django_db(transaction=True)
def test_the_nav_is_one_line_at_1280_pixels(page, published):  # noqa: F811
    for name, url in _pages(published).items():
        page.goto(url)
        count, rows = page.evaluate(NAV_ROWS)
        assert count >= 12 and rows == 1, (name, count, rows)
        assert page.evaluate(NAV_HEIGHT) == pytest.approx(page.evaluate(LINK_HEIGHT), abs=1), name
        assert no_sideways_scroll(page), name
    page.goto("/")
    shot(page, "nav-1280")
    # every section is there and visible, none hidden behind a menu; the four statutory
    # sub-columns under their exact names, as on the home page's cards
    statutory = ("政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报")
    for label in ("首页", *statutory, "解读回应", "建议提案"):
        assert page.locator(".public-nav").get_by_role("link", name=label).is_visible()
    assert not page.get_by_text("栏目导航").is_visible()


@pytest.mark.django_db(transaction=True)
def test_the_nav_stands_in_two_even_rows_at_1024_pixels(page, published):  # noqa: F811
    page.set_viewport_size({"width": 1024, "height": 800})
    for name, url in _pages(published).items():
        page.goto(url)
        count, rows = page.evaluate(NAV_ROWS)
        assert rows == 2, (name, count, rows)
        widths = page.eval_on_selector_all(
            ".public-nav li", "els => els.map(e => Math.round(e.getBoundingClientRect().width))"
        )
        assert max(widths) - min(widths) <= 1, (name, widths)  # columns, not a ragged wrap
        assert no_sideways_scroll(page), name
    shot(page, "nav-1024")
    # Large text: the sections stay in columns and the page never scrolls sideways.
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/")
    page.get_by_role("button", name="大字模式").click()
    assert no_sideways_scroll(page)
    shot(page, "nav-1280-large-text")


@pytest.mark.django_db(transaction=True)
def test_the_nav_is_a_menu_on_a_phone(phone_page, published):  # noqa: F811
    page = phone_page
    page.goto("/rules/")
    link = page.locator(".public-nav").get_by_role("link", name="建议提案", exact=True)
    assert not link.is_visible()
    page.get_by_text("栏目导航").click()
    assert link.is_visible()
    tops = page.eval_on_selector_all(
        ".public-nav li", "els => els.map(e => Math.round(e.getBoundingClientRect().top))"
    )
    assert tops == sorted(tops) and len(set(tops)) == len(tops)  # one under the other
    assert no_sideways_scroll(page)
    shot(page, "nav-phone-open")
