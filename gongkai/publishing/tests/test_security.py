"""What reaches the public is what was reviewed; staff of one body cannot act on another's items."""

from datetime import date

import pytest
from django.urls import reverse

from gongkai.core.errors import DomainError
from gongkai.orgs.roles import Role
from gongkai.orgs.services import membership_grant, user_create
from gongkai.publishing.models import InformationItem, Kind, ListType, Validity
from gongkai.publishing.services import (
    attachment_add,
    item_amend_start,
    item_create,
    item_submit,
    item_update,
    list_create,
    list_version_import,
)
from gongkai.publishing.states import Status

from .factories import ID_NUMBER, item_fields, make_item, publish, xlsx_bytes

pytestmark = pytest.mark.django_db

#: What an editor types into the working copy of a published item before anyone reviewed it.
UNREVIEWED = {
    "title": "更正：张三明的低保待遇",
    "summary": f"张三明，身份证号{ID_NUMBER}，电话13812345678。",
    "keywords": "张三明 13812345678",
    "doc_number": "云卫办〔2024〕99号",
}


@pytest.fixture
def amended(org_tree, editor, reviewer, coordinator):
    """A published item whose working copy now holds personal data, not yet reviewed."""
    item = make_item(org=org_tree["office"], actor=editor, doc_number="云卫办〔2024〕1号")
    publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)
    item_amend_start(item=item, actor=editor, reason="更正名单")
    item_update(item=item, actor=editor, fields=UNREVIEWED)
    item.refresh_from_db()
    assert item.status == Status.REVISING and item.is_public  # the public keeps version 1
    return item


def _assert_only_the_published_copy(text: str) -> None:
    assert "关于公布2024年第一季度城乡低保对象名单的公告" in text
    for secret in ("张三明", ID_NUMBER, "13812345678", "云卫办〔2024〕99号"):
        assert secret not in text


def test_public_list_shows_the_published_title_not_the_unreviewed_working_copy(client, amended):
    _assert_only_the_published_copy(client.get("/info/").content.decode())


def test_public_api_shows_the_published_metadata_not_the_unreviewed_working_copy(client, amended):
    listing = client.get("/api/info/items/").json()["results"]
    assert [(r["title"], r["summary"], r["doc_number"]) for r in listing] == [
        (
            "关于公布2024年第一季度城乡低保对象名单的公告",
            "公布第一季度低保对象。",
            "云卫办〔2024〕1号",
        )
    ]
    _assert_only_the_published_copy(client.get(f"/api/info/items/{amended.pk}/").content.decode())


def test_public_search_does_not_match_unreviewed_keywords(client, amended):
    # Matching the phone number in the working copy would confirm it to anyone who guesses it.
    assert client.get("/api/info/items/", {"q": "13812345678"}).json()["count"] == 0
    assert client.get("/api/info/items/", {"q": "城乡低保"}).json()["count"] == 1


# --- another organisation's documents --------------------------------------------------------


@pytest.fixture
def city_rule(org_tree, city_coordinator, django_capture_on_commit_callbacks):
    """A normative document the city published; nothing of the commission's may touch it."""
    reviewer = user_create(username="cityreviewer", password="pw-cityreviewer")
    membership_grant(user=reviewer, org=org_tree["city"], role=Role.REVIEWER)
    rule = make_item(
        org=org_tree["civil"],
        actor=city_coordinator,
        kind=Kind.NORMATIVE,
        title="平度市最低生活保障办法",
        doc_number="平民发〔2023〕3号",
    )
    publish(rule, editor=city_coordinator, reviewer=reviewer, coordinator=city_coordinator)
    return rule


def test_api_refuses_to_repeal_another_organisations_document(client, org_tree, editor, city_rule):
    client.force_login(editor)
    payload = {
        **item_fields(kind=Kind.NORMATIVE, title="关于废止有关文件的决定"),
        "org": org_tree["office"].pk,
        "written_on": "2024-03-01",
        "formed_on": "2024-03-01",
        "repeals": city_rule.pk,
    }
    response = client.post("/api/publishing/items/", payload, content_type="application/json")
    assert response.status_code == 400
    assert not InformationItem.objects.filter(repeals=city_rule).exists()
    city_rule.refresh_from_db()
    assert (city_rule.status, city_rule.validity) == (Status.PUBLISHED, Validity.IN_FORCE)


def test_services_refuse_links_to_documents_the_actor_cannot_see(org_tree, editor, city_rule):
    for link in ("amends", "repeals", "interprets"):
        kind = Kind.INTERPRETATION if link == "interprets" else Kind.NORMATIVE
        fields = item_fields(kind=kind, title=f"链接{link}", written_on=date(2024, 3, 1))
        with pytest.raises(DomainError):
            item_create(org=org_tree["office"], actor=editor, fields={**fields, link: city_rule})


# --- metadata is published as typed: it must carry no personal data ---------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("summary", f"申请人张三明（身份证号{ID_NUMBER}）的低保待遇。"),
        ("title", "关于13812345678用户投诉的答复"),
        ("keywords", f"低保 {ID_NUMBER}"),
    ],
)
def test_submit_refuses_metadata_with_an_id_number_or_a_mobile(org_tree, editor, field, value):
    # The body is scanned and masked; title, summary and keywords are published as typed, so
    # before the fix an ID number in the summary reached the public page, feed and API.
    item = make_item(org=org_tree["office"], actor=editor, **{field: value})
    with pytest.raises(DomainError) as info:
        item_submit(item=item, actor=editor)
    assert info.value.field == field
    assert ID_NUMBER not in info.value.message and "13812345678" not in info.value.message
    item.refresh_from_db()
    assert item.status == Status.DRAFT


def test_submit_accepts_an_office_hotline_in_the_summary(org_tree, editor):
    item = make_item(org=org_tree["office"], actor=editor, summary="监督电话：0871-65432100。")
    item_submit(item=item, actor=editor)
    item.refresh_from_db()
    assert item.status == Status.IN_REVIEW


# --- rich-text bodies ---------------------------------------------------------------------------


def test_body_styles_cannot_lay_a_fake_page_over_the_portal(
    client, org_tree, editor, reviewer, coordinator
):
    # A full-screen fixed block could cover the portal with a forged form (phishing); layout
    # styles staff actually use (alignment, indentation, widths in tables) are kept.
    overlay = (
        '<div style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:9999;'
        'background:url(https://evil.example/x.png)">请在此重新登录</div>'
        '<p style="text-align:center;text-indent:2em">正文</p>'
    )
    item = make_item(org=org_tree["office"], actor=editor, body=overlay)
    publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)
    page = client.get(f"/info/items/{item.pk}/").content.decode()
    assert "position" not in page and "evil.example" not in page and "z-index" not in page
    assert 'style="text-align:center;text-indent:2em"' in page


# --- lists (清单) are published on import: they pass the privacy scan first -------------------


def test_list_import_with_an_id_number_is_refused_before_anything_is_public(
    client, org_tree, coordinator
):
    power = ListType.objects.get(code="power")
    lst = list_create(org=org_tree["commission"], actor=coordinator, list_type=power, title="清单")
    rows = [
        power.columns,
        ["QL-1", "医疗机构执业登记", "行政许可", "条例", "审查", "违法"],
        ["QL-2", f"对张三明（{ID_NUMBER}）的处罚", "行政处罚", "条例", "审查", "违法"],
    ]
    with pytest.raises(DomainError) as info:
        list_version_import(disclosure_list=lst, actor=coordinator, data=xlsx_bytes(rows))
    assert "3" in info.value.message  # the row, as the coordinator counts it in Excel
    assert not lst.versions.exists()
    assert client.get(f"/info/lists/{lst.pk}/").status_code == 404


def test_attachment_originals_are_stored_under_unguessable_names(org_tree, editor):
    # The unmasked original sits beside the masked copy; wherever MEDIA is served without a
    # permission check (the DEBUG demo, a misconfigured web server) its URL must not be guessable
    # from the item number and the file name shown on the public page.
    item = make_item(org=org_tree["office"], actor=editor)
    first = attachment_add(item=item, actor=editor, name="名单.xlsx", data=xlsx_bytes([["a"]]))
    second = attachment_add(item=item, actor=editor, name="名单.xlsx", data=xlsx_bytes([["b"]]))
    for row in (first, second):
        assert row.file.name != f"publishing/{item.pk}/名单.xlsx"
        assert row.file.name.endswith(".xlsx") and len(row.file.name.split("/")[2]) >= 32
    assert first.file.name.split("/")[2] != second.file.name.split("/")[2]


def test_another_organisations_staff_get_404_on_drafts_files_and_findings(
    client, org_tree, editor, city_coordinator
):
    item = make_item(org=org_tree["office"], actor=editor, body=f"<p>身份证号{ID_NUMBER}</p>")
    attachment = attachment_add(item=item, actor=editor, name="名单.xlsx", data=xlsx_bytes([["a"]]))
    item_submit(item=item, actor=editor)
    finding = item.findings.get()
    views = [
        ("get", reverse("publishing:item_detail", args=[item.pk])),
        ("get", reverse("publishing:item_edit", args=[item.pk])),
        ("get", reverse("publishing:item_review", args=[item.pk])),
        ("get", reverse("publishing:attachment_download", args=[attachment.pk])),
        ("get", f"/api/publishing/items/{item.pk}/"),
    ]
    client.force_login(editor)
    # (the edit page sends an item under review back to its page)
    assert [getattr(client, m)(u).status_code for m, u in views] == [200, 302, 200, 200, 200]
    client.force_login(city_coordinator)
    assert [getattr(client, m)(u).status_code for m, u in views] == [404] * len(views)
    posts = [
        (reverse("publishing:finding_decide", args=[finding.pk]), {"decision": "rejected"}),
        (reverse("publishing:accept_all", args=[item.pk]), {}),
        (reverse("publishing:attachment_remove", args=[attachment.pk]), {}),
        (reverse("publishing:item_publish", args=[item.pk]), {}),
    ]
    assert [client.post(u, d).status_code for u, d in posts] == [404] * len(posts)
    finding.refresh_from_db()
    assert finding.decision == "pending" and item.attachments.count() == 1
