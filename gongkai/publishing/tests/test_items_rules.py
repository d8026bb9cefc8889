"""Item rules: bad input refused whole, timeliness, interpretations, normative chain, themes."""

from datetime import date

import pytest
import time_machine
from django.test import Client

from gongkai.core.errors import DomainError
from gongkai.publishing.models import Attachment, InformationItem, Kind, Theme, Validity
from gongkai.publishing.selectors import (
    interpretations_missing,
    items_late,
    normative_lapsing,
)
from gongkai.publishing.services import attachment_add, item_update
from gongkai.publishing.states import Status

from .factories import docx_bytes, make_item, publish

pytestmark = pytest.mark.django_db


def test_theme_tree_has_the_22_state_council_themes():
    tops = Theme.objects.filter(parent=None).order_by("number")
    assert tops.count() == 22
    assert tops.first().name == "国务院组织机构" and tops.last().name == "其他"
    assert str(Theme.objects.get(parent__number=13, name="卫生")) == "卫生、体育\\卫生"


def test_script_in_body_is_refused_and_nothing_is_saved(org_tree, editor):
    for body in (
        '<p onclick="x()">正文</p>',
        "<script>alert(1)</script>",
        '<a href="javascript:x">',
    ):
        with pytest.raises(DomainError, match="脚本"):
            make_item(org=org_tree["office"], actor=editor, body=body)
    assert not InformationItem.objects.exists()


def test_body_is_sanitised(org_tree, editor):
    item = make_item(
        org=org_tree["office"], actor=editor, body="<p>正文<style>x</style></p><font>甲</font>"
    )
    assert item.body == "<p>正文</p>甲"


def test_duplicate_document_number_for_issuer_and_year_is_refused(org_tree, editor, coordinator):
    make_item(org=org_tree["office"], actor=editor, doc_number="云卫办发〔2024〕3号")
    with pytest.raises(DomainError, match="已有文号为云卫办发〔2024〕3号"):
        make_item(
            org=org_tree["office"], actor=editor, doc_number="云卫办发〔2024〕3号", title="乙"
        )
    # the same number in another year, or from another issuer, is fine
    make_item(org=org_tree["office"], actor=editor, doc_number="云卫办发〔2023〕3号", title="丙")
    make_item(org=org_tree["commission"], actor=coordinator, doc_number="云卫办发〔2024〕3号")
    assert InformationItem.objects.count() == 3


def test_attachment_whose_content_does_not_match_its_extension_is_refused(org_tree, editor):
    item = make_item(org=org_tree["office"], actor=editor)
    with pytest.raises(DomainError, match="内容与扩展名 .pdf 不符"):
        attachment_add(item=item, actor=editor, name="名单.pdf", data=docx_bytes("甲"))
    with pytest.raises(DomainError, match="附件只能是"):
        attachment_add(item=item, actor=editor, name="run.exe", data=b"MZ\x90\x00")
    with pytest.raises(DomainError, match="内容与扩展名 .xlsx 不符"):
        attachment_add(item=item, actor=editor, name="表.xlsx", data=docx_bytes("甲"))
    assert not Attachment.objects.exists()


def test_due_date_is_twenty_working_days_after_forming(org_tree, editor):
    # 2024-09-27 (Fri) + 20 WD = 2024-10-30: Oct 1-7 National Day off, Sep 29 and Oct 12 worked.
    item = make_item(
        org=org_tree["office"],
        actor=editor,
        written_on=date(2024, 9, 27),
        formed_on=date(2024, 9, 27),
    )
    assert item.due_on == date(2024, 10, 30)


def test_late_publication_is_flagged(org_tree, editor, reviewer, coordinator):
    people = {"editor": editor, "reviewer": reviewer, "coordinator": coordinator}
    on_time = make_item(org=org_tree["office"], actor=editor, title="按时")
    late = make_item(org=org_tree["office"], actor=editor, title="逾期")
    publish(on_time, **people, on=date(2024, 3, 29))  # due 2024-03-29: 20 WD after 03-01
    publish(late, **people, on=date(2024, 4, 1))
    unpublished = make_item(org=org_tree["office"], actor=editor, title="未发布")
    flagged = items_late(user=coordinator, today=date(2024, 4, 2))
    assert {i.title for i in flagged} == {late.title, unpublished.title}
    assert items_late(user=coordinator, today=date(2024, 3, 29)) == [late]


def test_policy_without_interpretation_is_flagged_after_three_working_days(
    org_tree, editor, reviewer, coordinator
):
    people = {"editor": editor, "reviewer": reviewer, "coordinator": coordinator}
    policy = make_item(
        org=org_tree["office"], actor=editor, kind=Kind.POLICY, needs_interpretation=True
    )
    publish(policy, **people, on=date(2024, 3, 8))  # Friday; due 2024-03-13 (Wed)
    assert interpretations_missing(user=coordinator, today=date(2024, 3, 13)) == []
    assert interpretations_missing(user=coordinator, today=date(2024, 3, 14)) == [policy]
    interp = make_item(
        org=org_tree["office"],
        actor=editor,
        kind=Kind.INTERPRETATION,
        interprets=policy,
        title="解读",
    )
    publish(interp, **people, on=date(2024, 3, 14))
    # PUB-INTERP-1: an interpretation one working day too late leaves the document flagged as
    # late (解读逾期), not as resolved
    flagged = interpretations_missing(user=coordinator, today=date(2024, 3, 14))
    assert flagged == [policy]
    assert flagged[0].interpretation_published_on == date(2024, 3, 14)
    assert list(policy.interpretations.all()) == [interp]
    # counted for the year it came out in, not the next
    assert (
        interpretations_missing(
            user=coordinator, today=date(2025, 1, 6), late_since=date(2025, 1, 1)
        )
        == []
    )


def test_an_interpretation_within_three_working_days_clears_the_flag(
    org_tree, editor, reviewer, coordinator
):
    people = {"editor": editor, "reviewer": reviewer, "coordinator": coordinator}
    policy = make_item(
        org=org_tree["office"], actor=editor, kind=Kind.POLICY, needs_interpretation=True
    )
    publish(policy, **people, on=date(2024, 3, 8))  # due 2024-03-13
    interp = make_item(
        org=org_tree["office"], actor=editor, kind=Kind.INTERPRETATION, interprets=policy
    )
    publish(interp, **people, on=date(2024, 3, 13))
    assert interpretations_missing(user=coordinator, today=date(2024, 3, 20)) == []


def test_the_attention_page_tells_a_late_interpretation_from_a_missing_one(
    org_tree, editor, reviewer, coordinator
):
    people = {"editor": editor, "reviewer": reviewer, "coordinator": coordinator}
    late = make_item(
        org=org_tree["office"],
        actor=editor,
        kind=Kind.POLICY,
        needs_interpretation=True,
        title="关于加强卫生应急工作的通知",
    )
    missing = make_item(
        org=org_tree["office"],
        actor=editor,
        kind=Kind.POLICY,
        needs_interpretation=True,
        title="关于做好疫苗接种工作的通知",
    )
    publish(late, **people, on=date(2024, 3, 8))
    publish(missing, **people, on=date(2024, 3, 8))
    interp = make_item(
        org=org_tree["office"], actor=editor, kind=Kind.INTERPRETATION, interprets=late
    )
    publish(interp, **people, on=date(2024, 3, 15))
    client = Client()
    client.force_login(coordinator)
    with time_machine.travel(date(2024, 3, 20), tick=False):
        html = client.get("/office/publishing/attention/").content.decode()
    section = html[html.index('id="interp-heading"') :]
    late_row = section[section.index("关于加强卫生应急工作的通知") :][:600]
    missing_row = section[section.index("关于做好疫苗接种工作的通知") :][:600]
    assert "2024-03-15" in late_row and "解读逾期" in late_row
    assert "尚未发布" in missing_row and "解读逾期" not in missing_row
    # the document's own page carries the flag too
    with time_machine.travel(date(2024, 3, 20), tick=False):
        page = client.get(f"/office/publishing/{late.pk}/").content.decode()
        other = client.get(f"/office/publishing/{missing.pk}/").content.decode()
    row = page[page.index('id="interpretation-check"') :][:500]
    assert "2024-03-13" in row and "解读逾期" in row and "2024-03-15" in row
    row = other[other.index('id="interpretation-check"') :][:500]
    assert "已逾期，尚未发布" in row


def test_amending_and_repealing_documents_update_the_chain(org_tree, editor, reviewer, coordinator):
    people = {"editor": editor, "reviewer": reviewer, "coordinator": coordinator}
    office = org_tree["office"]
    old = make_item(
        org=office, actor=editor, kind=Kind.NORMATIVE, title="办法", doc_number="规〔2020〕1号"
    )
    gone = make_item(
        org=office, actor=editor, kind=Kind.NORMATIVE, title="暂行办法", doc_number="规〔2019〕1号"
    )
    publish(old, **people)
    publish(gone, **people)
    amend = make_item(org=office, actor=editor, kind=Kind.NORMATIVE, title="修改决定",
                      doc_number="规〔2024〕1号", amends=old)  # fmt: skip
    repeal = make_item(org=office, actor=editor, kind=Kind.RULE, title="新办法",
                       doc_number="规〔2024〕2号", repeals=gone)  # fmt: skip
    publish(amend, **people)
    publish(repeal, **people)
    old.refresh_from_db()
    gone.refresh_from_db()
    assert (old.status, old.validity) == (Status.PUBLISHED, Validity.AMENDED)
    assert (gone.status, gone.validity) == (Status.REPEALED, Validity.REPEALED)
    assert gone.is_public  # a repealed document stays on the public list, marked 已废止
    page = Client().get(gone.get_public_url()).content.decode()
    assert "本文件已废止。" in page
    assert "本文件已废止。" not in Client().get(old.get_public_url()).content.decode()


def test_normative_validity_lapsing_within_30_days_is_flagged(
    org_tree, editor, reviewer, coordinator
):
    people = {"editor": editor, "reviewer": reviewer, "coordinator": coordinator}
    doc = make_item(org=org_tree["office"], actor=editor, kind=Kind.NORMATIVE,
                    valid_from=date(2024, 3, 1), valid_until=date(2026, 3, 1))  # fmt: skip
    publish(doc, **people)
    # 30 days before 2026-03-01 is 2026-01-30 (January has 31 days)
    assert normative_lapsing(user=coordinator, today=date(2026, 1, 29)) == []
    assert normative_lapsing(user=coordinator, today=date(2026, 1, 30)) == [doc]


def test_editing_a_published_item_needs_an_amendment_first(org_tree, editor, reviewer, coordinator):
    item = make_item(org=org_tree["office"], actor=editor)
    publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)
    with pytest.raises(DomainError, match="不能修改"):
        item_update(item=item, actor=editor, fields={"title": "改"})


def test_unit_editor_sees_only_own_unit(org_tree, editor, coordinator):
    from gongkai.publishing.selectors import item_list

    mine = make_item(org=org_tree["office"], actor=editor)
    other = make_item(org=org_tree["commission"], actor=coordinator, title="委机关")
    assert list(item_list(user=editor)) == [mine]
    assert set(item_list(user=coordinator)) == {mine, other}


@time_machine.travel("2024-04-02 10:00 +0800", tick=False)
def test_dashboard_cards_for_coordinator(client, org_tree, editor, coordinator):
    make_item(org=org_tree["office"], actor=editor, title="未发布")  # due 2024-03-29
    client.force_login(coordinator)
    page = client.get("/office/").content.decode()
    assert "逾期公开信息（20个工作日）" in page


def test_an_image_from_another_website_is_refused_in_the_body(org_tree, editor):
    from gongkai.core.errors import DomainError
    from gongkai.publishing.content import body_clean

    for html in (
        '<p><img src="https://tracker.example.com/pixel.gif"></p>',
        "<p><IMG alt='x' SRC='//cdn.example.net/a.png'></p>",
    ):
        with pytest.raises(DomainError) as refused:
            body_clean(html)
        assert refused.value.code == "external_image"
    assert body_clean('<p><img src="/media/publishing/1/a.png" alt="图"></p>').startswith("<p><img")
