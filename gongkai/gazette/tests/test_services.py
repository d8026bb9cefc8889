"""Services: entry, import (every bad row named, all or nothing), digitisation, publication."""

from datetime import date

import pytest
from django.contrib.contenttypes.models import ContentType

from gongkai.core.errors import DomainError, PermissionDeniedError
from gongkai.core.models import AuditEntry
from gongkai.core.xlsx import ImportFailed
from gongkai.gazette.models import Issue
from gongkai.gazette.samples import scanned_pdf
from gongkai.gazette.services import (
    content_save,
    content_texts,
    contents_import,
    issue_proofread,
    issue_publish,
    issue_review_submit,
    issue_withdraw,
)
from gongkai.gazette.states import Digitisation, IssueStatus
from gongkai.publishing.models import Kind
from gongkai.publishing.tests.factories import make_item, publish

from .factories import contents_xlsx, make_issue, needs_tesseract, pdf_upload, publish_issue

pytestmark = pytest.mark.django_db


def _actions(obj) -> list[str]:
    kind = ContentType.objects.get_for_model(obj)
    return list(
        AuditEntry.objects.filter(content_type=kind, object_id=str(obj.pk))
        .order_by("id")
        .values_list("action", flat=True)
    )


@pytest.fixture
def normative(org_tree, editor, reviewer, coordinator):
    item = make_item(
        org=org_tree["office"],
        actor=editor,
        kind=Kind.NORMATIVE,
        title="云南省医疗机构药品采购管理办法",
        doc_number="云卫规〔2024〕1号",
        valid_from=date(2024, 3, 8),
    )
    publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)
    item.refresh_from_db()
    return item


def test_an_issue_number_is_entered_once_per_year(org_tree, coordinator):
    make_issue(org=org_tree["commission"], actor=coordinator)
    with pytest.raises(DomainError, match="已录入"):
        make_issue(org=org_tree["commission"], actor=coordinator)
    with pytest.raises(DomainError):
        make_issue(org=org_tree["commission"], actor=coordinator, number=4, on=date(2023, 5, 1))
    issue = make_issue(
        org=org_tree["commission"], actor=coordinator, year=2025, on=date(2025, 1, 3)
    )
    assert issue.label == "2025年第3期"
    assert _actions(issue) == ["gazette.issue_create"]


def test_another_organisation_cannot_enter_an_issue(org_tree, city_coordinator):
    with pytest.raises(PermissionDeniedError):
        make_issue(org=org_tree["commission"], actor=city_coordinator)


def test_each_content_gets_its_pages_of_the_text():
    class C:
        def __init__(self, pk, page, order=0):
            self.pk, self.page, self.order = pk, page, order

    text = "目录\f甲一\f甲二\f乙\f"
    shares = content_texts(text, [C(1, 2), C(2, 4), C(3, None)])
    assert shares == {1: "甲一\n甲二", 2: "乙", 3: ""}


def test_import_links_documents_by_number_and_replaces_the_contents(
    org_tree, coordinator, normative
):
    issue = make_issue(org=org_tree["commission"], actor=coordinator)
    content_save(issue=issue, actor=coordinator, title="旧目录")
    data = contents_xlsx(
        [
            [1, "云南省医疗机构药品采购管理办法", "省卫生计生委", "云卫规〔2024〕1号", 2],
            [2, "关于开展爱国卫生月活动的通知", "省卫生计生委", "", 5],
        ]
    )
    assert contents_import(issue=issue, actor=coordinator, data=data) == 2
    contents = list(issue.contents.all())
    assert [c.title for c in contents] == [
        "云南省医疗机构药品采购管理办法",
        "关于开展爱国卫生月活动的通知",
    ]
    assert contents[0].item == normative and contents[1].item is None
    assert "gazette.contents_import" in _actions(issue)


def test_import_names_every_bad_row_and_saves_nothing(org_tree, coordinator):
    issue = make_issue(org=org_tree["commission"], actor=coordinator)
    content_save(issue=issue, actor=coordinator, title="已有目录")
    data = contents_xlsx(
        [
            [1, "第一篇", "", "", 1],
            [2, None, "省卫生计生委", "", 2],
            [3, "第三篇", "", "", "第五页"],
            [1, "第四篇", "", "", 4],
        ]
    )
    with pytest.raises(ImportFailed) as failed:
        contents_import(issue=issue, actor=coordinator, data=data)
    errors = failed.value.errors
    assert len(errors) == 3
    assert "第3行" in errors[0] and "标题" in errors[0]
    assert "第4行" in errors[1] and "页码" in errors[1]
    assert "第5行" in errors[2] and "序号" in errors[2]
    assert [c.title for c in issue.contents.all()] == ["已有目录"]


def test_import_refuses_a_sheet_without_the_title_column(org_tree, coordinator):
    from gongkai.core.xlsx import Sheet, workbook_bytes

    issue = make_issue(org=org_tree["commission"], actor=coordinator)
    data = workbook_bytes(Sheet(name="目录", header=["序号", "名称"], rows=[[1, "甲"]]))
    with pytest.raises(DomainError, match="标题"):
        contents_import(issue=issue, actor=coordinator, data=data)


def test_a_text_pdf_is_read_in_the_background(
    org_tree, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        issue = make_issue(org=org_tree["commission"], actor=coordinator, pdf=pdf_upload())
    with django_capture_on_commit_callbacks(execute=True):
        content = content_save(
            issue=issue, actor=coordinator, title="云南省医疗机构药品采购管理办法", page=2
        )
    issue.refresh_from_db()
    content.refresh_from_db()
    assert issue.digitisation == Digitisation.EXTRACTED
    assert issue.recognised_pages == []
    assert "第一条 为规范医疗机构药品集中采购" in issue.text
    assert "第二条 本办法自公布之日起施行" in content.text  # its pages: 2 to the end
    assert "目录" not in content.text


@needs_tesseract
def test_a_scanned_pdf_is_recognised_and_flagged_for_proofreading(
    org_tree, coordinator, django_capture_on_commit_callbacks
):
    scan = scanned_pdf(["云南省乡村医生执业管理暂行办法", "第一条 为加强乡村医生执业管理"])
    with django_capture_on_commit_callbacks(execute=True):
        issue = make_issue(
            org=org_tree["commission"], actor=coordinator, pdf=pdf_upload(scan), back_issue=True
        )
    issue.refresh_from_db()
    assert issue.digitisation == Digitisation.NEEDS_PROOFREADING
    assert issue.recognised_pages == [1]
    assert "乡村医生" in issue.text.replace(" ", "")  # not left silently empty
    with pytest.raises(DomainError, match="校对"):
        issue_review_submit(issue=issue, actor=coordinator)
    issue_proofread(
        issue=issue,
        actor=coordinator,
        pages=["云南省乡村医生执业管理暂行办法\n第一条 为加强乡村医生执业管理，制定本办法。"],
        done=True,
    )
    issue.refresh_from_db()
    assert issue.digitisation == Digitisation.PROOFREAD
    assert issue.proofread_by == coordinator
    assert "制定本办法" in issue.text
    assert "gazette.issue_proofread" in _actions(issue)
    issue_review_submit(issue=issue, actor=coordinator)  # proof-read: may go to review


def test_publication_needs_the_review_and_masks_personal_data(
    org_tree, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        issue = make_issue(org=org_tree["commission"], actor=coordinator, pdf=pdf_upload())
        content_save(issue=issue, actor=coordinator, title="云南省医疗机构药品采购管理办法", page=2)
    issue.refresh_from_db()
    with pytest.raises(DomainError):
        issue_publish(issue=issue, actor=coordinator)
    publish_issue(issue, actor=coordinator)
    issue.refresh_from_db()
    assert issue.status == IssueStatus.PUBLISHED
    assert "13812345678" not in issue.public_text
    assert "13812345678" not in issue.contents.get().public_text
    assert "13812345678" in issue.text  # the working text is kept as entered
    from gongkai.publishing.privacy.files import pdf_text

    with issue.public_pdf.open("rb") as handle:
        published = pdf_text(handle.read())
    assert "药品集中采购" in published and "13812345678" not in published
    with pytest.raises(DomainError):
        content_save(issue=issue, actor=coordinator, title="发布后新增")
    issue_withdraw(issue=issue, actor=coordinator, reason="目录有误，更正后重新发布。")
    issue.refresh_from_db()
    assert issue.status == IssueStatus.DRAFT
    assert _actions(issue)[-2:] == ["gazette.issue_publish", "gazette.issue_withdraw"]


def test_a_change_after_submission_needs_a_new_review(org_tree, coordinator):
    issue = make_issue(org=org_tree["commission"], actor=coordinator)
    content_save(issue=issue, actor=coordinator, title="第一篇")
    from gongkai.gazette.services import ISSUE_STAGE
    from gongkai.publishing.tests.factories import approve_request

    issue_review_submit(issue=issue, actor=coordinator)
    approve_request(issue, ISSUE_STAGE)
    content_save(issue=issue, actor=coordinator, title="第二篇")
    with pytest.raises(DomainError):
        issue_publish(issue=issue, actor=coordinator)
    assert Issue.objects.get(pk=issue.pk).status == IssueStatus.DRAFT


def test_a_pdf_that_cannot_be_read_says_so_and_is_read_again(
    org_tree, coordinator, django_capture_on_commit_callbacks
):
    from gongkai.gazette.services import issue_digitise_again

    broken = pdf_upload(b"%PDF-1.4\nnot really a PDF")
    with django_capture_on_commit_callbacks(execute=True):
        issue = make_issue(org=org_tree["commission"], actor=coordinator, pdf=broken)
    issue.refresh_from_db()
    assert issue.digitisation == Digitisation.FAILED
    assert issue.digitisation_error  # the staff are told why, the text is not left empty
    with pytest.raises(DomainError):
        issue_review_submit(issue=issue, actor=coordinator)
    from gongkai.gazette.samples import text_pdf

    issue.pdf.save("fixed.pdf", pdf_upload(text_pdf([["第一条 本办法自公布之日起施行。"]])))
    with django_capture_on_commit_callbacks(execute=True):
        issue_digitise_again(issue=issue, actor=coordinator)
    issue.refresh_from_db()
    assert issue.digitisation == Digitisation.EXTRACTED and "自公布之日起施行" in issue.text
    with pytest.raises(DomainError):  # only a failed reading is repeated
        issue_digitise_again(issue=issue, actor=coordinator)
