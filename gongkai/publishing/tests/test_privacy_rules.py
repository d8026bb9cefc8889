"""Coordinators see and extend the headings and labels the privacy check reads."""

import pytest

from gongkai.core.errors import DomainError
from gongkai.core.models import AuditEntry
from gongkai.publishing.privacy import scan_text
from gongkai.publishing.services import privacy_rule_add

pytestmark = pytest.mark.django_db

TABLE = "序号\t安置房源\t面积\n1\t五华区人民路12号\t86\n2\t盘龙区北京路7号\t72\n"


def test_an_added_column_heading_is_read_by_the_next_scan(coordinator):
    assert scan_text(TABLE) == []
    privacy_rule_add(actor=coordinator, category="column", kind="address", word="安置房源")
    assert [(f.kind, f.text) for f in scan_text(TABLE)] == [
        ("address", "五华区人民路12号"),
        ("address", "盘龙区北京路7号"),
    ]
    assert AuditEntry.objects.filter(action="publishing.privacy_rule_add").count() == 1


def test_an_added_public_label_keeps_the_number_unmasked(coordinator):
    text = "防汛值守电话：0871-63123456"
    assert [f.kind for f in scan_text(text)] == ["phone"]
    privacy_rule_add(actor=coordinator, category="public", kind="name", word="防汛值守电话")
    [found] = scan_text(text)
    assert (found.kind, found.masked) == ("public_contact", "0871-63123456")


def test_only_coordinators_add_and_duplicates_are_refused(coordinator, editor):
    with pytest.raises(DomainError, match="Only the coordinator|只有"):
        privacy_rule_add(actor=editor, category="column", kind="name", word="种植户")
    with pytest.raises(DomainError):
        privacy_rule_add(actor=coordinator, category="column", kind="name", word="姓名")
    with pytest.raises(DomainError):
        privacy_rule_add(actor=coordinator, category="label", kind="", word="受托人")


def test_the_page_lists_built_in_and_added_rules_in_chinese(client, coordinator, editor):
    client.force_login(coordinator)
    response = client.post(
        "/office/publishing/privacy-rules/",
        {"category": "label", "kind": "name", "word": "受托人"},
        follow=True,
    )
    page = response.content.decode()
    assert "个人信息识别规则" in page and "受托人" in page and "内置" in page
    assert "公民身份号码" in page and "监督电话" in page and "新闻发言人" in page
    assert "---------" not in page
    client.force_login(editor)
    assert client.get("/office/publishing/privacy-rules/").status_code == 403
