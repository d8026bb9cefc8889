"""One search: a query typed on the information list (/info/?q=) gives what /search/ gives, under
the same filters, and each result shows its 文号, 发布日期 and 有效性 (PUB-SEARCH-1, PUB-META-1)."""

from datetime import UTC, date, datetime, time

import pytest

from gongkai.orgs.roles import Role
from gongkai.orgs.services import membership_grant
from gongkai.publishing.indexing import item_index_document
from gongkai.publishing.models import Genre, ItemVersion, Kind
from gongkai.publishing.tests.factories import make_item, publish
from gongkai.search.services import index_upsert

pytestmark = pytest.mark.django_db


@pytest.fixture
def city_notice(org_tree, city_coordinator, django_capture_on_commit_callbacks):
    """A city notice that shares words with the commission's notice and number."""
    city = org_tree["city"]
    membership_grant(user=city_coordinator, org=city, role=Role.EDITOR)
    membership_grant(user=city_coordinator, org=city, role=Role.REVIEWER)
    with django_capture_on_commit_callbacks(execute=True):
        item = make_item(
            org=city,
            actor=city_coordinator,
            title="关于改善医疗服务工作的通知",
            summary="市里改善医疗服务。",
            doc_number="平政发〔2024〕12号",
            genre=Genre.NOTICE,
            body="<p>为进一步改善医疗服务，结合本市实际，通知如下。</p>",
        )
        publish(item, editor=city_coordinator, reviewer=city_coordinator,
                coordinator=city_coordinator, on=date(2024, 5, 1))  # fmt: skip
    item.refresh_from_db()
    ItemVersion.objects.filter(item=item).update(
        published_at=datetime.combine(item.published_on, time(9), tzinfo=UTC)
    )
    index_upsert(**item_index_document(item))
    return item


def _urls(response) -> list[str]:
    return [r.url for r in response.context["result"].results]


@pytest.mark.parametrize("query", ["云卫发〔2024〕12号", "改善医疗服务"])
def test_info_list_search_gives_the_search_pages_items(client, published, city_notice, org_tree,
                                                       query):  # fmt: skip
    commission = org_tree["commission"].pk
    everywhere = client.get("/search/", {"q": query})
    only_commission = client.get("/search/", {"q": query, "org": commission})
    from_info = client.get("/info/", {"q": query, "org": commission}, follow=True)
    assert from_info.redirect_chain[0][1] == 302
    assert from_info.request["PATH_INFO"] == "/search/"
    assert _urls(from_info) == _urls(only_commission)
    assert f"/info/items/{published['notice'].pk}/" in _urls(from_info)
    assert f"/info/items/{city_notice.pk}/" not in _urls(from_info)
    if query == "改善医疗服务":  # the city's notice is found without the filter
        assert f"/info/items/{city_notice.pk}/" in _urls(everywhere)
    # Without q, /info/ stays the browse list.
    assert client.get("/info/", {"org": commission}).status_code == 200


def test_info_list_kind_and_catalog_entry_carry_over(client, published):
    response = client.get("/info/", {"q": "医疗", "kind": Kind.NORMATIVE,
                                     "entry": published["entry"].pk})  # fmt: skip
    assert response.status_code == 302
    target = client.get(response["Location"])
    assert _urls(target) == [f"/info/items/{published['rule'].pk}/"]
    assert target.context["result"].query == "医疗"


def test_facet_counts_follow_the_organisation_filter(client, published, city_notice, org_tree):
    def org_counts(params):
        facets = client.get("/search/", params).context["result"].facets["org"]
        return {f["value"]: f["count"] for f in facets}

    commission, city = org_tree["commission"].pk, org_tree["city"].pk
    assert org_counts({"q": "医疗"}) == {commission: 2, city: 1}
    assert org_counts({"q": "医疗", "org": city}) == {city: 1}


def test_results_show_number_date_and_validity_and_mark_a_repealed_document(
    client, published, coordinator, django_capture_on_commit_callbacks
):
    from gongkai.publishing.services import item_repeal

    with django_capture_on_commit_callbacks(execute=True):
        item_repeal(item=published["rule"], actor=coordinator, reason="已被新办法替代")
    html = client.get("/search/", {"q": "医疗"}).content.decode()
    assert "文号：云卫规〔2024〕1号" in html
    assert '发布日期：<time datetime="2024-04-01">' in html
    assert '<strong class="badge warning">已废止</strong>' in html
    assert html.count("badge warning") == 1  # the notice, still in force, is not marked
    assert "有效性：" in html


@pytest.fixture
def interpretation(published, coordinator, reviewer, django_capture_on_commit_callbacks):
    """A 政策解读 of the commission on the same subject as its notice."""
    with django_capture_on_commit_callbacks(execute=True):
        item = make_item(
            org=published["notice"].org,
            actor=coordinator,
            kind=Kind.INTERPRETATION,
            interprets=published["rule"],
            title="《云南省医疗机构药品采购管理办法》政策解读",
            summary="解读医疗机构药品采购。",
            body="<p>一图读懂医疗机构药品采购办法。</p>",
        )
        publish(item, editor=coordinator, reviewer=reviewer, coordinator=coordinator,
                on=date(2024, 4, 2))  # fmt: skip
    item.refresh_from_db()
    return item


def _options(response, name: str) -> dict[str, str]:
    """The options of one filter as the page shows them: label with its count."""
    import re

    html = response.content.decode()
    select = re.search(rf'<select name="{name}">(.*?)</select>', html, re.S).group(1)
    found = re.findall(r'<option value="([^"]*)"[^>]*>\s*(.*?)\s*</option>', select, re.S)
    return {value: " ".join(text.split()) for value, text in found if value}


def test_info_list_keeps_the_finer_kind_on_the_search_page(client, published, interpretation):
    response = client.get("/info/", {"q": "医疗", "kind": Kind.INTERPRETATION}, follow=True)
    assert response.request["PATH_INFO"] == "/search/"
    assert _urls(response) == [f"/info/items/{interpretation.pk}/"]
    html = response.content.decode()
    assert '<option value="interpretation" selected>' in html.replace("\n", "")
    policy = client.get("/info/", {"q": "医疗", "kind": Kind.GENERAL}, follow=True)
    assert _urls(policy) == [f"/info/items/{published['notice'].pk}/"]


def test_validity_and_kind_filters_count_the_current_result(
    client, published, interpretation, coordinator, django_capture_on_commit_callbacks
):
    from gongkai.publishing.services import item_repeal

    with django_capture_on_commit_callbacks(execute=True):
        item_repeal(item=published["rule"], actor=coordinator, reason="已被新办法替代")
    everything = client.get("/search/", {"q": "医疗"})
    assert _options(everything, "kind") == {
        "item": "一般信息 (1)",
        "policy": "政策文件",
        "interpretation": "政策解读 (1)",
        "normative": "规范性文件和政府规章 (1)",
    }
    assert _options(everything, "validity")["repealed"] == "已废止 (1)"
    assert _options(everything, "validity")["in_force"] == "有效 (2)"
    repealed = client.get("/search/", {"q": "医疗", "validity": "repealed"})
    assert _options(repealed, "kind") == {
        "item": "一般信息",
        "policy": "政策文件",
        "interpretation": "政策解读",
        "normative": "规范性文件和政府规章 (1)",
    }


def test_document_class_facet_follows_the_state_council_categories(client, published):
    from gongkai.search.services import index_upsert as upsert

    upsert(object_type="test", object_id=1, title="国务院办公厅关于医疗保障工作的通知",
           body="医疗保障。", url="/x/1/", doc_number="国办发〔2019〕54号")  # fmt: skip
    response = client.get("/search/", {"q": "医疗"})
    assert list(_options(response, "doc_class").values()) == [
        "国办发 (1)",  # PUB-GENRE-1's categories first
        "云卫发 (1)",
        "云卫规 (1)",
    ]
    narrowed = client.get("/search/", {"q": "医疗", "doc_class": "云卫发"})
    assert _urls(narrowed) == [f"/info/items/{published['notice'].pk}/"]
    assert "公文种类" in narrowed.content.decode()


def test_the_page_says_when_the_filter_counts_cover_only_the_newest_results(
    client, published, monkeypatch
):
    note = "筛选项旁的数目按最新的1条结果统计。"
    assert note not in client.get("/search/", {"q": "医疗"}).content.decode()
    monkeypatch.setattr("gongkai.search.selectors.POOL", 1)
    assert note in client.get("/search/", {"q": "医疗"}).content.decode()
