"""Public pages come from the cache, and change the moment what they show changes."""

from datetime import date

import pytest

from gongkai.publishing.models import Genre
from gongkai.publishing.services import item_withdraw
from gongkai.publishing.tests.factories import make_item, publish

pytestmark = pytest.mark.django_db


def test_a_cached_page_costs_no_query(client, published, django_assert_num_queries):
    url = f"/info/items/{published['notice'].pk}/"
    first = client.get(url).content
    with django_assert_num_queries(0):
        assert client.get(url).content == first


def test_publishing_and_withdrawing_change_the_pages_at_once(
    client, published, org_tree, coordinator, reviewer
):
    pages = ["/", "/browse/", f"/info/?entry={published['entry'].pk}"]
    for url in pages:
        assert "关于调整门诊收费项目的通知" not in client.get(url).content.decode()
    tree = client.get("/statutory/").context["rows"][0].count
    item = make_item(
        org=org_tree["commission"],
        actor=coordinator,
        title="关于调整门诊收费项目的通知",
        genre=Genre.NOTICE,
        catalog_entry=published["entry"],
    )
    publish(item, editor=coordinator, reviewer=reviewer, coordinator=coordinator,
            on=date(2024, 6, 1))  # fmt: skip
    for url in pages:
        assert "关于调整门诊收费项目的通知" in client.get(url).content.decode(), url
    assert '<td data-label="信息条数">3</td>' in client.get("/statutory/").content.decode()
    assert tree == 2
    item_page = f"/info/items/{item.pk}/"
    assert client.get(item_page).status_code == 200
    item.refresh_from_db()
    item_withdraw(item=item, actor=coordinator, reason="内容有误，撤回。")
    for url in pages:
        assert "关于调整门诊收费项目的通知" not in client.get(url).content.decode(), url
    assert client.get(item_page).status_code == 404
    assert '<td data-label="信息条数">2</td>' in client.get("/statutory/").content.decode()


def test_signed_in_staff_never_get_a_cached_page(client, published, coordinator):
    client.get("/")  # cached for anonymous readers
    client.force_login(coordinator)
    assert "工作人员登录" not in client.get("/").content.decode()


def test_an_item_page_links_its_amendment_and_interpretation_both_ways(
    client, published, org_tree, coordinator, reviewer
):
    from gongkai.publishing.models import Kind

    rule = published["rule"]
    org = org_tree["commission"]
    amendment = make_item(org=org, actor=coordinator, kind=Kind.NORMATIVE, amends=rule,
                          title="关于修改药品采购管理办法的决定", genre=Genre.DECISION)  # fmt: skip
    reading = make_item(org=org, actor=coordinator, kind=Kind.INTERPRETATION, interprets=rule,
                        title="《药品采购管理办法》政策解读")  # fmt: skip
    for item in (amendment, reading):
        publish(item, editor=coordinator, reviewer=reviewer, coordinator=coordinator,
                on=date(2024, 7, 1))  # fmt: skip
    page = " ".join(client.get(f"/info/items/{rule.pk}/").content.decode().split())
    assert (
        f'被修改：<a href="/info/items/{amendment.pk}/">关于修改药品采购管理办法的决定</a>' in page
    )
    assert f'政策解读：<a href="/info/items/{reading.pk}/">《药品采购管理办法》政策解读</a>' in page
    back = " ".join(client.get(f"/info/items/{amendment.pk}/").content.decode().split())
    assert f'<a href="/info/items/{rule.pk}/">云南省医疗机构药品采购管理办法</a>' in back


def test_writes_that_send_no_signal_change_the_pages_at_once(client, published, org_tree, settings):
    """A queryset ``update`` or ``bulk_create`` sends no post_save; the pages change all the
    same, at the next request."""
    from gongkai.orgs.models import Organisation
    from gongkai.publishing.models import InformationItem

    notice = published["notice"]
    item_page = f"/info/items/{notice.pk}/"
    assert client.get(item_page).status_code == 200
    assert "关于进一步改善医疗服务的通知" in client.get("/").content.decode()
    InformationItem.objects.filter(pk=notice.pk).update(is_public=False)
    assert client.get(item_page).status_code == 404
    assert "关于进一步改善医疗服务的通知" not in client.get("/").content.decode()

    # The site's name in every page's header, kept under the same generation.
    settings.GONGKAI_SITE_ORG = "平度市人民政府"
    org_page = f"/orgs/{org_tree['city'].pk}/"
    assert "平度市人民政府" in client.get(org_page).content.decode()
    Organisation.objects.filter(pk=org_tree["city"].pk).update(site_name="平度市政务公开")
    page = client.get(org_page).content.decode()
    assert "<title>" in page and "平度市政务公开" in page.split("</title>")[0]


def test_contents_added_in_bulk_show_on_the_published_issue_at_once(
    client, org_tree, coordinator, django_capture_on_commit_callbacks
):
    from gongkai.gazette.models import Content
    from gongkai.gazette.services import content_save
    from gongkai.gazette.tests.factories import make_issue, pdf_upload, publish_issue

    with django_capture_on_commit_callbacks(execute=True):  # the PDF is read
        issue = make_issue(org=org_tree["commission"], actor=coordinator, pdf=pdf_upload())
    content_save(issue=issue, actor=coordinator, title="云南省医疗机构药品采购管理办法", page=2)
    publish_issue(issue, actor=coordinator)
    page = f"/gazette/issue/{issue.pk}/"
    assert "云南省乡村医生执业管理办法" not in client.get(page).content.decode()
    Content.objects.bulk_create(
        [Content(issue=issue, order=2, title="云南省乡村医生执业管理办法", page=3)]
    )
    assert "云南省乡村医生执业管理办法" in client.get(page).content.decode()
