"""The guide and the rules reach the portal only through the confidentiality review
(PUB-SECRET-1, 《条例》 Art. 17): the same request, findings, preview and approval as every other
path, published once by the disclosure office, withdrawn and corrected with a record."""

from datetime import date

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile

from gongkai.core.errors import DomainError
from gongkai.core.models import AuditEntry
from gongkai.portal.models import GuideVersion, PublicStatus, RuleDocument
from gongkai.portal.services import (
    GUIDE_STAGE,
    RULE_STAGE,
    guide_publish,
    guide_save,
    guide_withdraw,
    rule_publish,
    rule_save,
    rule_withdraw,
)
from gongkai.portal.tests.factories import publish_guide, publish_rule
from gongkai.publishing.models import RequestStatus
from gongkai.publishing.privacy.files import render_pdf
from gongkai.publishing.services.reviews import request_review, review_latest
from gongkai.publishing.tests.factories import ID_NUMBER, approve_request

pytestmark = pytest.mark.django_db

GUIDE = {
    "effective_from": date(2024, 1, 1),
    "office_name": "省卫生计生委办公室",
    "address": "昆明市西园路1号",
    "hours": "工作日9:00—17:00",
    "phone": "0871-67195100",
    "classification": "",
    "how_to_apply": "",
    "note": "",
}
MASKED_ID = f"{ID_NUMBER[:6]}********{ID_NUMBER[-4:]}"


def _audit(obj, action: str) -> list[AuditEntry]:
    kind = ContentType.objects.get_for_model(obj)
    return list(AuditEntry.objects.filter(content_type=kind, object_id=str(obj.pk), action=action))


# -- the guide -----------------------------------------------------------------------------------


def test_a_guide_version_is_public_only_after_review(client, org_tree, coordinator, reviewer):
    org = org_tree["commission"]
    version = guide_save(
        org=org, actor=coordinator,
        fields={**GUIDE, "how_to_apply": f"联系人张晓明，身份证号{ID_NUMBER}，请到3号窗口申请。"},
    )  # fmt: skip
    assert version.status == PublicStatus.PENDING
    assert client.get(f"/guide/{org.pk}/").status_code == 404
    with pytest.raises(DomainError, match="保密审查尚未完成"):
        guide_publish(version=version, actor=coordinator)
    request = review_latest(target=version, stage=GUIDE_STAGE)
    assert ID_NUMBER in {f.text for f in request.findings.all()}  # the reviewer sees it
    approve_request(version, GUIDE_STAGE, reviewer=reviewer, keep=("0871-67195100",))
    guide_publish(version=version, actor=coordinator)
    page = client.get(f"/guide/{org.pk}/").content.decode()
    assert MASKED_ID in page and ID_NUMBER not in page
    assert "联系电话：0871-67195100" in page  # the office's line, kept (保留)
    with pytest.raises(DomainError):  # an approval is used once
        guide_publish(version=version, actor=coordinator)
    [entry] = _audit(version, "portal.guide_publish")
    assert (entry.actor, entry.to_state) == (coordinator, "published")


def test_a_guide_changed_after_approval_needs_a_new_review(client, org_tree, coordinator):
    org = org_tree["commission"]
    version = guide_save(org=org, actor=coordinator, fields=GUIDE)
    approve_request(version, GUIDE_STAGE, keep=("0871-67195100",))
    again = guide_save(org=org, actor=coordinator, fields={**GUIDE, "hours": "工作日8:30—17:30"})
    assert again.pk == version.pk and again.number == 1  # the waiting version, changed in place
    with pytest.raises(DomainError, match="保密审查尚未完成"):
        guide_publish(version=again, actor=coordinator)
    assert client.get(f"/guide/{org.pk}/").status_code == 404
    approve_request(again, GUIDE_STAGE, keep=("0871-67195100",))
    guide_publish(version=again, actor=coordinator)
    assert "办公时间：工作日8:30—17:30" in client.get(f"/guide/{org.pk}/").content.decode()


def test_a_returned_guide_cannot_be_published(org_tree, coordinator, reviewer):
    version = guide_save(org=org_tree["commission"], actor=coordinator, fields=GUIDE)
    request = review_latest(target=version, stage=GUIDE_STAGE)
    request_review(request=request, actor=reviewer, outcome="return", opinion="地址有误。")
    with pytest.raises(DomainError, match="请先提交保密审查"):
        guide_publish(version=version, actor=coordinator)
    assert GuideVersion.objects.get(pk=version.pk).status == PublicStatus.PENDING


def test_a_published_guide_is_withdrawn_and_corrected(client, org_tree, coordinator):
    org = org_tree["commission"]
    first = publish_guide(org=org, actor=coordinator, fields={**GUIDE, "phone": "0871-1111111"})
    second = publish_guide(
        org=org, actor=coordinator,
        fields={**GUIDE, "effective_from": date(2025, 1, 1), "phone": "0871-2222222"},
    )  # fmt: skip
    assert "0871-2222222" in client.get(f"/guide/{org.pk}/").content.decode()
    with pytest.raises(DomainError):
        guide_withdraw(version=second, actor=coordinator, reason="")
    guide_withdraw(version=second, actor=coordinator, reason="电话号码有误")
    page = client.get(f"/guide/{org.pk}/").content.decode()
    assert "0871-1111111" in page and "0871-2222222" not in page  # the earlier one again
    assert client.get(f"/guide/{org.pk}/", {"version": second.number}).status_code == 404
    [entry] = _audit(second, "portal.guide_withdraw")
    assert (entry.reason, entry.from_state, entry.to_state) == (
        "电话号码有误", "published", "withdrawn",
    )  # fmt: skip
    third = publish_guide(
        org=org, actor=coordinator,
        fields={**GUIDE, "effective_from": date(2025, 1, 1), "phone": "0871-3333333"},
    )  # fmt: skip
    assert third.number == 3 and first.number == 1
    assert "0871-3333333" in client.get(f"/guide/{org.pk}/").content.decode()


def test_the_coordinator_publishes_the_guide_from_the_office_page(client, org_tree, coordinator):
    org = org_tree["commission"]
    version = guide_save(org=org, actor=coordinator, fields=GUIDE)
    client.login(username="coordinator", password="pw-coordinator")
    page = client.get(f"/office/portal/guide/?org={org.pk}").content.decode()
    assert f"/office/portal/guide/{version.pk}/publish/" not in page  # not before approval
    approve_request(version, GUIDE_STAGE, keep=("0871-67195100",))
    page = client.get(f"/office/portal/guide/?org={org.pk}").content.decode()
    assert f"/office/portal/guide/{version.pk}/publish/" in page
    client.post(f"/office/portal/guide/{version.pk}/publish/")
    assert GuideVersion.objects.get(pk=version.pk).status == PublicStatus.PUBLISHED
    client.post(f"/office/portal/guide/{version.pk}/withdraw/", {"reason": "内容有误"})
    assert GuideVersion.objects.get(pk=version.pk).status == PublicStatus.WITHDRAWN


def test_the_reviewer_opens_a_guide_review_and_finds_the_way_back(client, org_tree, coordinator,
                                                                    reviewer):  # fmt: skip
    version = guide_save(org=org_tree["commission"], actor=coordinator, fields=GUIDE)
    request = review_latest(target=version, stage=GUIDE_STAGE)
    client.login(username="reviewer", password="pw-reviewer")
    page = client.get(f"/office/publishing/reviews/{request.pk}/").content.decode()
    preview = page.split('id="preview"')[1]
    assert "省卫生计生委办公室" in preview  # what the portal will show, as reviewed
    assert "0871-67195100" not in preview  # undecided findings are masked in the preview
    assert f'href="/office/portal/guide/?org={version.org_id}"' in page


# -- the rules -----------------------------------------------------------------------------------


def test_a_rule_document_is_public_only_after_review(client, org_tree, coordinator, reviewer):
    org = org_tree["commission"]
    rule = rule_save(
        org=org, actor=coordinator,
        fields={"title": "政府信息公开保密审查制度", "level": "own", "doc_number": "8号"},
        upload=SimpleUploadedFile("制度.pdf", render_pdf("rules")),
    )  # fmt: skip
    assert rule.status == PublicStatus.PENDING
    assert "政府信息公开保密审查制度" not in client.get("/rules/").content.decode()
    assert client.get(f"/rules/{rule.pk}/file/").status_code == 404
    with pytest.raises(DomainError, match="保密审查尚未完成"):
        rule_publish(rule=rule, actor=coordinator)
    approve_request(rule, RULE_STAGE, reviewer=reviewer)
    rule_publish(rule=rule, actor=coordinator)
    assert "政府信息公开保密审查制度" in client.get("/rules/").content.decode()
    assert client.get(f"/rules/{rule.pk}/file/").status_code == 200
    with pytest.raises(DomainError):  # nothing left to publish: the approval was used
        rule_publish(rule=rule, actor=coordinator)


def test_a_change_to_a_published_rule_waits_and_an_edit_after_approval_needs_a_new_review(
    client, org_tree, coordinator
):
    org = org_tree["commission"]
    fields = {"title": "保密审查制度", "level": "own", "link": "https://example.gov.cn/rule"}
    rule = publish_rule(org=org, actor=coordinator, fields=fields)
    rule_save(
        org=org, actor=coordinator, rule=rule, fields={**fields, "title": "保密审查制度（修订）"}
    )
    approve_request(rule, RULE_STAGE)
    rule_save(
        org=org, actor=coordinator, rule=rule,
        fields={**fields, "title": f"保密审查制度（经办人身份证{ID_NUMBER}）"},
    )  # fmt: skip
    with pytest.raises(DomainError, match="保密审查尚未完成"):
        rule_publish(rule=rule, actor=coordinator)
    html = client.get("/rules/").content.decode()
    assert "保密审查制度" in html and "修订" not in html and ID_NUMBER not in html
    approve_request(rule, RULE_STAGE)
    rule_publish(rule=rule, actor=coordinator)
    html = client.get("/rules/").content.decode()
    assert MASKED_ID in html and ID_NUMBER not in html
    assert RuleDocument.objects.get(pk=rule.pk).draft == {}


def test_a_published_rule_is_withdrawn_and_corrected(client, org_tree, coordinator):
    org = org_tree["commission"]
    fields = {"title": "保密审查制度", "level": "own", "link": "https://example.gov.cn/rule"}
    rule = publish_rule(org=org, actor=coordinator, fields=fields)
    with pytest.raises(DomainError):
        rule_withdraw(rule=rule, actor=coordinator, reason=" ")
    rule_withdraw(rule=rule, actor=coordinator, reason="文号有误")
    assert "保密审查制度" not in client.get("/rules/").content.decode()
    [entry] = _audit(rule, "portal.rule_withdraw")
    assert (entry.reason, entry.to_state) == ("文号有误", "withdrawn")
    publish_rule(
        org=org,
        actor=coordinator,
        rule=rule,
        fields={**fields, "doc_number": "云卫办发〔2019〕9号"},
    )
    assert "云卫办发〔2019〕9号" in client.get("/rules/").content.decode()
    assert review_latest(target=rule, stage=RULE_STAGE).status == RequestStatus.PUBLISHED


def test_an_editor_cannot_submit_or_publish_a_rule(org_tree, editor, coordinator):
    fields = {"title": "保密审查制度", "level": "own", "link": "https://example.gov.cn/rule"}
    with pytest.raises(DomainError):
        rule_save(org=org_tree["commission"], actor=editor, fields=fields)
    rule = rule_save(org=org_tree["commission"], actor=coordinator, fields=fields)
    approve_request(rule, RULE_STAGE)
    with pytest.raises(DomainError):
        rule_publish(rule=rule, actor=editor)
    assert RuleDocument.objects.get(pk=rule.pk).status == PublicStatus.PENDING
