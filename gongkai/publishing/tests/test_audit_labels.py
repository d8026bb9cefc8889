"""The audit log names the actions and stages of an information item in Chinese."""

import pytest

from gongkai.publishing.services import item_review, item_submit

from .factories import make_item, publish

pytestmark = pytest.mark.django_db


def test_the_audit_log_reads_an_items_review_and_publication_in_chinese(
    client, org_tree, editor, reviewer, coordinator
):
    returned = make_item(org=org_tree["office"], actor=editor, title="关于调整门诊时间的通知")
    item_submit(item=returned, actor=editor)
    item_review(item=returned, actor=reviewer, approve=False, opinion="请补充落款。")
    published = make_item(org=org_tree["office"], actor=editor)
    publish(published, editor=editor, reviewer=reviewer, coordinator=coordinator)
    client.force_login(coordinator)
    rows = client.get("/office/audit/").content.decode().split("<tbody>")[1]
    assert "信息创建" in rows and "— → 草稿" in rows
    assert "信息提交保密审查" in rows and "草稿 → 保密审查中" in rows
    assert "信息保密审查退回" in rows and "保密审查中 → 草稿" in rows
    assert "信息保密审查通过" in rows and "保密审查中 → 已审核" in rows
    assert "信息发布" in rows and "已审核 → 已发布" in rows
    for code in ("publishing.", "draft", "in_review", "approved", "published"):
        assert code not in rows
