"""Every path to a public page passes the one confidentiality review (PUB-SECRET-1).

One test per path that it cannot publish unreviewed and that the reviewed path works; then the
review itself: 提请 upward, the preview showing kept findings unmasked, editors who cannot
publish, and withdrawing and correcting what was published.
"""

from datetime import date, timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from gongkai.core.errors import DomainError, PermissionDeniedError
from gongkai.core.models import AuditEntry
from gongkai.orgs.roles import Role
from gongkai.orgs.services import membership_grant, user_create
from gongkai.participation.models import Message
from gongkai.participation.services import (
    DRAFT_STAGE,
    MESSAGE_STAGE,
    OUTCOME_STAGE,
    OpinionInput,
    consultation_close,
    consultation_outcome_publish,
    consultation_outcome_submit,
    consultation_publish,
    consultation_review_submit,
    consultation_update,
    message_publish,
    message_review_submit,
    message_withdraw,
)
from gongkai.participation.states import ConsultationStatus, Decision, MessageStatus
from gongkai.participation.tests.factories import (
    add_comment,
    make_consultation,
    publish_message,
    replied_message,
)
from gongkai.portal.models import AnnualReport
from gongkai.portal.services import REPORT_STAGE, annual_report_publish, annual_report_save
from gongkai.publishing.models import (
    ListType,
    ListVersionStatus,
    PrivacyFinding,
    RequestStatus,
)
from gongkai.publishing.services import (
    attachment_add,
    attachment_remove,
    item_amend_start,
    item_publish,
    item_review,
    item_submit,
    list_create,
    list_version_import,
    list_version_publish,
    list_version_withdraw,
)
from gongkai.publishing.services.lists import LIST_STAGE
from gongkai.publishing.services.reviews import (
    published_texts,
    request_finding_decide,
    request_review,
    review_latest,
)
from gongkai.publishing.states import Status
from gongkai.publishing.tests.factories import (
    ID_NUMBER,
    approve_request,
    docx_bytes,
    make_item,
    publish,
    xlsx_bytes,
)

pytestmark = pytest.mark.django_db

#: As people type it: the ID number in three groups.
SPACED_ID = f"{ID_NUMBER[:6]} {ID_NUMBER[6:14]} {ID_NUMBER[14:]}"
MASKED_ID = f"{ID_NUMBER[:6]}********{ID_NUMBER[-4:]}"


def _audit(obj, action: str) -> list[AuditEntry]:
    kind = ContentType.objects.get_for_model(obj)
    return list(AuditEntry.objects.filter(content_type=kind, object_id=str(obj.pk), action=action))


@pytest.fixture
def upper_reviewer(org_tree):
    user = user_create(username="upper", password="pw-upper", full_name="上级审查员")
    membership_grant(user=user, org=org_tree["province"], role=Role.REVIEWER)
    return user


# -- each path: nothing public before an approved review ----------------------------------------


def test_a_message_and_its_reply_are_public_only_after_review(
    client, org_tree, coordinator, reviewer
):
    message = replied_message(
        org=org_tree["commission"], actor=coordinator, content=f"我的身份证号{ID_NUMBER}。"
    )
    with pytest.raises(DomainError, match="请先提交保密审查"):
        message_publish(message=message, actor=coordinator)
    message_review_submit(
        message=message, actor=coordinator, subject=message.subject,
        content=message.content, reply=message.reply,
    )  # fmt: skip
    with pytest.raises(DomainError, match="保密审查尚未完成"):
        message_publish(message=message, actor=coordinator)
    assert client.get(message.get_public_url()).status_code == 404
    assert client.get("/api/participation/messages/").json()["count"] == 0
    approve_request(message, MESSAGE_STAGE, reviewer=reviewer)
    message_publish(message=message, actor=coordinator)
    page = client.get(message.get_public_url()).content.decode()
    assert MASKED_ID in page and ID_NUMBER not in page


def test_a_returned_message_cannot_be_published(org_tree, coordinator, reviewer):
    message = replied_message(org=org_tree["commission"], actor=coordinator)
    request = message_review_submit(
        message=message, actor=coordinator, subject="门诊", content="周末开放吗？", reply="开放。"
    )
    request_review(request=request, actor=reviewer, outcome="return", opinion="请核实答复。")
    with pytest.raises(DomainError, match="请先提交保密审查"):
        message_publish(message=message, actor=coordinator)
    assert Message.objects.get(pk=message.pk).status == MessageStatus.REPLIED


def test_a_consultation_draft_is_public_only_after_review_and_an_edit_needs_a_new_one(
    client, org_tree, coordinator, reviewer
):
    today = timezone.localdate()
    draft = make_consultation(
        org=org_tree["commission"], actor=coordinator, starts_on=today,
        ends_on=today + timedelta(days=20), publish=False,
    )  # fmt: skip
    with pytest.raises(DomainError, match="请先提交保密审查"):
        consultation_publish(consultation=draft, actor=coordinator)
    consultation_review_submit(consultation=draft, actor=coordinator)
    approve_request(draft, DRAFT_STAGE, reviewer=reviewer)
    consultation_update(
        consultation=draft, actor=coordinator, draft=f"<p>联系人身份证号{ID_NUMBER}</p>"
    )  # edited after approval: the approval no longer covers the text
    with pytest.raises(DomainError, match="请先提交保密审查"):
        consultation_publish(consultation=draft, actor=coordinator)
    assert client.get(draft.get_public_url()).status_code == 404
    consultation_review_submit(consultation=draft, actor=coordinator)
    approve_request(draft, DRAFT_STAGE, reviewer=reviewer)
    consultation_publish(consultation=draft, actor=coordinator)
    page = client.get(draft.get_public_url()).content.decode()
    assert MASKED_ID in page and ID_NUMBER not in page


def test_a_consultation_outcome_is_public_only_after_review(
    client, org_tree, coordinator, reviewer
):
    start = date(2026, 10, 1)
    consultation = make_consultation(
        org=org_tree["commission"], actor=coordinator, starts_on=start, ends_on=date(2026, 10, 31)
    )
    add_comment(consultation, "c1", today=start)
    consultation_close(consultation=consultation, actor=coordinator, today=date(2026, 11, 2))
    consultation_outcome_submit(
        consultation=consultation, actor=coordinator, summary="收到意见1条。",
        opinions=[OpinionInput("取消预约", Decision.NOT_ADOPTED, "请联系13812345678了解。")],
    )  # fmt: skip
    with pytest.raises(DomainError, match="保密审查尚未完成"):
        consultation_outcome_publish(consultation=consultation, actor=coordinator)
    api = client.get(f"/api/participation/consultations/{consultation.pk}/").json()
    assert api["outcome_summary"] == "" and api["opinions"] == []
    approve_request(consultation, OUTCOME_STAGE, reviewer=reviewer)
    consultation_outcome_publish(consultation=consultation, actor=coordinator)
    consultation.refresh_from_db()
    assert consultation.status == ConsultationStatus.OUTCOME_PUBLISHED
    group = consultation.opinions.get()
    assert group.decision == Decision.NOT_ADOPTED and group.reason == "请联系138****5678了解。"


def test_a_list_version_is_public_only_after_review_and_can_be_withdrawn(
    client, org_tree, coordinator, reviewer
):
    power = ListType.objects.get(code="power")
    lst = list_create(org=org_tree["commission"], actor=coordinator, list_type=power, title="清单")
    row = ["QL-1", "执业登记", "行政许可", "条例", "经办人电话0871-65432100", "违法"]
    version = list_version_import(
        disclosure_list=lst, actor=coordinator, data=xlsx_bytes([power.columns, row])
    )
    assert version.status == ListVersionStatus.PENDING and version.published_on is None
    assert client.get(f"/info/lists/{lst.pk}/").status_code == 404
    with pytest.raises(DomainError, match="保密审查尚未完成"):
        list_version_publish(version=version, actor=coordinator)
    approve_request(version, LIST_STAGE, reviewer=reviewer)
    list_version_publish(version=version, actor=coordinator)
    page = client.get(f"/info/lists/{lst.pk}/").content.decode()
    assert "执业登记" in page and "0871-65432100" not in page  # the reviewer masked it
    list_version_withdraw(version=version, actor=coordinator, reason="名单有误，更正后重新公布")
    assert client.get(f"/info/lists/{lst.pk}/").status_code == 404
    [entry] = _audit(lst, "publishing.list_withdraw")
    assert entry.reason == "名单有误，更正后重新公布" and entry.actor == coordinator


def test_an_annual_report_is_public_only_after_review(client, org_tree, coordinator, reviewer):
    report = annual_report_save(
        org=org_tree["commission"], actor=coordinator, year=2025, title="2025年年报",
        published_on=date(2026, 1, 20),
        upload=SimpleUploadedFile("r.html", f"<p>身份证号{ID_NUMBER}</p>".encode()),
    )  # fmt: skip
    assert not AnnualReport.objects.get(pk=report.pk).is_public
    with pytest.raises(DomainError, match="保密审查尚未完成"):
        annual_report_publish(report=report, actor=coordinator)
    assert "2025年年报" not in client.get("/annual-reports/").content.decode()
    approve_request(report, REPORT_STAGE, reviewer=reviewer)
    annual_report_publish(report=report, actor=coordinator)
    assert "2025年年报" in client.get("/annual-reports/").content.decode()


def test_a_proposal_reply_is_public_only_after_review_and_without_contacts(
    client, org_tree, coordinator, reviewer
):
    from gongkai.proposals.services import proposal_publish, proposal_submit
    from gongkai.proposals.tests.factories import replied
    from gongkai.publishing.services import findings_accept_all

    proposal = replied(
        org=org_tree["commission"], actor=coordinator,
        reply=f"王丽华代表：\n已答复。\n身份证号{ID_NUMBER}\n联系电话：13908712345",
    )  # fmt: skip
    with pytest.raises(DomainError, match="保密审查"):
        proposal_publish(proposal=proposal, actor=coordinator)
    proposal_submit(proposal=proposal, actor=coordinator)
    proposal.refresh_from_db()
    assert "13908712345" not in proposal.item.body  # removed before it reached review
    assert ID_NUMBER in [f.text for f in proposal.item.findings.all()]  # flagged by the scan
    with pytest.raises(DomainError, match="保密审查"):
        proposal_publish(proposal=proposal, actor=coordinator)
    assert client.get(proposal.get_public_url()).status_code == 404
    with pytest.raises(DomainError):  # the finding is not decided yet
        item_review(item=proposal.item, actor=reviewer, approve=True, opinion="同意。")
    findings_accept_all(item=proposal.item, actor=reviewer)
    item_review(item=proposal.item, actor=reviewer, approve=True, opinion="同意公开。")
    proposal_publish(proposal=proposal, actor=coordinator)
    page = client.get(proposal.get_public_url()).content.decode()
    assert "已答复" in page and MASKED_ID in page
    assert ID_NUMBER not in page and "13908712345" not in page


def test_an_interpretation_is_an_item_and_publishes_only_after_its_review(
    org_tree, editor, reviewer, coordinator
):
    from gongkai.publishing.models import Kind

    policy = make_item(org=org_tree["office"], actor=editor, kind=Kind.POLICY, title="政策")
    publish(policy, editor=editor, reviewer=reviewer, coordinator=coordinator)
    reading = make_item(
        org=org_tree["office"], actor=editor, kind=Kind.INTERPRETATION, interprets=policy,
        title="解读",
    )  # fmt: skip
    with pytest.raises(DomainError, match="保密审查"):
        item_publish(item=reading, actor=coordinator)
    item_submit(item=reading, actor=editor)
    with pytest.raises(DomainError, match="保密审查"):
        item_publish(item=reading, actor=coordinator)


def test_removing_an_attachment_during_an_amendment_leaves_the_public_record_until_published(
    client, org_tree, editor, reviewer, coordinator
):
    item = make_item(org=org_tree["office"], actor=editor)
    attachment = attachment_add(
        item=item, actor=editor, name="名单.docx", data=docx_bytes("第一季度名单。")
    )
    publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)
    url = reverse("info:attachment", args=[item.pk, attachment.pk])
    assert client.get(url).status_code == 200
    item_amend_start(item=item, actor=editor, reason="删除附件")
    attachment_remove(attachment=attachment, actor=editor)
    item_submit(item=item, actor=editor)
    assert client.get(url).status_code == 200  # still public while the amendment is reviewed
    assert "名单.docx" in client.get(item.get_public_url()).content.decode()
    item_review(item=item, actor=reviewer, approve=True, opinion="同意。")
    item_publish(item=item, actor=coordinator, note="删除附件")
    assert client.get(url).status_code == 404
    assert "名单.docx" not in client.get(item.get_public_url()).content.decode()


# -- who publishes, 提请, the preview --------------------------------------------------------------


def test_unit_editors_cannot_publish_on_their_own(org_tree, editor, coordinator, reviewer):
    message = replied_message(org=org_tree["office"], actor=editor)
    message_review_submit(
        message=message, actor=editor, subject="门诊", content="周末开放吗？", reply="开放。"
    )
    approve_request(message, MESSAGE_STAGE, reviewer=reviewer)
    with pytest.raises(PermissionDeniedError):
        message_publish(message=message, actor=editor)
    message_publish(message=message, actor=coordinator)
    assert Message.objects.get(pk=message.pk).status == MessageStatus.PUBLISHED


def test_a_referred_review_waits_for_a_higher_reviewer(
    org_tree, coordinator, reviewer, upper_reviewer
):
    message = replied_message(org=org_tree["commission"], actor=coordinator)
    request = message_review_submit(
        message=message, actor=coordinator, subject="门诊", content="周末开放吗？", reply="开放。"
    )
    request_review(request=request, actor=reviewer, outcome="refer", opinion="涉及上级部署，提请。")
    request.refresh_from_db()
    assert request.status == RequestStatus.REFERRED and request.referred_by == reviewer
    with pytest.raises(DomainError, match="保密审查尚未完成"):
        message_publish(message=message, actor=coordinator)
    with pytest.raises(PermissionDeniedError, match="提请上级"):
        request_review(request=request, actor=reviewer, outcome="approve", opinion="同意。")
    request_review(request=request, actor=upper_reviewer, outcome="approve", opinion="同意公开。")
    message_publish(message=message, actor=coordinator)
    assert [e.to_state for e in _audit(message, "publishing.review_refer")] == ["referred"]


def test_an_item_referred_upward_is_decided_by_the_coordinator_not_the_referring_reviewer(
    org_tree, editor, reviewer, coordinator
):
    item = make_item(org=org_tree["office"], actor=editor)
    item_submit(item=item, actor=editor)
    item_review(item=item, actor=reviewer, approve=False, refer=True, opinion="拿不准，提请。")
    item.refresh_from_db()
    assert item.status == Status.REFERRED
    with pytest.raises(DomainError):
        item_publish(item=item, actor=coordinator)
    with pytest.raises(PermissionDeniedError):
        item_review(item=item, actor=reviewer, approve=True, opinion="同意。")
    item_review(item=item, actor=coordinator, approve=True, opinion="经研究，同意公开。")
    assert item_publish(item=item, actor=coordinator).number == 1
    assert [r.result for r in item.reviews.order_by("created_at")] == ["referred", "approved"]


def test_the_preview_shows_a_kept_finding_unmasked_and_a_masked_one_masked(
    client, org_tree, coordinator, reviewer
):
    message = replied_message(
        org=org_tree["commission"],
        actor=coordinator,
        content=f"身份证{SPACED_ID}，请回电13812345678。",
    )
    request = message_review_submit(
        message=message, actor=coordinator, subject=message.subject,
        content=message.content, reply="请拨打监督电话13987654321。",
    )  # fmt: skip
    for finding in request.findings.all():
        keep = finding.text == "13987654321"  # say, the office's duty mobile: 保留
        decision = PrivacyFinding.Decision.REJECTED if keep else PrivacyFinding.Decision.ACCEPTED
        request_finding_decide(finding=finding, actor=reviewer, decision=decision)
    preview = published_texts(request, pending_masked=True)
    assert preview["reply"]["text"] == "请拨打监督电话13987654321。"
    assert "138****5678" in preview["content"]["text"]
    client.force_login(reviewer)
    page = client.get(f"/office/publishing/reviews/{request.pk}/").content.decode()
    shown = page.split('id="preview"')[1]
    assert "请拨打监督电话13987654321。" in shown and "13812345678" not in shown
    request_review(request=request, actor=reviewer, outcome="approve", opinion="同意公开。")
    message_publish(message=message, actor=coordinator)
    message.refresh_from_db()
    assert message.public_reply == preview["reply"]["text"]
    assert message.public_content == preview["content"]["text"]


def test_a_published_message_is_withdrawn_and_corrected(client, org_tree, coordinator, reviewer):
    message = replied_message(org=org_tree["commission"], actor=coordinator)
    publish_message(message, actor=coordinator)
    with pytest.raises(DomainError):
        message_withdraw(message=message, actor=coordinator, reason="")
    message_withdraw(message=message, actor=coordinator, reason="答复有误")
    message.refresh_from_db()
    assert message.status == MessageStatus.REPLIED and message.public_reply == ""
    assert client.get(message.get_public_url()).status_code == 404
    [entry] = _audit(message, "participation.message_withdraw")
    assert (entry.reason, entry.from_state, entry.to_state) == ("答复有误", "published", "replied")
    message_review_submit(
        message=message, actor=coordinator, subject=message.subject,
        content=message.content, reply="已安排周六上午值班门诊。",
    )  # fmt: skip
    approve_request(message, MESSAGE_STAGE, reviewer=reviewer)
    message_publish(message=message, actor=coordinator)
    page = client.get(message.get_public_url()).content.decode()
    assert "已安排周六上午值班门诊。" in page
    assert review_latest(target=message, stage=MESSAGE_STAGE).status == RequestStatus.PUBLISHED


def test_a_quarterly_website_check_result_is_public_only_after_review(
    client, org_tree, coordinator, reviewer
):
    from decimal import Decimal

    from gongkai.monitoring.models import CheckRun, QuarterPublication, Site
    from gongkai.monitoring.states import RunStatus

    site = Site.objects.create(
        org=org_tree["commission"], name="省卫生计生委网站", base_url="http://wsjkw.example.cn/"
    )
    now = timezone.now()
    CheckRun.objects.create(
        site=site, status=RunStatus.DONE, finished_at=now, pages_fetched=12,
        score=Decimal(85), passed=True,
    )  # fmt: skip
    today = timezone.localdate()
    quarter = (today.month - 1) // 3 + 1
    client.force_login(coordinator)
    response = client.post(
        f"{reverse('monitoring:report_submit')}?year={today.year}&quarter={quarter}", follow=True
    )
    assert "已提交保密审查" in response.content.decode()
    item = QuarterPublication.objects.get(year=today.year, quarter=quarter).item
    assert item.status == Status.IN_REVIEW and "省卫生计生委网站" in item.body
    client.logout()
    assert client.get(item.get_public_url()).status_code == 404
    with pytest.raises(DomainError):
        item_publish(item=item, actor=coordinator)
    item_review(item=item, actor=reviewer, approve=True, opinion="同意公开。")
    item_publish(item=item, actor=coordinator)
    page = client.get(item.get_public_url()).content.decode()
    assert "省卫生计生委网站" in page and "合格" in page
