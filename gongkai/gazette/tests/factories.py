"""Helpers that make gazette issues through the services, as staff do."""

import shutil
import subprocess
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from gongkai.core.xlsx import Sheet, workbook_bytes
from gongkai.gazette.models import Issue
from gongkai.gazette.samples import font_file, text_pdf
from gongkai.gazette.services import (
    ISSUE_STAGE,
    issue_create,
    issue_publish,
    issue_review_submit,
)
from gongkai.publishing.tests.factories import approve_request


def _tesseract_ready() -> bool:
    if not shutil.which("tesseract"):
        return False
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True)
    return "chi_sim" in langs.stdout.split()


needs_tesseract = pytest.mark.skipif(
    not _tesseract_ready() or not font_file(),
    reason="Tesseract with Chinese or the font fonts-wqy-zenhei is not installed",
)

PAGES = [
    ["云南省卫生和计划生育委员会公报", "目录", "云南省医疗机构药品采购管理办法"],
    [
        "云南省医疗机构药品采购管理办法",
        "云卫规〔2024〕1号",
        "第一条 为规范医疗机构药品集中采购，制定本办法。",
    ],
    ["第二条 本办法自公布之日起施行。", "联系人：张三明，电话13812345678"],
]


def pdf_upload(data: bytes | None = None, name: str = "gazette.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data or text_pdf(PAGES), content_type="application/pdf")


def make_issue(*, org, actor, year=2024, number=3, on=date(2024, 5, 10), pdf=None, **kw) -> Issue:
    return issue_create(org=org, actor=actor, year=year, number=number, issued_on=on, pdf=pdf, **kw)


def contents_xlsx(rows: list[list]) -> bytes:
    return workbook_bytes(
        Sheet(name="目录", header=["序号", "标题", "发文机关", "文号", "页码"], rows=rows)
    )


def publish_issue(issue: Issue, *, actor, keep: tuple[str, ...] = ()) -> Issue:
    """Submit for review, have it approved (every finding masked but ``keep``), publish."""
    issue_review_submit(issue=issue, actor=actor)
    approve_request(issue, ISSUE_STAGE, keep=keep)
    return issue_publish(issue=issue, actor=actor)
