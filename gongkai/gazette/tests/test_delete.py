"""Deleting a gazette issue entered by mistake: only before it was ever published, after a
confirmation page, audited, its files removed; a published issue says why it stays."""

from pathlib import Path

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from gongkai.core.errors import DomainError, PermissionDeniedError
from gongkai.core.models import AuditEntry
from gongkai.gazette.models import Content, Issue
from gongkai.gazette.services import (
    ISSUE_STAGE,
    content_save,
    issue_delete,
    issue_review_submit,
    issue_withdraw,
)
from gongkai.publishing.models import PublicationRequest
from gongkai.publishing.models.reviews import RequestStatus

from .factories import make_issue, pdf_upload, publish_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(org_tree, coordinator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # the PDF is read
        issue = make_issue(org=org_tree["commission"], actor=coordinator, pdf=pdf_upload())
    content_save(issue=issue, actor=coordinator, title="云南省医疗机构药品采购管理办法", page=2)
    issue.refresh_from_db()
    return issue


def _audit(issue_pk: int) -> list[AuditEntry]:
    kind = ContentType.objects.get_for_model(Issue)
    return list(AuditEntry.objects.filter(content_type=kind, object_id=str(issue_pk)))


def test_a_draft_is_deleted_with_its_contents_review_and_file(
    draft, coordinator, django_capture_on_commit_callbacks
):
    issue_review_submit(issue=draft, actor=coordinator)
    stored = Path(draft.pdf.path)
    assert stored.exists()
    pk = draft.pk
    with django_capture_on_commit_callbacks(execute=True):
        issue_delete(issue=draft, actor=coordinator)
    assert not Issue.objects.filter(pk=pk).exists()
    assert not Content.objects.filter(issue_id=pk).exists()
    assert not stored.exists()  # no orphan PDF left in the storage
    # the review request leaves the reviewers' queue
    request = PublicationRequest.objects.get(object_id=pk, stage=ISSUE_STAGE)
    assert request.status == RequestStatus.SUPERSEDED
    entry = [e for e in _audit(pk) if e.action == "gazette.issue_delete"]
    assert len(entry) == 1 and entry[0].actor == coordinator
    assert entry[0].before["contents"] == ["云南省医疗机构药品采购管理办法"]
    assert entry[0].before["number"] == 3 and entry[0].before["pdf"].endswith(".pdf")


def test_a_published_or_once_published_issue_is_not_deleted(draft, coordinator):
    publish_issue(draft, actor=coordinator)
    with pytest.raises(DomainError) as refused:
        issue_delete(issue=draft, actor=coordinator)
    assert "已发布的公报不能删除" in refused.value.message
    issue_withdraw(issue=draft, actor=coordinator, reason="页码有误，撤回更正。")
    with pytest.raises(DomainError) as refused:
        issue_delete(issue=draft, actor=coordinator)
    assert "曾在门户网站发布" in refused.value.message
    assert Issue.objects.filter(pk=draft.pk).exists()


def test_only_those_who_enter_issues_may_delete_them(draft, reviewer, supervisor):
    for user in (reviewer, supervisor):
        with pytest.raises(PermissionDeniedError):
            issue_delete(issue=draft, actor=user)
    assert Issue.objects.filter(pk=draft.pk).exists()


def test_the_office_confirms_before_deleting(client, draft, coordinator):
    client.force_login(coordinator)
    detail = client.get(reverse("gazette:issue_detail", args=[draft.pk])).content.decode()
    url = reverse("gazette:issue_delete", args=[draft.pk])
    assert url in detail and "删除本期公报" in detail
    page = client.get(url).content.decode()
    assert "从未发布" in page and "不可恢复" in page and "删除本期公报" in page
    assert Issue.objects.filter(pk=draft.pk).exists()  # asking deletes nothing
    response = client.post(url, follow=True)
    assert response.redirect_chain[-1][0] == reverse("gazette:issue_list")
    assert "已删除" in response.content.decode()
    assert not Issue.objects.filter(pk=draft.pk).exists()
    audit = client.get(reverse("core:audit_list")).content.decode()
    assert "删除政府公报期次" in audit  # the audit log names the deletion


def test_a_published_issue_says_why_it_cannot_be_deleted(client, draft, coordinator):
    publish_issue(draft, actor=coordinator)
    client.force_login(coordinator)
    detail = client.get(reverse("gazette:issue_detail", args=[draft.pk])).content.decode()
    url = reverse("gazette:issue_delete", args=[draft.pk])
    assert url not in detail and "已发布的公报不能删除" in detail
    page = client.get(url).content.decode()
    assert "已发布的公报不能删除" in page and "删除本期公报" not in page
    response = client.post(url, HTTP_REFERER=url, follow=True)
    assert "已发布的公报不能删除" in response.content.decode()
    assert Issue.objects.filter(pk=draft.pk).exists()


def test_staff_who_may_not_enter_issues_get_no_delete_page(client, draft, reviewer):
    client.force_login(reviewer)
    detail = client.get(reverse("gazette:issue_detail", args=[draft.pk])).content.decode()
    assert reverse("gazette:issue_delete", args=[draft.pk]) not in detail
    assert client.get(reverse("gazette:issue_delete", args=[draft.pk])).status_code == 404
    assert client.post(reverse("gazette:issue_delete", args=[draft.pk])).status_code == 404
    assert Issue.objects.filter(pk=draft.pk).exists()
