"""Portal fixtures: items published through the publishing services, so the index follows."""

from datetime import UTC, date, datetime, time

import pytest

from gongkai.publishing.indexing import item_index_document
from gongkai.publishing.models import Genre, ItemVersion, Kind, Theme
from gongkai.publishing.services import attachment_add, catalog_entry_save
from gongkai.publishing.tests.factories import docx_bytes, make_item, publish
from gongkai.search.services import index_upsert


@pytest.fixture
def published(org_tree, coordinator, editor, reviewer, django_capture_on_commit_callbacks):
    """Three public items of the commission: a notice with a Word attachment, an announcement
    from an earlier year, and a normative document; plus a two-entry catalog."""
    commission = org_tree["commission"]
    health = Theme.objects.get(parent__name="卫生、体育", name="卫生")
    welfare = Theme.objects.get(parent__name="民政、扶贫、救灾", name="社会福利")
    entry = catalog_entry_save(
        org=commission,
        actor=coordinator,
        code="1",
        parent=None,
        fields={"name": "法规文件", "content": "本机关制定的规范性文件"},
    )
    catalog_entry_save(
        org=commission, actor=coordinator, code="2", parent=None, fields={"name": "社会救助"}
    )
    with django_capture_on_commit_callbacks(execute=True):
        notice = make_item(
            org=commission,
            actor=coordinator,
            title="关于进一步改善医疗服务的通知",
            summary="改善医疗服务的措施。",
            doc_number="云卫发〔2024〕12号",
            genre=Genre.NOTICE,
            theme=health,
            catalog_entry=entry,
            body="<p>各州、市卫生计生委：为进一步改善医疗服务，现就有关事项通知如下。</p>",
        )
        attachment_add(
            item=notice,
            actor=coordinator,
            name="实施方案.docx",
            data=docx_bytes("分级诊疗制度建设实施方案", "推进基层首诊、双向转诊。"),
        )
        publish(
            notice, editor=coordinator, reviewer=reviewer, coordinator=coordinator,
            on=date(2024, 3, 8),
        )  # fmt: skip
        relief = make_item(
            org=commission,
            actor=coordinator,
            title="2023年城乡低保资金发放情况公告",
            summary="2023年城乡低保资金发放情况。",
            genre=Genre.ANNOUNCEMENT,
            theme=welfare,
            written_on=date(2023, 6, 1),
            formed_on=date(2023, 6, 1),
            body="<p>2023年全省发放城乡最低生活保障资金情况如下。</p>",
        )
        publish(
            relief, editor=coordinator, reviewer=reviewer, coordinator=coordinator,
            on=date(2023, 6, 5),
        )  # fmt: skip
        rule = make_item(
            org=commission,
            actor=coordinator,
            kind=Kind.NORMATIVE,
            title="云南省医疗机构药品采购管理办法",
            summary="规范药品采购。",
            doc_number="云卫规〔2024〕1号",
            genre=Genre.NOTICE,
            theme=health,
            catalog_entry=entry,
            body="<p>为规范医疗机构药品采购行为，制定本办法。</p>",
        )
        publish(
            rule, editor=coordinator, reviewer=reviewer, coordinator=coordinator,
            on=date(2024, 4, 1),
        )  # fmt: skip
    for item in (notice, relief, rule):
        item.refresh_from_db()
        # The publishing app indexes the moment the version row was made, so items published in
        # one test all share a second; give each the time of its publication date and reindex.
        moment = datetime.combine(item.published_on, time(9), tzinfo=UTC)
        ItemVersion.objects.filter(item=item).update(published_at=moment)
        index_upsert(**item_index_document(item))
    return {"notice": notice, "relief": relief, "rule": rule, "entry": entry}
