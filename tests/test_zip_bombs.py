"""Every reader of Office files refuses a zip bomb before parsing it, with the same message.

The bombs are real packages (a Word document or an Excel workbook that opens) plus a part of
spaces that expands far beyond its compressed size; the limit is lowered to 1 MB so that the
bombs stay small and the tests fast (the 100 MB case is in gongkai/core/tests/test_officezip.py).
"""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from docx import Document
from openpyxl import Workbook

from gongkai.core.errors import DomainError
from gongkai.publishing.privacy.findings import PrivacyError

REFUSED = "解压后将超过1 MB"


@pytest.fixture(autouse=True)
def small_limit(settings):
    settings.GONGKAI_OFFICE_MAX_EXPANDED_MB = 1


def _with_padding(package: bytes, part: str) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            target.writestr(item, source.read(item))
        target.writestr(part, b" " * (3 * 1024 * 1024))  # 3 MB of spaces, ~3 kB compressed
    return out.getvalue()


@pytest.fixture
def docx_bomb() -> bytes:
    doc = Document()
    doc.add_paragraph("一、推进政务公开")
    buf = io.BytesIO()
    doc.save(buf)
    return _with_padding(buf.getvalue(), "word/media/padding.xml")


@pytest.fixture
def xlsx_bomb() -> bytes:
    book = Workbook()
    book.active.append(["名称"])
    buf = io.BytesIO()
    book.save(buf)
    return _with_padding(buf.getvalue(), "xl/media/padding.xml")


@pytest.mark.django_db
def test_a_plan_upload(docx_bomb, org_tree, coordinator):
    from gongkai.plans.services import plan_import

    with pytest.raises(DomainError, match=REFUSED):
        plan_import(
            data=docx_bomb, filename="工作要点.docx", org=org_tree["commission"], actor=coordinator
        )


@pytest.mark.django_db
def test_a_plan_ledger(xlsx_bomb, org_tree, coordinator):
    from gongkai.plans.services import ledger_import, plan_import
    from gongkai.plans.tests.helpers import seed

    data, name = seed("004")
    plan = plan_import(data=data, filename=name, org=org_tree["commission"], actor=coordinator)
    with pytest.raises(DomainError, match=REFUSED):
        ledger_import(plan=plan, data=xlsx_bomb, actor=coordinator)


@pytest.mark.django_db
def test_the_organisation_and_user_import(xlsx_bomb, coordinator):
    from gongkai.orgs.importer import import_workbook

    with pytest.raises(DomainError, match=REFUSED):
        import_workbook(xlsx_bomb, actor=coordinator)


@pytest.mark.django_db
def test_the_catalog_and_list_imports(xlsx_bomb, org_tree, coordinator):
    from gongkai.publishing.models import ListType
    from gongkai.publishing.services import catalog_import, list_create, list_version_import

    org = org_tree["commission"]
    with pytest.raises(DomainError, match=REFUSED):
        catalog_import(org=org, actor=coordinator, data=xlsx_bomb)
    lst = list_create(
        org=org, actor=coordinator, list_type=ListType.objects.get(code="power"), title="清单"
    )
    with pytest.raises(DomainError, match=REFUSED):
        list_version_import(disclosure_list=lst, actor=coordinator, data=xlsx_bomb)


@pytest.mark.django_db
def test_an_attachment_of_an_information_item(docx_bomb, xlsx_bomb, org_tree, editor):
    from gongkai.publishing.services.items import attachment_add
    from gongkai.publishing.tests.factories import make_item

    item = make_item(org=org_tree["office"], actor=editor)
    for name, data in (("附件.docx", docx_bomb), ("附件.xlsx", xlsx_bomb)):
        with pytest.raises(DomainError, match=REFUSED):
            attachment_add(item=item, actor=editor, name=name, data=data)
    assert not item.attachments.exists()


def test_the_privacy_scan_and_metadata_cleaning(docx_bomb, xlsx_bomb):
    from gongkai.publishing.privacy.files import extract_text
    from gongkai.publishing.privacy.metadata import strip_office

    for name, data in (("a.docx", docx_bomb), ("a.xlsx", xlsx_bomb)):
        with pytest.raises(PrivacyError, match=REFUSED):
            extract_text(data, name)
        with pytest.raises(PrivacyError, match=REFUSED):
            strip_office(data)


@pytest.mark.django_db
def test_a_portal_rule_document(docx_bomb, org_tree, coordinator):
    from gongkai.portal.models import RuleDocument
    from gongkai.portal.services.rules import rule_save

    for name in ("制度.docx", "制度.ofd"):
        with pytest.raises(DomainError, match=REFUSED):
            rule_save(
                org=org_tree["commission"],
                actor=coordinator,
                fields={"title": "保密审查制度"},
                upload=SimpleUploadedFile(name, docx_bomb),
            )
    assert not RuleDocument.objects.exists()


def test_an_applicants_attachment(docx_bomb):
    from gongkai.applications.validators import attachment_check

    with pytest.raises(ValidationError, match=REFUSED):
        attachment_check(SimpleUploadedFile("申请材料.docx", docx_bomb))


def test_the_same_packages_without_padding_are_read():
    """The readers still open ordinary files (the refusal is the padding, not the format)."""
    from gongkai.publishing.privacy.files import extract_text

    doc = Document()
    doc.add_paragraph("一、推进政务公开")
    buf = io.BytesIO()
    doc.save(buf)
    assert "推进政务公开" in extract_text(buf.getvalue(), "a.docx")
