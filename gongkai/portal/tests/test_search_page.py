"""The search page: ranked, highlighted results over items and attachments, and bad input."""

import pytest

pytestmark = pytest.mark.django_db


def test_simplified_query_finds_the_notice_with_highlighted_words(client, published):
    page = client.get("/search/", {"q": "医疗服务"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "<mark>医疗服务</mark>" in html
    assert f'href="/info/items/{published["notice"].pk}/"' in html
    assert "2023年城乡低保资金发放情况公告" not in html
    assert '<time datetime="2024-03-08">' in html  # the item's 发布日期


def test_traditional_query_finds_the_same_documents(client, published):
    simplified = client.get("/search/", {"q": "医疗服务"}).context["result"]
    traditional = client.get("/search/", {"q": "醫療服務"}).context["result"]
    assert traditional.total == simplified.total >= 1
    assert [r.url for r in traditional.results] == [r.url for r in simplified.results]


def test_words_only_in_the_attachment_find_the_item(client, published):
    result = client.get("/search/", {"q": "分级诊疗"}).context["result"]
    assert [r.url for r in result.results] == [f"/info/items/{published['notice'].pk}/"]


def test_filters_by_year_and_genre_narrow_the_results(client, published):
    everything = client.get("/search/", {"q": "医疗"}).context["result"]
    assert everything.total == 2  # the notice and the 药品采购 rule both mention 医疗
    only_2023 = client.get("/search/", {"q": "医疗", "year": "2023"}).context["result"]
    assert only_2023.total == 0
    announcements = client.get("/search/", {"q": "低保", "genre": "公告"}).context["result"]
    assert [r.title for r in announcements.results] == ["2023年城乡低保资金发放情况公告"]


def test_sort_by_date_puts_the_newest_first(client, published):
    result = client.get("/search/", {"q": "医疗", "sort": "date"}).context["result"]
    assert [r.title for r in result.results] == [
        "云南省医疗机构药品采购管理办法",  # published 2024-04-01
        "关于进一步改善医疗服务的通知",  # published 2024-03-08
    ]


def test_a_withdrawn_item_disappears_from_results(client, published, coordinator,
                                                  django_capture_on_commit_callbacks):  # fmt: skip
    from gongkai.publishing.services import item_withdraw

    with django_capture_on_commit_callbacks(execute=True):
        item_withdraw(item=published["relief"], actor=coordinator, reason="数据有误")
    result = client.get("/search/", {"q": "低保"}).context["result"]
    assert result.total == 0
    assert "没有找到" in client.get("/search/", {"q": "低保"}).content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        '"',
        "*",
        "NEAR",
        "'",
        '" OR 1=1 --',
        "医疗 NEAR(服务)",
        "医疗*",
        "'; DROP TABLE x",
    ],
)
def test_syntax_characters_and_empty_queries_give_a_page(client, published, query):
    page = client.get("/search/", {"q": query})
    assert page.status_code == 200
    assert "搜索政府信息" in page.content.decode()


def test_empty_query_lists_the_newest_information(client, published):
    result = client.get("/search/", {"q": ""}).context["result"]
    assert result.total == 3
    assert result.results[0].title == "云南省医疗机构药品采购管理办法"


def test_a_ten_thousand_character_query_is_cut_and_said_so(client, published):
    page = client.get("/search/", {"q": "医疗" * 5000})
    assert page.status_code == 200
    assert len(page.context["result"].query) <= 64
    assert "过长" in page.content.decode()


def test_a_page_past_the_end_shows_the_last_page(client, published):
    page = client.get("/search/", {"q": "医疗", "page": "999"})
    assert page.status_code == 200
    assert page.context["result"].page == 1
    assert len(page.context["result"].results) == 2
    for odd in ("-3", "abc", "9" * 40):
        assert client.get("/search/", {"q": "医疗", "page": odd}).status_code == 200


def test_malformed_filters_are_ignored(client, published):
    page = client.get("/search/", {"q": "医疗", "org": "x'", "year": "二〇二四", "sort": "evil"})
    assert page.status_code == 200
    assert page.context["result"].total == 2
