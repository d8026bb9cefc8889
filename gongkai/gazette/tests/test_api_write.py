"""Adding a content to a gazette issue through the API: the organisation's coordinators and
editors, only while the issue is not published, audited; nobody else."""

import pytest

from gongkai.core.models import AuditEntry
from gongkai.gazette.models import Content
from tests.api_client import api_client as _client

from .factories import publish_issue
from .test_views import issue, normative  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db


def _url(issue):  # noqa: F811
    return f"/api/gazette/office-issues/{issue.pk}/contents/"


def test_a_coordinator_adds_a_content_with_its_share_of_the_text_audited(
    issue,  # noqa: F811
    coordinator,
):
    answer = _client(coordinator).post(
        _url(issue),
        {"title": "关于施行日期的说明", "issuer": "云南省卫生和计划生育委员会", "page": 3},
        format="json",
    )
    assert answer.status_code == 201, answer.json()
    body = answer.json()
    assert (body["order"], body["page"], body["item"]) == (2, 3, None)
    assert "第二条 本办法自公布之日起施行" in body["text"]
    contents = _client(coordinator).get(f"/api/gazette/office-issues/{issue.pk}/").json()
    assert [c["title"] for c in contents["contents"]] == [
        "云南省医疗机构药品采购管理办法",
        "关于施行日期的说明",
    ]
    saved = AuditEntry.objects.filter(action="gazette.content_save").order_by("pk").last()
    assert saved.object_id == str(issue.pk) and saved.after["title"] == "关于施行日期的说明"


def test_invalid_contents_are_refused_naming_the_field(issue, coordinator, editor):  # noqa: F811
    from gongkai.publishing.tests.factories import make_item

    draft = make_item(org=issue.org, actor=coordinator, title="未发布的文件")
    api = _client(coordinator)
    for field, value in [("title", ""), ("page", 0), ("order", -1), ("item", draft.pk)]:
        answer = api.post(_url(issue), {"title": "说明", field: value}, format="json")
        assert answer.status_code == 400 and list(answer.json()) == [field], answer.json()
    assert Content.objects.filter(issue=issue).count() == 1


def test_a_published_issue_keeps_its_contents(issue, coordinator):  # noqa: F811
    publish_issue(issue, actor=coordinator)
    answer = _client(coordinator).post(_url(issue), {"title": "补登"}, format="json")
    assert answer.status_code == 409
    assert answer.json()["code"] == "not_draft" and "撤回" in answer.json()["detail"]
    assert Content.objects.filter(issue=issue).count() == 1


def test_another_organisations_staff_reviewers_and_anonymous_callers_cannot_add(
    issue,  # noqa: F811
    city_coordinator,
    reviewer,
):
    assert _client(city_coordinator).post(_url(issue), {"title": "x"}).status_code == 404
    assert _client(reviewer).post(_url(issue), {"title": "x"}).status_code == 403
    assert _client().post(_url(issue), {"title": "x"}).status_code in {401, 403}
    assert Content.objects.filter(issue=issue).count() == 1


def _content_url(issue, content):  # noqa: F811
    return f"/api/gazette/office-issues/{issue.pk}/contents/{content.pk}/"


def test_a_coordinator_corrects_and_removes_a_content_audited(issue, coordinator):  # noqa: F811
    api = _client(coordinator)
    added = api.post(_url(issue), {"title": "关于施行日期的说明", "page": 3}, format="json").json()
    content = Content.objects.get(pk=added["id"])
    answer = api.patch(
        _content_url(issue, content), {"doc_number": "云卫规〔2024〕2号"}, format="json"
    )
    assert answer.status_code == 200, answer.json()
    body = answer.json()
    # only the field given changes; the title and page stay as they were
    assert (body["title"], body["page"], body["doc_number"]) == (
        "关于施行日期的说明",
        3,
        "云卫规〔2024〕2号",
    )
    saved = AuditEntry.objects.filter(action="gazette.content_save").order_by("pk").last()
    assert saved.before["doc_number"] == "" and saved.after["doc_number"] == "云卫规〔2024〕2号"
    answer = api.patch(_content_url(issue, content), {"title": ""}, format="json")
    assert answer.status_code == 400 and list(answer.json()) == ["title"]

    assert api.delete(_content_url(issue, content)).status_code == 204
    assert not Content.objects.filter(pk=content.pk).exists()
    removed = AuditEntry.objects.filter(action="gazette.content_delete").get()
    assert removed.before["title"] == "关于施行日期的说明"
    assert api.delete(_content_url(issue, content)).status_code == 404


def test_a_published_issue_s_contents_are_neither_corrected_nor_removed(
    issue,  # noqa: F811
    coordinator,
    city_coordinator,
    reviewer,
):
    content = Content.objects.get(issue=issue)
    assert _client(reviewer).delete(_content_url(issue, content)).status_code == 403
    assert _client(city_coordinator).delete(_content_url(issue, content)).status_code == 404
    publish_issue(issue, actor=coordinator)
    api = _client(coordinator)
    answer = api.patch(_content_url(issue, content), {"title": "改"}, format="json")
    assert answer.status_code == 409 and answer.json()["code"] == "not_draft"
    assert api.delete(_content_url(issue, content)).status_code == 409
    assert Content.objects.get(pk=content.pk).title == "云南省医疗机构药品采购管理办法"
