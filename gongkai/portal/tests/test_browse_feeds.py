"""Browsing by theme, organisation, genre and year; the RSS/Atom feeds and the sitemap."""

import pytest

from gongkai.publishing.models import Theme
from gongkai.publishing.services import item_withdraw

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return [item.title for item in response.context["page"]]


def test_browse_by_each_dimension(client, published, org_tree):
    health = Theme.objects.get(name="卫生、体育", parent=None)
    assert titles(client.get("/browse/", {"theme": health.pk})) == [
        "云南省医疗机构药品采购管理办法",
        "关于进一步改善医疗服务的通知",
    ]  # items under the sub-theme 卫生 count for the top theme
    assert titles(client.get("/browse/", {"genre": "公告"})) == ["2023年城乡低保资金发放情况公告"]
    assert titles(client.get("/browse/", {"year": "2023"})) == ["2023年城乡低保资金发放情况公告"]
    assert len(titles(client.get("/browse/", {"org": org_tree["commission"].pk}))) == 3
    assert titles(client.get("/browse/", {"org": org_tree["city"].pk})) == []


def test_browse_choices_combine_and_show_counts(client, published):
    response = client.get("/browse/", {"year": "2024", "genre": "通知"})
    assert len(titles(response)) == 2
    years = response.context["groups"][3]  # theme, organisation, genre, year
    assert {(o["label"], o["count"], o["active"]) for o in years["options"]} == {
        ("2024", 2, True),
        ("2023", 1, False),
    }
    # choosing a year again clears it and keeps the genre
    active = next(o for o in years["options"] if o["active"])
    assert active["url"] == "?genre=%E9%80%9A%E7%9F%A5"


def test_bad_browse_parameters_are_ignored(client, published):
    response = client.get("/browse/", {"theme": "x", "year": "99999999999", "genre": "<b>"})
    assert response.status_code == 200
    assert len(titles(response)) == 3


def test_rss_and_atom_feeds_list_new_items(client, published):
    rss = client.get("/feed/rss/")
    assert rss["Content-Type"].startswith("application/rss+xml")
    body = rss.content.decode()
    assert "<title>关于进一步改善医疗服务的通知</title>" in body
    assert f"/info/items/{published['notice'].pk}/</link>" in body
    atom = client.get("/feed/atom/").content.decode()
    assert 'xmlns="http://www.w3.org/2005/Atom"' in atom
    assert "云南省医疗机构药品采购管理办法" in atom


def test_withdrawn_items_leave_the_feed_and_the_sitemap(client, published, coordinator):
    item_withdraw(item=published["relief"], actor=coordinator, reason="数据有误")
    assert "2023年城乡低保资金发放情况公告" not in client.get("/feed/rss/").content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"/info/items/{published['relief'].pk}/" not in sitemap
    assert f"/info/items/{published['notice'].pk}/" in sitemap
    assert "<loc>http://testserver/guide/</loc>" in sitemap
