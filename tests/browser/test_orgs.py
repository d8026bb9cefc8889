"""The coordinator names the public column on the organisation's page in the back office."""

import pytest
from playwright.sync_api import expect

from .conftest import check_wording, login


@pytest.mark.django_db(transaction=True)
def test_the_coordinator_names_the_column(page, org_tree, coordinator, settings):
    commission = org_tree["commission"]
    settings.GONGKAI_SITE_ORG = commission.name
    login(page, "coordinator", "pw-coordinator")
    page.goto(f"/office/orgs/{commission.pk}/")
    page.get_by_label("专栏名称").fill("云南省卫生健康信息公开")
    page.get_by_role("button", name="保存专栏名称").click()
    expect(page.get_by_text("专栏名称已保存。")).to_be_visible()
    check_wording(page, "office-org-column-name")
    public = page.context.new_page()
    public.context.clear_cookies()
    public.goto("/")
    expect(public.locator(".public-brand")).to_contain_text("云南省卫生健康信息公开")
