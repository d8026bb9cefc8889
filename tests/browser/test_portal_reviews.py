"""The disclosure guide and a rule document pass the confidentiality review in the back office
before the portal shows them, and a published guide is withdrawn with a reason (PUB-SECRET-1)."""

import pytest
from playwright.sync_api import expect

from gongkai.portal.models import GuideVersion, PublicStatus, RuleDocument
from gongkai.portal.services import GUIDE_STAGE, RULE_STAGE
from gongkai.publishing.models import ListType, Theme
from gongkai.publishing.reference import load_reference
from gongkai.publishing.tests.factories import approve_request

from .conftest import check_wording, login

OFFICE_LINES = ("0871-67195100",)


@pytest.fixture(autouse=True)
def reference_data(transactional_db):
    """Undo what a transactional test's flush leaves behind (see test_portal.py)."""
    if not Theme.objects.exists():
        load_reference(Theme, ListType)


@pytest.mark.django_db(transaction=True)
def test_the_guide_and_a_rule_are_reviewed_then_published_and_the_guide_withdrawn(
    page, org_tree, coordinator, reviewer
):
    org = org_tree["commission"]
    login(page, "coordinator", "pw-coordinator")

    # The coordinator saves the guide: it goes to review, the portal has none yet.
    page.goto(f"/office/portal/guide/?org={org.pk}")
    page.get_by_label("办公地址").fill("昆明市西山区西园路1号")
    page.get_by_label("办公时间").fill("法定工作日 9:00—17:00")
    page.get_by_label("联系电话").fill("0871-67195100")
    page.get_by_role("button", name="保存并提交保密审查").click()
    expect(page.get_by_text("已保存并提交保密审查")).to_be_visible()
    expect(page.get_by_role("button", name="发布", exact=True)).to_have_count(0)
    check_wording(page, "portal-review-1-guide-submitted")
    assert page.request.get(f"/guide/{org.pk}/").status == 404

    # Reviewed and approved, the coordinator publishes it.
    version = GuideVersion.objects.get()
    approve_request(version, GUIDE_STAGE, reviewer=reviewer, keep=OFFICE_LINES)
    page.reload()
    page.get_by_role("button", name="发布", exact=True).click()
    expect(page.get_by_text("指南第1版已发布")).to_be_visible()
    check_wording(page, "portal-review-2-guide-published")
    assert "西园路1号" in page.request.get(f"/guide/{org.pk}/").text()

    # A rule document, submitted, reviewed, published.
    page.goto(f"/office/portal/rules/?org={org.pk}")
    page.get_by_role("textbox", name="标题", exact=True).fill("政府信息公开保密审查制度")
    page.get_by_label("链接").fill("https://example.gov.cn/rule")
    page.get_by_role("button", name="提交保密审查").click()
    expect(page.get_by_text("制度文件已提交保密审查")).to_be_visible()
    check_wording(page, "portal-review-3-rule-submitted")
    assert "政府信息公开保密审查制度" not in page.request.get("/rules/").text()
    approve_request(RuleDocument.objects.get(), RULE_STAGE, reviewer=reviewer)
    page.reload()
    page.get_by_role("button", name="发布", exact=True).click()
    expect(page.get_by_text("制度文件已按审查结果发布。")).to_be_visible()
    assert "政府信息公开保密审查制度" in page.request.get("/rules/").text()

    # The guide is withdrawn with a reason; the portal no longer shows it.
    page.goto(f"/office/portal/guide/?org={org.pk}")
    page.get_by_placeholder("撤回理由").fill("联系电话有误")
    page.get_by_role("button", name="撤回").click()
    expect(page.get_by_text("指南第1版已从门户网站撤回。")).to_be_visible()
    check_wording(page, "portal-review-4-guide-withdrawn")
    assert GuideVersion.objects.get().status == PublicStatus.WITHDRAWN
    assert page.request.get(f"/guide/{org.pk}/").status == 404
