"""Demo gazette: three issues with their PDFs, contents linked to the demo's normative documents.

One current issue published on time, one back issue read from its text layer and published,
and one back issue that is a scan: recognised with Tesseract and waiting for proof-reading.
"""

import datetime

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from gongkai.orgs.models import Organisation
from gongkai.publishing.demo import demo_review
from gongkai.publishing.models import InformationItem

from .models import Issue
from .samples import font_file, scanned_pdf, text_pdf
from .services import (
    ISSUE_STAGE,
    content_save,
    issue_create,
    issue_digitise,
    issue_publish,
    issue_review_submit,
)

ORG_PATH = ("云南省人民政府", "云南省卫生和计划生育委员会")

#: The demo documents each issue carries, by title (see publishing/demo.py).
AMENDMENT = "关于修改《云南省医疗机构药品采购管理办法》的决定"
RULE = "云南省乡村医生执业管理办法"
OLD_RULES = "云南省医疗机构药品采购管理办法"
REPEALED = "云南省乡村医生执业管理暂行办法"


def _org() -> Organisation | None:
    org = None
    for name in ORG_PATH:
        org = Organisation.objects.filter(parent=org, name=name).first()
        if org is None:
            return None
    return org


def _item(org, title: str) -> InformationItem | None:
    return InformationItem.objects.filter(org=org, title=title).first()


def _pages(contents: list[tuple[InformationItem | None, str, str]]) -> list[list[str]]:
    pages = [["云南省卫生和计划生育委员会公报", "目录"] + [t for _i, t, _n in contents]]
    for _item, title, number in contents:
        pages.append([title, number, "第一条 为规范管理，保障人民群众健康权益，制定本规定。",
                      "第二条 本规定自公布之日起施行。"])  # fmt: skip
    return pages


def _issue(org, actor, *, year, number, total, on, back, pdf: bytes, name: str) -> Issue | None:
    if Issue.objects.filter(org=org, year=year, number=number).exists():
        return None
    issue = issue_create(
        org=org,
        actor=actor,
        year=year,
        number=number,
        total_number=total,
        issued_on=on,
        back_issue=back,
        pdf=SimpleUploadedFile(name, pdf, content_type="application/pdf"),
    )
    issue_digitise(issue_id=issue.pk)  # the demo reads it now rather than in the background
    issue.refresh_from_db()
    return issue


def _contents(issue: Issue, actor, contents) -> None:
    for order, (item, title, doc_number) in enumerate(contents, start=1):
        content_save(
            issue=issue,
            actor=actor,
            order=order,
            title=title,
            issuer="云南省卫生和计划生育委员会",
            doc_number=doc_number,
            page=order + 1,
            item=item,
        )


def _publish(issue: Issue, coordinator, reviewer) -> None:
    issue_review_submit(issue=issue, actor=coordinator)
    demo_review(issue, ISSUE_STAGE, reviewer=reviewer)
    issue_publish(issue=issue, actor=coordinator)


@transaction.atomic
def load_demo_gazette() -> int:
    """Create the demo issues once; return how many issues the organisation has."""
    org = _org()
    users = get_user_model().objects.in_bulk(["coordinator", "reviewer"], field_name="username")
    if org is None or len(users) < 2:
        return 0
    coordinator, reviewer = users["coordinator"], users["reviewer"]
    today = timezone.localdate()
    current = [
        (item, item.title, item.doc_number)
        for item in (_item(org, AMENDMENT), _item(org, RULE))
        if item is not None
    ]
    on = today - datetime.timedelta(days=3)
    issue = _issue(
        org, coordinator, year=on.year, number=6, total=None, on=on, back=False,
        pdf=text_pdf(_pages(current)), name=f"公报{on.year}年第6期.pdf",
    )  # fmt: skip
    if issue is not None:
        _contents(issue, coordinator, current)
        _publish(issue, coordinator, reviewer)
    old = _item(org, OLD_RULES)
    if old is not None and old.published_on:
        on = old.published_on + datetime.timedelta(days=10)
        back = [(old, old.title, old.doc_number)]
        issue = _issue(
            org, coordinator, year=on.year, number=2, total=None, on=on, back=True,
            pdf=text_pdf(_pages(back)), name=f"公报{on.year}年第2期.pdf",
        )  # fmt: skip
        if issue is not None:
            _contents(issue, coordinator, back)
            _publish(issue, coordinator, reviewer)
    repealed = _item(org, REPEALED)
    if repealed is not None and repealed.published_on and font_file():
        on = repealed.published_on + datetime.timedelta(days=12)
        lines = [repealed.title, repealed.doc_number, "第一条 为加强乡村医生执业管理，制定本办法。"]
        issue = _issue(
            org, coordinator, year=on.year, number=1, total=None, on=on, back=True,
            pdf=scanned_pdf(lines), name=f"公报{on.year}年第1期.pdf",
        )  # fmt: skip
        if issue is not None:
            content_save(
                issue=issue, actor=coordinator, order=1, title=repealed.title,
                issuer="云南省卫生和计划生育委员会", doc_number=repealed.doc_number, page=1,
                item=repealed,
            )  # fmt: skip
    return Issue.objects.filter(org=org).count()
