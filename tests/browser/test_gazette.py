"""The government gazette in a real browser: from a normative document's public page to the
issue that carried it and its PDF; back in the office, the issue, proof-reading and figures."""

from datetime import date

import pytest
from playwright.sync_api import expect

from gongkai.gazette.models import Issue
from gongkai.gazette.services import content_save
from gongkai.gazette.states import Digitisation
from gongkai.gazette.tests.factories import make_issue, pdf_upload, publish_issue
from gongkai.publishing.models import Kind, ListType, Theme
from gongkai.publishing.reference import load_reference
from gongkai.publishing.tests.factories import make_item, publish
from gongkai.search.services import reindex_all

from .conftest import TEST_USERS, check_wording, login, shot

#: The public footer names its feeds by their format.
PUBLIC = (*TEST_USERS, "RSS", "Atom")

TITLE = "云南省医疗机构药品采购管理办法"


@pytest.fixture(autouse=True)
def reference_data(transactional_db):
    """Undo what a transactional test's flush leaves behind (see test_portal.py)."""
    if not Theme.objects.exists():
        load_reference(Theme, ListType)
    reindex_all()


@pytest.mark.django_db(transaction=True)
def test_open_the_gazette_issue_from_a_normative_document(
    page, org_tree, editor, reviewer, coordinator, supervisor
):
    item = make_item(
        org=org_tree["office"],
        actor=editor,
        kind=Kind.NORMATIVE,
        title=TITLE,
        doc_number="云卫规〔2024〕1号",
        valid_from=date(2024, 3, 8),
    )
    publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)
    issue = make_issue(
        org=org_tree["commission"], actor=coordinator, pdf=pdf_upload(), total_number=215
    )
    content_save(
        issue=issue,
        actor=coordinator,
        title=TITLE,
        issuer="云南省卫生和计划生育委员会",
        doc_number="云卫规〔2024〕1号",
        page=2,
        item=item,
    )
    issue.refresh_from_db()
    assert issue.digitisation == Digitisation.EXTRACTED  # read by the job on commit
    publish_issue(issue, actor=coordinator)

    # The public reads the normative document and follows the link to the gazette issue.
    page.goto(f"/info/items/{item.pk}/")
    link = page.get_by_role(
        "link", name="《云南省卫生和计划生育委员会公报》2024年第3期（总第215期）"
    )
    assert link.is_visible()
    shot(page, "gazette-1-item-page")
    link.click()
    page.wait_for_url(f"**/gazette/issue/{issue.pk}/**")
    assert (
        page.get_by_role("heading", level=1)
        .inner_text()
        .startswith("《云南省卫生和计划生育委员会公报》")
    )
    toc = page.locator(f"#content-{issue.contents.get().pk}")
    assert toc.get_by_role("link", name=TITLE).is_visible()  # and back to the document
    assert "云卫规〔2024〕1号" in toc.inner_text()
    with page.expect_download() as download:
        page.get_by_role("link", name="下载本期PDF").click()
    assert download.value.suggested_filename.endswith(".pdf")
    check_wording(page, "gazette-2-issue-page", PUBLIC)
    page.get_by_role("link", name="2024", exact=True).click()
    check_wording(page, "gazette-3-year-page", PUBLIC)

    # The gazette's text is found by the site's one search.
    page.goto("/search/?q=药品集中采购")
    result = page.get_by_role("link", name=TITLE).first
    assert f"/gazette/issue/{issue.pk}/" in result.get_attribute("href")
    shot(page, "gazette-3b-search")

    # A scanned back issue waits for proof-reading in the office.
    scan = make_issue(
        org=org_tree["commission"], actor=coordinator, year=2019, number=1,
        on=date(2019, 1, 5), back_issue=True,
    )  # fmt: skip
    Issue.objects.filter(pk=scan.pk).update(
        digitisation=Digitisation.NEEDS_PROOFREADING,
        text="云南省乡村医生执业管理暂行办法\n第一条 为加强乡村医生执业管珵\f",
        recognised_pages=[1],
    )
    login(page, "coordinator", "pw-coordinator")
    page.goto(f"/office/gazette/{issue.pk}/")
    assert page.get_by_role("button", name="从网站撤回").is_visible()
    check_wording(page, "gazette-4a-office-published")
    page.goto(f"/office/gazette/{scan.pk}/")
    assert page.get_by_text("须经人工校对后方可发布").is_visible()
    check_wording(page, "gazette-4-office-issue")
    page.get_by_role("link", name="校对文字").click()
    check_wording(page, "gazette-5-proofread")
    page.get_by_label("第1页").fill("云南省乡村医生执业管理暂行办法\n第一条 为加强乡村医生执业管理")
    page.get_by_label("校对完毕").check()
    page.get_by_role("button", name="保存").click()
    expect(page.locator(".digitisation").get_by_text("已校对")).to_be_visible()
    scan.refresh_from_db()
    assert "执业管理" in scan.text and "管珵" not in scan.text

    page.goto("/office/gazette/overview/")
    check_wording(page, "gazette-6-overview")
    for path, name in (
        ("/office/gazette/", "gazette-7-list"),
        ("/office/gazette/new/", "gazette-8-new-issue"),
        (f"/office/gazette/{scan.pk}/contents/new/", "gazette-9-content-form"),
        (f"/office/gazette/{scan.pk}/contents/import/", "gazette-10-import"),
        ("/office/", "gazette-11-dashboard"),
    ):
        page.goto(path)
        check_wording(page, name, (*TEST_USERS, ".xlsx"))  # the file type, as on every import
    assert page.get_by_text("未按时上网的公报期次").is_visible()


@pytest.mark.django_db(transaction=True)
def test_delete_an_issue_entered_by_mistake(page, org_tree, coordinator):
    published = make_issue(org=org_tree["commission"], actor=coordinator, pdf=pdf_upload())
    published.refresh_from_db()  # read by the job on commit
    publish_issue(published, actor=coordinator)
    mistake = make_issue(
        org=org_tree["commission"], actor=coordinator, number=4, on=date(2024, 5, 20)
    )
    content_save(issue=mistake, actor=coordinator, title=TITLE, page=2)
    login(page, "coordinator", "pw-coordinator")

    # A published issue has no delete button, and says why.
    page.goto(f"/office/gazette/{published.pk}/")
    assert page.get_by_role("link", name="删除本期公报").count() == 0
    assert page.get_by_text("已发布的公报不能删除").is_visible()
    check_wording(page, "gazette-12-published-not-deleted")

    # The draft entered by mistake: a confirmation page, then the list without it.
    page.goto(f"/office/gazette/{mistake.pk}/")
    page.get_by_role("link", name="删除本期公报").click()
    page.get_by_role("heading", name="删除公报期次").wait_for()
    assert page.get_by_text("从未发布").is_visible()
    check_wording(page, "gazette-13-delete-confirm")
    page.get_by_role("button", name="删除本期公报").click()
    page.wait_for_url("**/office/gazette/")
    assert page.get_by_text("2024年第4期已删除").is_visible()
    check_wording(page, "gazette-14-deleted")
    assert not Issue.objects.filter(pk=mistake.pk).exists()
    assert Issue.objects.filter(pk=published.pk).exists()
