"""A deputy's suggestion from registration through the reply, the confidentiality review and
publication: the public page shows the reply, never the deputy's contact details
(PLAN-PROPOSAL-1, PUB-SECRET-1)."""

import pytest
from playwright.sync_api import expect

from gongkai.proposals.models import Proposal
from gongkai.publishing.models import ListType, Theme
from gongkai.publishing.reference import load_reference
from gongkai.search.services import reindex_all

from .conftest import TEST_USERS, check_wording, login, shot

AUTHOR = "王丽华"
MOBILE = "13908712345"
#: The deputy's mobile as the letter's writer typed it in the text: not the form of the
#: contact field, so only the scan finds it, and the reviewer masks it.
MOBILE_TYPED = "139 0871 2345"
ADDRESS = "昆明市五华区青年路88号"
TITLE = "关于加强乡村医生队伍建设的建议"
REPLY = (
    f"{AUTHOR}代表：\n"
    f"您提出的《{TITLE}》收悉。经认真研究，现答复如下：\n"
    "我委会同省财政厅提高村卫生室基本公共卫生服务补助标准，落实乡村医生养老保障。\n"
    f"办理过程中我们已按您留下的号码{MOBILE_TYPED}与您沟通。\n"
    "感谢您对卫生健康工作的关心和支持。\n"
    f"联系人：李明，联系电话：{MOBILE}\n"
    "抄送：省人大常委会代表工作委员会"
)


@pytest.fixture(autouse=True)
def reference_data(transactional_db):
    """Undo what a transactional test's flush leaves behind (see test_portal.py)."""
    if not Theme.objects.exists():
        load_reference(Theme, ListType)
    reindex_all()


@pytest.mark.django_db(transaction=True)
def test_a_suggestion_is_registered_replied_reviewed_and_published(
    page, org_tree, coordinator, reviewer
):
    names = (*TEST_USERS, AUTHOR)

    # The coordinator registers the suggestion with the deputy's contacts.
    login(page, "coordinator", "pw-coordinator")
    page.goto("/office/proposals/")
    page.get_by_role("link", name="登记建议提案").click()
    page.get_by_label("主办单位").select_option(label="云南省卫生和计划生育委员会")
    page.get_by_label("类别").select_option(label="人大代表建议")
    page.get_by_label("会议届次").fill("省十四届人大三次会议")
    page.get_by_label("编号").fill("218")
    page.get_by_label("年度").fill("2026")
    page.get_by_label("标题").fill(TITLE)
    page.get_by_label("代表（委员）").fill(AUTHOR)
    page.get_by_label("联系方式").fill(f"手机：{MOBILE}\n通讯地址：{ADDRESS}")
    page.get_by_label("抄送范围").fill("省人大常委会代表工作委员会")
    page.get_by_label("交办日期").fill("2026-03-10")
    page.get_by_label("办理期限").fill("2026-06-10")
    check_wording(page, "proposals-1-register", names=names)
    page.get_by_role("button", name="保存").click()
    expect(page.get_by_text("已保存。")).to_be_visible()
    expect(page.get_by_role("heading", name="省十四届人大三次会议第0218号代表建议")).to_be_visible()

    # It is taken up and answered; what goes to review has no contacts and no copy list.
    page.get_by_role("button", name="开始办理").click()
    expect(page.get_by_text("已开始办理。")).to_be_visible()
    page.get_by_label("办理复文", exact=True).fill(REPLY)
    page.get_by_label("答复日期").fill("2026-05-20")
    page.get_by_label("全文公开").check()
    page.get_by_role("button", name="保存复文").click()
    expect(page.get_by_text("复文已保存。")).to_be_visible()
    review_text = page.locator("#review-text")
    expect(review_text).to_contain_text("落实乡村医生养老保障")
    expect(review_text).not_to_contain_text(MOBILE)
    expect(review_text).not_to_contain_text("抄送")
    check_wording(page, "proposals-2-replied", names=names)
    page.get_by_role("button", name="提交保密审查").click()
    expect(page.get_by_text("已提交保密审查")).to_be_visible()
    item = Proposal.objects.get().item
    assert MOBILE not in item.body and ADDRESS not in item.body

    # The reviewer masks the number the scan found, keeps the deputy's name, and approves.
    page.context.clear_cookies()
    login(page, "reviewer", "pw-reviewer")
    page.goto(f"/office/publishing/{item.pk}/review/")
    rows = page.locator("#findings tbody tr")
    expect(rows.first).to_be_visible()
    found = [rows.nth(i).locator("mark").inner_text() for i in range(rows.count())]
    assert MOBILE_TYPED in found
    for i in range(len(found)):
        keep = AUTHOR in found[i]
        rows.nth(i).get_by_role("button", name="保留" if keep else "遮蔽").click()
        expect(page.locator("#pending-count")).to_have_text(str(len(found) - 1 - i))
    page.get_by_role("textbox", name="审查意见").fill(
        "经审查，不涉及国家秘密；代表联系方式已删除，同意公开。"
    )
    shot(page, "proposals-3-review")
    page.get_by_role("button", name="同意公开").click()
    expect(page.get_by_text("审查意见已记录。")).to_be_visible()

    # The coordinator publishes the approved reply.
    page.context.clear_cookies()
    login(page, "coordinator", "pw-coordinator")
    page.goto(Proposal.objects.get().get_absolute_url())
    page.get_by_role("button", name="公开复文").click()
    expect(page.get_by_text("复文已公开。")).to_be_visible()
    check_wording(page, "proposals-4-published", names=names)
    page.goto("/office/proposals/")
    counts = page.locator("#year-counts tbody tr").first
    expect(counts).to_contain_text("2026")
    check_wording(page, "proposals-5-office-list", names=names)

    # The public sees it under 2026 and 人大代表建议, with the reply and no contact details.
    page.context.clear_cookies()
    page.goto("/proposals/")
    expect(page.locator("#public-counts tbody tr").first).to_contain_text("2026")
    shot(page, "proposals-6-public-list")  # the portal: its feed links are named RSS and Atom
    page.get_by_role("link", name="关于省十四届人大三次会议第0218号代表建议的答复").click()
    body = page.locator(".doc-body")
    expect(body).to_contain_text("落实乡村医生养老保障")
    expect(body).to_contain_text(f"{AUTHOR}代表")
    text = page.inner_text("body")
    for private in (MOBILE, MOBILE_TYPED, ADDRESS, "抄送", "代表工作委员会", "李明"):
        assert private not in text, private
    shot(page, "proposals-7-public-reply")


@pytest.mark.django_db(transaction=True)
def test_the_dashboard_warns_of_a_reply_nearing_its_deadline(page, org_tree, coordinator):
    from datetime import timedelta

    from django.utils import timezone

    from gongkai.proposals.tests.factories import make_proposal

    today = timezone.localdate()
    make_proposal(
        org=org_tree["commission"], actor=coordinator, year=today.year,
        received_on=today - timedelta(days=80), deadline=today + timedelta(days=3),
    )  # fmt: skip
    login(page, "coordinator", "pw-coordinator")
    page.goto("/office/")
    expect(page.get_by_text("建议提案7天内到期：1件")).to_be_visible()
    expect(page.get_by_text(TITLE)).to_be_visible()
    check_wording(page, "proposals-8-dashboard", names=(*TEST_USERS, AUTHOR))
