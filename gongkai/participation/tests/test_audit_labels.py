"""The audit log names consultation and message stages in Chinese, each by its own model."""

from datetime import date

import pytest

from gongkai.participation.services import message_reply
from gongkai.participation.states import ConsultationStatus, MessageStatus

from .factories import make_consultation, make_message, publish_message

pytestmark = pytest.mark.django_db


def test_consultation_and_message_codes_do_not_overlap():
    # Both record states under the prefix "participation", read through one table.
    assert not set(ConsultationStatus.values) & set(MessageStatus.values)


def test_the_audit_log_reads_consultation_and_message_stages_in_chinese(
    client, org_tree, coordinator
):
    make_consultation(
        org=org_tree["commission"],
        actor=coordinator,
        starts_on=date(2026, 11, 2),
        ends_on=date(2026, 11, 30),
    )
    message = make_message(org=org_tree["commission"])
    message_reply(message=message, actor=coordinator, reply="已安排周末值班门诊。")
    publish_message(message, actor=coordinator)
    client.force_login(coordinator)
    rows = client.get("/office/audit/").content.decode().split("<tbody>")[1]
    assert "意见征集创建" in rows and "意见征集状态变更" in rows
    assert "草稿 → 正在征求意见" in rows
    assert "公众留言提交" in rows and "留言状态变更" in rows
    assert "— → 待答复" in rows and "待答复 → 已答复" in rows and "已答复 → 已发布" in rows
    assert "提交保密审查" in rows and "保密审查通过" in rows and "留言公开发布" in rows
    for code in ("participation.", "draft", "open", "received", "replied", "published"):
        assert code not in rows
