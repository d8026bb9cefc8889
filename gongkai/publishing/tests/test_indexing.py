"""The search index gets the masked published text on publish and loses it on withdrawal."""

import pytest

from gongkai.publishing.indexing import OBJECT_TYPE, item_index_document
from gongkai.publishing.services import item_withdraw

from .factories import LIST_BODY, make_item, publish

pytestmark = pytest.mark.django_db


def test_index_document_holds_masked_text_only(org_tree, editor, reviewer, coordinator):
    item = make_item(org=org_tree["office"], actor=editor, body=LIST_BODY)
    publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)
    item.refresh_from_db()
    doc = item_index_document(item)
    assert doc["object_type"] == OBJECT_TYPE and doc["url"] == f"/info/items/{item.pk}/"
    assert "张*明" in doc["body"] and "张三明" not in doc["body"]
    assert doc["year"] == 2024 and doc["validity"] == "in_force"
    # The index carries the 发布日期, not the moment the version row was written.
    assert doc["published_at"].date() == item.versions.first().published_on


def test_publish_and_withdraw_update_the_search_index_on_commit(
    org_tree, editor, reviewer, coordinator, django_capture_on_commit_callbacks
):
    from gongkai.search.models import SearchDocument

    item = make_item(org=org_tree["office"], actor=editor, body=LIST_BODY)
    with django_capture_on_commit_callbacks(execute=True):
        publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)
    doc = SearchDocument.objects.get(object_type=OBJECT_TYPE, object_id=str(item.pk))
    assert "李*英" in doc.body and "李秀英" not in doc.body
    with django_capture_on_commit_callbacks(execute=True):
        item_withdraw(item=item, actor=coordinator, reason="有误")
    assert not SearchDocument.objects.filter(object_type=OBJECT_TYPE).exists()


def test_reindexing_the_sources_gives_items_indexed_earlier_their_finer_kind(
    org_tree, editor, reviewer, coordinator
):
    from django.core.management import call_command

    from gongkai.publishing.models import Kind
    from gongkai.search.selectors import search
    from gongkai.search.services import index_upsert

    item = make_item(org=org_tree["office"], actor=editor, kind=Kind.POLICY)
    publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)
    item.refresh_from_db()
    assert item_index_document(item)["kind"] == "policy"
    index_upsert(**{**item_index_document(item), "kind": "item"})  # as an older version did
    assert search(query="低保", filters={"kind": "policy"}).total == 0
    call_command("search_reindex", "--sources", stdout=None)
    assert [r.object_id for r in search(query="低保", filters={"kind": "policy"}).results] == [
        str(item.pk)
    ]
