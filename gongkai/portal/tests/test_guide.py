"""The 政府信息公开指南: generated from the organisation's data, versioned (PUB-GUIDE-1)."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from gongkai.core.errors import DomainError
from gongkai.core.models import AuditEntry
from gongkai.portal.models import GuideVersion
from gongkai.portal.selectors import guide_current
from gongkai.portal.services import GUIDE_STAGE
from gongkai.portal.tests.factories import publish_guide
from gongkai.publishing.tests.factories import approve_request

pytestmark = pytest.mark.django_db

FIELDS = {
    "office_name": "省卫生计生委办公室",
    "address": "昆明市西园路1号",
    "hours": "工作日9:00—17:00",
    "phone": "0871-67195100",
    "fax": "0871-67195101",
    "email": "gk@example.gov.cn",
    "website": "https://example.gov.cn/",
    "postcode": "650031",
    "classification": "",
    "how_to_apply": "",
    "note": "",
}


def save(org, actor, on: date, **changes) -> GuideVersion:
    """Save, review and publish a version, as the office does."""
    return publish_guide(org=org, actor=actor, fields={**FIELDS, "effective_from": on, **changes})


def test_the_version_in_force_is_the_latest_whose_date_has_come(org_tree, coordinator):
    org = org_tree["commission"]
    first = save(org, coordinator, date(2019, 5, 15), phone="0871-1111111")
    second = save(org, coordinator, date(2024, 1, 1), phone="0871-2222222")
    save(org, coordinator, date(2099, 1, 1), phone="0871-3333333")  # announced ahead
    assert [first.number, second.number] == [1, 2]
    assert guide_current(org=org, on=date(2023, 12, 31)) == first
    assert guide_current(org=org, on=date(2024, 6, 1)) == second
    assert GuideVersion.objects.filter(org=org).count() == 3  # nothing overwritten


def test_only_the_organisations_coordinator_may_save(
    org_tree, coordinator, editor, city_coordinator
):
    with pytest.raises(DomainError):
        save(org_tree["commission"], editor, date(2024, 1, 1))
    with pytest.raises(DomainError):
        save(org_tree["commission"], city_coordinator, date(2024, 1, 1))
    save(org_tree["commission"], coordinator, date(2024, 1, 1))
    assert AuditEntry.objects.filter(action="portal.guide_save").count() == 1


def test_guide_page_is_written_from_the_organisations_data(client, org_tree, coordinator):
    org = org_tree["commission"]
    save(org, coordinator, date(2024, 1, 1))
    html = client.get(f"/guide/{org.pk}/").content.decode()
    assert "云南省卫生和计划生育委员会政府信息公开指南" in html
    # the contact block of Art. 12: name, address, hours, phone, fax, internet contact
    contact = [
        "机构名称：省卫生计生委办公室",
        "办公地址：昆明市西园路1号",
        "传真号码：0871-67195101",
        "互联网联系方式：https://example.gov.cn/",
        "邮政编码：650031",
    ]
    for text in contact:
        assert text in html
    # how to apply, generated because the coordinator left it empty
    assert (
        "信函申请：请在信封左下角注明“政府信息公开申请”字样，寄至昆明市西园路1号（邮编：650031）"
        in html
    )
    assert "20个工作日内" in html


def test_coordinator_text_replaces_the_generated_one(client, org_tree, coordinator):
    org = org_tree["commission"]
    save(org, coordinator, date(2024, 1, 1), how_to_apply="请到政务服务大厅3号窗口提交申请。")
    html = client.get(f"/guide/{org.pk}/").content.decode()
    assert "请到政务服务大厅3号窗口提交申请。" in html
    assert "信函申请" not in html


def test_earlier_versions_stay_readable(client, org_tree, coordinator):
    org = org_tree["commission"]
    save(org, coordinator, date(2019, 5, 15), phone="0871-1111111", note="首次发布")
    save(org, coordinator, date(2024, 1, 1), phone="0871-2222222", note="更新电话")
    current = client.get(f"/guide/{org.pk}/").content.decode()
    assert "0871-2222222" in current and "0871-1111111" not in current
    earlier = client.get(f"/guide/{org.pk}/", {"version": 1}).content.decode()
    assert "0871-1111111" in earlier
    assert "这是本指南的历史版本" in earlier
    assert client.get(f"/guide/{org.pk}/", {"version": 9}).status_code == 404


def test_a_guide_not_yet_in_force_is_not_shown(client, org_tree, coordinator):
    org = org_tree["commission"]
    save(org, coordinator, timezone.localdate() + timedelta(days=10))
    assert client.get(f"/guide/{org.pk}/").status_code == 404
    assert org.name not in client.get("/guide/").content.decode()


def test_coordinator_saves_a_new_version_in_the_back_office(client, org_tree, coordinator):
    org = org_tree["commission"]
    save(org, coordinator, date(2019, 5, 15))
    client.login(username="coordinator", password="pw-coordinator")
    form = client.get("/office/portal/guide/")
    assert form.status_code == 200
    assert form.context["form"].initial["phone"] == "0871-67195100"  # prefilled from v1
    response = client.post(
        f"/office/portal/guide/?org={org.pk}",
        {**FIELDS, "effective_from": "2024-02-01", "phone": "0871-9999999", "note": "换号"},
    )
    assert response.status_code == 302
    latest = GuideVersion.objects.get(org=org, number=2)
    assert (latest.phone, latest.effective_from) == ("0871-9999999", date(2024, 2, 1))
    assert "0871-9999999" not in client.get(f"/guide/{org.pk}/").content.decode()  # in review
    approve_request(latest, GUIDE_STAGE, keep=("0871-9999999", "0871-67195101"))
    client.post(f"/office/portal/guide/{latest.pk}/publish/")
    assert "0871-9999999" in client.get(f"/guide/{org.pk}/").content.decode()


def test_editors_cannot_open_the_guide_editor(client, editor):
    client.login(username="editor", password="pw-editor")
    assert client.get("/office/portal/guide/").status_code == 403


def test_dashboard_tells_the_coordinator_what_is_missing(client, org_tree, coordinator):
    client.login(username="coordinator", password="pw-coordinator")
    cards = {c["title"]: c for c in client.get("/office/").context["widgets"]}
    guide_card = cards["省卫生计生委政府信息公开指南"]
    assert (guide_card["value"], guide_card["tone"]) == ("无", "danger")
    save(org_tree["commission"], coordinator, date(2019, 5, 15))
    cards = {c["title"]: c for c in client.get("/office/").context["widgets"]}
    assert cards["省卫生计生委政府信息公开指南"]["value"] == "第1版"
    year = timezone.localdate().year - 1
    report = cards[f"省卫生计生委{year}年度年报（{'01-31'}前发布）"]
    assert report["value"] == "未发布"


def test_a_governments_report_is_due_on_31_march(client, org_tree):
    """《条例》第四十九条: the people's government's report by 31 March, not 31 January."""
    from gongkai.orgs.roles import Role
    from gongkai.orgs.services import membership_grant, user_create

    user = user_create(username="province-office", password="pw-province", full_name="省政府办")
    membership_grant(user=user, org=org_tree["province"], role=Role.COORDINATOR)
    client.force_login(user)
    titles = [c["title"] for c in client.get("/office/").context["widgets"]]
    year = timezone.localdate().year - 1
    assert f"云南省人民政府{year}年度年报（03-31前发布）" in titles
