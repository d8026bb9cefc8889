"""Writing items through the API: a role without the right answers 403, an item whose status
does not allow the change 409, each with the service's Chinese message."""

import pytest

from gongkai.publishing.services import item_review, item_submit
from tests.api_client import api_client as _client

from .factories import make_item, make_withheld_item

pytestmark = pytest.mark.django_db

URL = "/api/publishing/items/"


def test_only_a_coordinator_publishes_and_only_an_approved_item(org_tree, editor, coordinator):
    item = make_item(org=org_tree["office"], actor=editor)
    refused = _client(editor).post(f"{URL}{item.pk}/publish/")
    assert refused.status_code == 403, refused.json()
    assert refused.json()["detail"] == "您无权为办公室办理此事项。"
    draft = _client(coordinator).post(f"{URL}{item.pk}/publish/")
    assert draft.status_code == 409, draft.json()
    assert draft.json() == {"detail": "只有通过保密审查的信息才能发布。", "code": "not_approved"}


def test_an_item_under_review_is_not_edited_and_a_reviewer_does_not_edit(
    org_tree, editor, reviewer
):
    item = make_item(org=org_tree["office"], actor=editor)
    not_editor = _client(reviewer).patch(f"{URL}{item.pk}/", {"title": "新标题"}, format="json")
    assert not_editor.status_code == 403, not_editor.json()
    assert "无权" in not_editor.json()["detail"]
    submitted = _client(editor).post(f"{URL}{item.pk}/submit/")
    assert submitted.status_code == 200, submitted.json()
    again = _client(editor).post(f"{URL}{item.pk}/submit/")
    assert again.status_code == 409 and again.json()["code"] == "transition_not_allowed"
    late = _client(editor).patch(f"{URL}{item.pk}/", {"title": "新标题"}, format="json")
    assert late.status_code == 409, late.json()
    assert "不能修改" in late.json()["detail"] and late.json()["code"] == "not_editable"
    item.refresh_from_db()
    assert item.title != "新标题"


def test_rule_refusals_name_the_field_they_are_about(org_tree, editor, reviewer, coordinator):
    # a missing summary is the summary field's fault, so a client can show it beside the field
    item = make_item(org=org_tree["office"], actor=editor, summary="   ")
    refused = _client(editor).post(f"{URL}{item.pk}/submit/")
    assert refused.status_code == 400, refused.json()
    assert refused.json() == {"summary": ["提交前请填写内容概述。"]}
    # an item approved as not disclosed is never published: its 公开属性 says why
    withheld = make_withheld_item(org=org_tree["office"], actor=editor)
    item_submit(item=withheld, actor=editor)
    item_review(item=withheld, actor=reviewer, approve=True, opinion="同意不予公开")
    not_public = _client(coordinator).post(f"{URL}{withheld.pk}/publish/")
    assert not_public.status_code == 400, not_public.json()
    assert list(not_public.json()) == ["attribute"]
    assert "不予公开" in not_public.json()["attribute"][0]
