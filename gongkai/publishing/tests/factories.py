"""Test helpers: items made through the services, and small files of each attachment type."""

import io
from datetime import date

import docx
import openpyxl

from gongkai.core.idnumbers import id_check_char
from gongkai.publishing.models import (
    Attribute,
    ExemptGround,
    InformationItem,
    Kind,
    PrivacyFinding,
)
from gongkai.publishing.services import (
    findings_accept_all,
    item_create,
    item_publish,
    item_review,
    item_submit,
)

_ID17 = "53010219800315123"
#: A checksummed mainland ID number (check character computed, so the scanner must find it).
ID_NUMBER = _ID17 + id_check_char(_ID17)

#: A 低保 recipient list as staff paste it into the body: two names, an ID, two mobiles, and the
#: office's public hotline (which the reviewer keeps).
LIST_BODY = (
    "<p>2024年第一季度城乡低保对象名单公示如下：</p><table><tr><th>姓名</th><th>身份证号</th>"
    f"<th>联系电话</th><th>保障金额</th></tr><tr><td>张三明</td><td>{ID_NUMBER}</td>"
    "<td>13812345678</td><td>650元</td></tr><tr><td>李秀英</td><td>—</td><td>13987654321</td>"
    "<td>480元</td></tr></table><p>监督电话：0871-65432100</p>"
)


def item_fields(**overrides) -> dict:
    fields = {
        "kind": Kind.GENERAL,
        "title": "关于公布2024年第一季度城乡低保对象名单的公告",
        "doc_number": "",
        "written_on": date(2024, 3, 1),
        "formed_on": date(2024, 3, 1),
        "summary": "公布第一季度低保对象。",
        "body": "<p>正文。</p>",
    }
    fields.update(overrides)
    return fields


def make_item(*, org, actor, **overrides) -> InformationItem:
    return item_create(org=org, actor=actor, fields=item_fields(**overrides))


def make_withheld_item(*, org, actor) -> InformationItem:
    """An item marked 不予公开 on a ground of the 《条例》 (过程性信息), with its reason."""
    return make_item(
        org=org,
        actor=actor,
        attribute=Attribute.WITHHELD,
        exempt_ground=ExemptGround.G16_PROCESS,
        exempt_reason="属于过程性信息",
    )


def publish(item, *, editor, reviewer, coordinator, on: date | None = None):
    """Walk an item through submit, review (masking every finding) and publication."""
    item_submit(item=item, actor=editor)
    findings_accept_all(item=item, actor=reviewer)
    item_review(item=item, actor=reviewer, approve=True, opinion="经审查，不涉密，同意公开。")
    return item_publish(item=item, actor=coordinator, published_on=on or date(2024, 3, 8))


def docx_bytes(*lines: str) -> bytes:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def xlsx_bytes(rows: list[list]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def body_findings(item) -> list[PrivacyFinding]:
    return list(item.findings.filter(attachment=None).order_by("start"))


def stage_reviewer(org):
    """A reviewer of ``org`` made for a test that needs one but is not about who reviews."""
    from django.contrib.auth import get_user_model

    from gongkai.orgs.roles import Role
    from gongkai.orgs.services import membership_grant, user_create

    user = get_user_model().objects.filter(username="stage-reviewer").first()
    if user is None:
        user = user_create(username="stage-reviewer", password="pw-stage", full_name="审查员")
    membership_grant(user=user, org=org, role=Role.REVIEWER)
    return user


def approve_request(target, stage: str, *, reviewer=None, keep: tuple[str, ...] = ()):
    """Have the latest request of ``target`` reviewed: every finding masked except the texts in
    ``keep`` (保留), then approved. Returns the request."""
    from gongkai.publishing.services.reviews import (
        request_finding_decide,
        request_review,
        review_latest,
    )

    request = review_latest(target=target, stage=stage)
    reviewer = reviewer or stage_reviewer(request.org)
    for finding in request.findings.all():
        decision = (
            PrivacyFinding.Decision.REJECTED
            if finding.text in keep
            else (PrivacyFinding.Decision.ACCEPTED)
        )
        request_finding_decide(finding=finding, actor=reviewer, decision=decision)
    request_review(request=request, actor=reviewer, outcome="approve", opinion="同意公开。")
    request.refresh_from_db()
    return request


def import_and_publish(disclosure_list, *, actor, data: bytes, keep: tuple[str, ...] = ()):
    """Import a list version, have it reviewed (approved) and publish it as ``actor``."""
    from gongkai.publishing.services import list_version_import, list_version_publish
    from gongkai.publishing.services.lists import LIST_STAGE

    version = list_version_import(disclosure_list=disclosure_list, actor=actor, data=data)
    approve_request(version, LIST_STAGE, keep=keep)
    return list_version_publish(version=version, actor=actor)
