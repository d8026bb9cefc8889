"""Registering from the assigning office's workbook: all rows or none, every error named."""

from datetime import date

import pytest

from gongkai.core.errors import PermissionDeniedError
from gongkai.core.xlsx import ImportFailed
from gongkai.publishing.tests.factories import xlsx_bytes

from ..imports import REQUIRED, import_template, proposals_import
from ..models import Proposal
from ..states import ProposalKind

pytestmark = pytest.mark.django_db

HEADER = [*REQUIRED, "联系方式"]


def _row(number, kind="人大代表建议", received=date(2026, 3, 10)):
    return [kind, "省十四届人大三次会议", number, 2026, "关于加强乡村医生队伍建设的建议",
            "王丽华", received, date(2026, 6, 10), "手机：13908712345"]  # fmt: skip


def test_the_template_imports_as_it_is(org_tree, coordinator):
    assert proposals_import(org=org_tree["commission"], actor=coordinator, data=import_template())
    proposal = Proposal.objects.get()
    assert (proposal.number, proposal.kind) == ("第0123号", ProposalKind.SUGGESTION)


def test_rows_are_registered_all_or_nothing(org_tree, coordinator):
    good = xlsx_bytes([HEADER, _row("218"), _row("57", kind="政协委员提案")])
    assert proposals_import(org=org_tree["commission"], actor=coordinator, data=good) == 2
    proposal = Proposal.objects.get(kind=ProposalKind.SUGGESTION)
    assert proposal.contacts == "手机：13908712345" and proposal.number == "第0218号"
    bad = xlsx_bytes(
        [HEADER, _row("300"), _row("218"), _row("301", kind="意见"), _row("302", received="三月")]
    )
    with pytest.raises(ImportFailed) as exc:
        proposals_import(org=org_tree["commission"], actor=coordinator, data=bad)
    errors = exc.value.errors
    assert len(errors) == 3
    assert "第3行" in errors[0] and "第0218号" in errors[0]  # already registered
    assert "第4行" in errors[1] and "类别" in errors[1]
    assert "第5行" in errors[2] and "交办日期" in errors[2]
    assert Proposal.objects.count() == 2  # row 300 was not kept either


def test_only_the_handling_units_staff_import(org_tree, city_coordinator):
    with pytest.raises(PermissionDeniedError):
        proposals_import(
            org=org_tree["commission"], actor=city_coordinator,
            data=xlsx_bytes([HEADER, _row("1")]),
        )  # fmt: skip


def test_the_import_page_lists_the_errors(client, org_tree, coordinator):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(coordinator)
    data = xlsx_bytes([HEADER, _row("1", kind="意见")])
    page = client.post(
        "/office/proposals/import/",
        {"org": org_tree["commission"].pk, "file": SimpleUploadedFile("a.xlsx", data)},
    ).content.decode()
    assert "类别须为“人大代表建议”或“政协委员提案”" in page
    assert Proposal.objects.count() == 0
    template = client.get("/office/proposals/import/template/")
    assert template.status_code == 200 and template.content[:2] == b"PK"
