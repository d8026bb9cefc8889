"""The item workflow: review with privacy findings, publication, versions, index numbers."""

from datetime import date

import docx
import pytest

from gongkai.core.errors import DomainError, PermissionDeniedError
from gongkai.core.models import AuditEntry
from gongkai.publishing.models import Attribute, PrivacyFinding, Validity
from gongkai.publishing.services import (
    attachment_add,
    finding_decide,
    item_amend_start,
    item_publish,
    item_review,
    item_submit,
    item_update,
    item_withdraw,
)
from gongkai.publishing.states import TRANSITIONS, Status

from .factories import (
    ID_NUMBER,
    LIST_BODY,
    body_findings,
    docx_bytes,
    make_item,
    make_withheld_item,
    publish,
)

pytestmark = pytest.mark.django_db


def test_every_state_has_a_row_and_terminal_states_are_terminal():
    assert set(TRANSITIONS) == set(Status.values)
    for state in (Status.WITHDRAWN, Status.REPEALED, Status.EXPIRED):
        assert TRANSITIONS[state] == set()
    assert Status.PUBLISHED not in TRANSITIONS[Status.DRAFT]  # never without a review


def test_submit_scans_body_and_reviewer_sees_each_finding(org_tree, editor, reviewer):
    item = make_item(org=org_tree["office"], actor=editor, body=LIST_BODY)
    count = item_submit(item=item, actor=editor)
    found = [(f.kind, f.text, f.masked) for f in body_findings(item)]
    # Hand-checked: two names in the 姓名 column, the ID (valid check digit), two mobiles and the
    # office hotline are flagged (the hotline as a public contact, never masked); the amounts
    # are not.
    assert found == [
        ("name", "张三明", "张*明"),
        ("id_number", ID_NUMBER, "530102********1233"),
        ("phone", "13812345678", "138****5678"),
        ("name", "李秀英", "李*英"),
        ("phone", "13987654321", "139****4321"),
        ("public_contact", "0871-65432100", "0871-65432100"),
    ]
    assert count == 6
    assert item.status == Status.IN_REVIEW


def test_approval_waits_for_every_finding_then_publishes_masked_text(
    org_tree, editor, reviewer, coordinator
):
    item = make_item(org=org_tree["office"], actor=editor, body=LIST_BODY)
    item_submit(item=item, actor=editor)
    with pytest.raises(DomainError, match="6"):
        item_review(item=item, actor=reviewer, approve=True, opinion="同意")
    for f in body_findings(item):
        keep = f.text == "0871-65432100"  # the office's public hotline stays
        decision = PrivacyFinding.Decision.REJECTED if keep else PrivacyFinding.Decision.ACCEPTED
        finding_decide(finding=f, actor=reviewer, decision=decision)
    item_review(item=item, actor=reviewer, approve=True, opinion="不涉密，已去标识化。")
    version = item_publish(item=item, actor=coordinator, published_on=date(2024, 3, 8))
    assert "张*明" in version.body and "张三明" not in version.body
    assert "530102********1233" in version.body and ID_NUMBER not in version.body
    assert "138****5678" in version.body
    assert "0871-65432100" in version.body
    assert "<table>" in version.body  # structure kept, only text nodes masked
    item.refresh_from_db()
    assert item.status == Status.PUBLISHED and item.is_public
    assert item.reviews.get().opinion == "不涉密，已去标识化。"


def test_publishing_without_review_is_refused(org_tree, editor, coordinator):
    item = make_item(org=org_tree["office"], actor=editor)
    with pytest.raises(DomainError, match="审查"):
        item_publish(item=item, actor=coordinator)
    item_submit(item=item, actor=editor)
    with pytest.raises(DomainError):
        item_publish(item=item, actor=coordinator)
    item.refresh_from_db()
    assert item.status == Status.IN_REVIEW and not item.versions.exists()


def test_editor_cannot_review_and_reviewer_cannot_publish(org_tree, editor, reviewer):
    item = make_item(org=org_tree["office"], actor=editor)
    item_submit(item=item, actor=editor)
    with pytest.raises(PermissionDeniedError):
        item_review(item=item, actor=editor, approve=True, opinion="同意")
    item_review(item=item, actor=reviewer, approve=True, opinion="同意")
    with pytest.raises(PermissionDeniedError):
        item_publish(item=item, actor=reviewer)


def test_return_sends_a_draft_back_and_keeps_decisions_on_resubmit(org_tree, editor, reviewer):
    item = make_item(org=org_tree["office"], actor=editor, body=LIST_BODY)
    item_submit(item=item, actor=editor)
    first = body_findings(item)[0]
    finding_decide(finding=first, actor=reviewer, decision=PrivacyFinding.Decision.ACCEPTED)
    item_review(item=item, actor=reviewer, approve=False, opinion="请补充文号。")
    assert item.status == Status.DRAFT
    item_update(item=item, actor=editor, fields={"doc_number": "云卫发〔2024〕3号"})
    item_submit(item=item, actor=editor)
    decisions = [f.decision for f in body_findings(item)]
    assert decisions[0] == PrivacyFinding.Decision.ACCEPTED
    assert decisions.count(PrivacyFinding.Decision.PENDING) == 5


def test_index_number_is_generated_per_org_and_year_and_stays_on_amendment(
    org_tree, editor, reviewer, coordinator
):
    org_tree["office"].code = "015123456"
    org_tree["office"].save()
    people = {"editor": editor, "reviewer": reviewer, "coordinator": coordinator}
    a = make_item(org=org_tree["office"], actor=editor, title="甲")
    b = make_item(org=org_tree["office"], actor=editor, title="乙")
    publish(a, **people)
    publish(b, **people)
    a.refresh_from_db()
    b.refresh_from_db()
    assert (a.index_number, b.index_number) == ("015123456/2024-00001", "015123456/2024-00002")
    item_amend_start(item=a, actor=editor, reason="更正联系电话")
    item_update(item=a, actor=editor, fields={"body": "<p>更正后的正文。</p>"})
    publish(a, **people, on=date(2024, 4, 1))
    a.refresh_from_db()
    assert a.index_number == "015123456/2024-00001"
    assert [v.number for v in a.versions.all()] == [2, 1]
    assert a.versions.get(number=1).body == "<p>正文。</p>"  # the old version is kept
    assert a.published_on == date(2024, 3, 8)  # first publication date stays
    assert AuditEntry.objects.filter(action="publishing.item_amend", object_id=str(a.pk)).exists()


def test_public_keeps_the_old_version_while_an_amendment_is_reviewed(
    org_tree, editor, reviewer, coordinator
):
    item = make_item(org=org_tree["office"], actor=editor)
    publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)
    item_amend_start(item=item, actor=editor, reason="修订")
    item_update(item=item, actor=editor, fields={"body": "<p>新正文</p>"})
    item.refresh_from_db()
    assert item.is_public and item.status == Status.REVISING
    assert item.versions.get().body == "<p>正文。</p>"


def test_withdraw_hides_the_item_and_is_audited(org_tree, editor, reviewer, coordinator):
    item = make_item(org=org_tree["office"], actor=editor)
    publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)
    with pytest.raises(DomainError):
        item_withdraw(item=item, actor=coordinator, reason="")
    item_withdraw(item=item, actor=coordinator, reason="信息有误")
    item.refresh_from_db()
    assert item.status == Status.WITHDRAWN and not item.is_public
    entry = AuditEntry.objects.get(action="publishing.item_withdraw")
    assert (entry.from_state, entry.to_state, entry.reason) == (
        "published",
        "withdrawn",
        "信息有误",
    )


def test_withheld_item_needs_ground_and_never_publishes(org_tree, editor, reviewer, coordinator):
    with pytest.raises(DomainError, match="依据"):
        make_item(org=org_tree["office"], actor=editor, attribute=Attribute.WITHHELD)
    item = make_withheld_item(org=org_tree["office"], actor=editor)
    item_submit(item=item, actor=editor)
    item_review(item=item, actor=reviewer, approve=True, opinion="同意不予公开")
    with pytest.raises(DomainError, match="不予公开"):
        item_publish(item=item, actor=coordinator)


def test_docx_attachment_is_scanned_and_published_masked(org_tree, editor, reviewer, coordinator):
    item = make_item(org=org_tree["office"], actor=editor)
    data = docx_bytes("低保对象：王小明，电话13812345678。")
    attachment = attachment_add(item=item, actor=editor, name="名单.docx", data=data)
    publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)
    attachment.refresh_from_db()
    assert {f.text for f in attachment.findings.all()} >= {"13812345678"}
    with attachment.masked_file.open("rb") as handle:
        text = "\n".join(p.text for p in docx.Document(handle).paragraphs)
    assert "138****5678" in text and "13812345678" not in text
    with attachment.file.open("rb") as handle:  # the original stays for the record
        assert "13812345678" in "\n".join(p.text for p in docx.Document(handle).paragraphs)


def test_validity_label_defaults_in_force(org_tree, editor):
    item = make_item(org=org_tree["office"], actor=editor)
    assert item.validity == Validity.IN_FORCE


def test_items_whose_validity_ended_are_expired_overnight_and_coordinators_told(
    org_tree, editor, reviewer, coordinator, django_capture_on_commit_callbacks
):
    from gongkai.core.models import Notification
    from gongkai.publishing.models import Kind
    from gongkai.publishing.services import items_expire_lapsed

    def normative(title: str, until: date):
        item = make_item(
            org=org_tree["office"], actor=editor, kind=Kind.NORMATIVE, title=title,
            doc_number=f"云卫规〔2024〕{until.day}号", valid_from=date(2024, 1, 1),
            valid_until=until,
        )  # fmt: skip
        publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)
        return item

    ended = normative("药品采购管理办法", date(2024, 6, 30))
    last_day = normative("医疗废物管理办法", date(2024, 7, 1))
    amending = normative("乡村医生管理办法", date(2024, 6, 2))
    item_amend_start(item=amending, actor=editor, reason="修订")

    with django_capture_on_commit_callbacks(execute=True):
        expired = items_expire_lapsed(today=date(2024, 7, 1))

    assert expired == [ended.pk]
    ended.refresh_from_db()
    last_day.refresh_from_db()
    assert (ended.status, ended.validity) == (Status.EXPIRED, Validity.EXPIRED)
    assert ended.is_public  # still shown, now as 失效
    assert (last_day.status, last_day.validity) == (Status.PUBLISHED, Validity.IN_FORCE)
    entry = AuditEntry.objects.get(action="publishing.item_expire")
    assert (entry.actor_id, entry.to_state) == (None, "expired")
    assert "2024-06-30" in entry.reason
    note = Notification.objects.get(user=coordinator, kind="publishing.lapsed")
    assert "药品采购管理办法" in note.title
    assert items_expire_lapsed(today=date(2024, 7, 2)) == [last_day.pk]  # once each
