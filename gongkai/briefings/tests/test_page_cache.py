"""The public page comes from the cache, and changes the moment the ledger changes."""

from datetime import date

import pytest
from django.test import Client

from gongkai.briefings.models import LedgerEntry
from gongkai.briefings.services import entry_delete, entry_update
from gongkai.publishing.tests.factories import make_item, publish

from .factories import record

pytestmark = pytest.mark.django_db

URL = "/briefings/?year=2025"


def _entry(org_tree, coordinator, **extra) -> LedgerEntry:
    extra.setdefault("material_url", "https://www.example.gov.cn/xwfb/2.html")
    return record(org=org_tree["commission"], actor=coordinator, on=date(2025, 4, 2), **extra)


def test_a_second_reader_gets_the_page_from_the_cache(
    org_tree, coordinator, django_assert_num_queries
):
    _entry(org_tree, coordinator, topic="一季度卫生健康新闻发布会")
    first = Client().get(URL).content
    assert "一季度卫生健康新闻发布会" in first.decode()
    with django_assert_num_queries(0):
        assert Client().get(URL).content == first


def test_recording_correcting_and_removing_an_entry_show_at_once(client, org_tree, coordinator):
    assert "一季度卫生健康新闻发布会" not in client.get(URL).content.decode()
    entry = _entry(org_tree, coordinator, topic="一季度卫生健康新闻发布会")
    assert "一季度卫生健康新闻发布会" in client.get(URL).content.decode()
    entry_update(entry=entry, actor=coordinator, topic="二季度卫生健康新闻发布会")
    page = client.get(URL).content.decode()
    assert "二季度卫生健康新闻发布会" in page and "一季度卫生健康新闻发布会" not in page
    entry_delete(entry=entry, actor=coordinator, reason="重复登记")
    assert "二季度卫生健康新闻发布会" not in client.get(URL).content.decode()


def test_an_entry_shows_once_its_material_is_published(
    client, org_tree, coordinator, editor, reviewer
):
    item = make_item(org=org_tree["commission"], actor=coordinator, title="医疗服务政策解读材料")
    _entry(org_tree, coordinator, topic="医疗服务政策吹风会", material=item, material_url="")
    assert "医疗服务政策吹风会" not in client.get(URL).content.decode()
    publish(item, editor=coordinator, reviewer=reviewer, coordinator=coordinator,
            on=date(2025, 4, 3))  # fmt: skip
    page = client.get(URL).content.decode()
    assert "医疗服务政策吹风会" in page and item.get_public_url() in page


def test_writes_that_send_no_signal_change_the_page_at_once(client, org_tree, coordinator):
    entry = _entry(org_tree, coordinator, topic="一季度卫生健康新闻发布会")
    assert "一季度卫生健康新闻发布会" in client.get(URL).content.decode()
    LedgerEntry.objects.filter(pk=entry.pk).update(topic="更正后的新闻发布会")
    assert "更正后的新闻发布会" in client.get(URL).content.decode()


def test_signed_in_staff_never_get_a_cached_page(client, org_tree, coordinator):
    _entry(org_tree, coordinator)
    assert "工作人员登录" in client.get(URL).content.decode()  # cached for anonymous readers
    client.force_login(coordinator)
    assert "工作人员登录" not in client.get(URL).content.decode()
