"""Search as a citizen types it: a 文号 in three bracket styles from the header's search box."""

import pytest

from gongkai.portal.tests.conftest import published  # noqa: F401  (fixture)
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
