"""Demo data: a disclosure guide with an earlier version, rule documents and last year's annual
report as Gongkai computes it."""

from datetime import date

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from gongkai.orgs.models import Organisation
from gongkai.publishing.demo import demo_review
from gongkai.publishing.services.reviews import review_latest

from .models import AnnualReport, GuideVersion, RuleDocument
from .services import (
    GUIDE_STAGE,
    REPORT_STAGE,
    RULE_STAGE,
    annual_report_publish,
    annual_report_submit_computed,
    guide_publish,
    guide_save,
    rule_publish,
    rule_save,
)

ORG_PATH = ["云南省人民政府", "云南省卫生和计划生育委员会"]

GUIDE = {
    "office_name": "云南省卫生和计划生育委员会办公室（政务公开科）",
    "address": "云南省昆明市西山区西园路1号",
    "hours": "法定工作日 上午9:00—12:00，下午13:30—17:00",
    "phone": "0871-67195100",
    "fax": "0871-67195101",
    "email": "gongkai@example.gov.cn",
    "website": "https://example.gov.cn/",
    "postcode": "650031",
    "classification": "",
    "how_to_apply": "",
}


def _org() -> Organisation | None:
    org = None
    for name in ORG_PATH:
        org = Organisation.objects.filter(parent=org, name=name).first()
        if org is None:
            return None
    return org


@transaction.atomic
def load_demo_portal() -> int:
    """Create the demo guide, rules and report once; return how many guide versions exist."""
    org = _org()
    coordinator = get_user_model().objects.filter(username="coordinator").first()
    if org is None or coordinator is None:
        return 0
    today = timezone.localdate()
    reviewer = get_user_model().objects.filter(username="reviewer").first()

    def reviewed(target, stage: str, publish) -> None:
        """The guide and the rules hold only the office's own lines: all kept (保留)."""
        if reviewer is not None:
            demo_review(target, stage, reviewer=reviewer, keep=_found(target, stage))
            publish(target)

    def publish_guide(version):
        guide_publish(version=version, actor=coordinator)

    def publish_rule(rule):
        rule_publish(rule=rule, actor=coordinator)

    if not GuideVersion.objects.filter(org=org).exists():
        first = guide_save(
            org=org,
            actor=coordinator,
            fields={
                **GUIDE,
                "phone": "0871-67195000",
                "effective_from": date(2019, 5, 15),
                "note": "依据2019年修订的《条例》编制",
            },
        )
        reviewed(first, GUIDE_STAGE, publish_guide)
        second = guide_save(
            org=org,
            actor=coordinator,
            fields={**GUIDE, "effective_from": date(today.year, 1, 1), "note": "更新联系电话"},
        )
        reviewed(second, GUIDE_STAGE, publish_guide)
    if not RuleDocument.objects.filter(org=org).exists():
        national = rule_save(
            org=org,
            actor=coordinator,
            fields={
                "level": RuleDocument.Level.NATIONAL,
                "title": "国务院办公厅关于印发《政府信息公开信息处理费管理办法》的通知",
                "doc_number": "国办函〔2020〕109号",
                "issued_on": date(2020, 11, 6),
                "link": "https://www.gov.cn/zhengce/content/2020-12/01/content_5566051.htm",
                "sort_order": 1,
            },
        )
        reviewed(national, RULE_STAGE, publish_rule)
        own = rule_save(
            org=org,
            actor=coordinator,
            fields={
                "level": RuleDocument.Level.OWN,
                "title": "云南省卫生和计划生育委员会政府信息公开保密审查制度",
                "doc_number": "云卫办发〔2019〕8号",
                "issued_on": date(2019, 6, 10),
                "sort_order": 1,
            },
            upload=SimpleUploadedFile("保密审查制度.pdf", _pdf("Confidentiality review rules")),
        )
        reviewed(own, RULE_STAGE, publish_rule)
    year = today.year - 1
    if not AnnualReport.objects.filter(org=org, year=year).exists():
        # the report Gongkai computed: tables from the records, the office's texts
        report = annual_report_submit_computed(
            org=org, actor=coordinator, year=year, published_on=date(today.year, 1, 20)
        )
        if reviewer is not None:  # the report's own office lines are kept (保留)
            demo_review(report, REPORT_STAGE, reviewer=reviewer, keep=_public_lines(report))
            annual_report_publish(report=report, actor=coordinator)
    return GuideVersion.objects.filter(org=org).count()


def _pdf(text: str) -> bytes:
    """A one-page PDF showing ``text`` (ASCII), built by hand so that no library is needed."""
    stream = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _found(target, stage: str) -> tuple[str, ...]:
    request = review_latest(target=target, stage=stage)
    return tuple(f.text for f in request.findings.all()) if request else ()


def _public_lines(report: AnnualReport) -> tuple[str, ...]:
    """Telephone numbers and mailboxes in the demo report: the office's public lines."""
    request = review_latest(target=report, stage=REPORT_STAGE)
    kinds = {"phone", "email", "public_contact"}
    return tuple(f.text for f in request.findings.all() if f.kind in kinds) if request else ()
