"""Demo data: a disclosure guide with an earlier version, rule documents and last year's annual
report as Gongkai computes it."""

from datetime import date

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from gongkai.orgs.models import Organisation
from gongkai.publishing.demo import demo_review
from gongkai.publishing.privacy.files import render_pdf
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

#: The text of the demo's own rule document, as the office would issue it.
CONFIDENTIALITY_RULES = "\n".join(
    (
        "云南省卫生和计划生育委员会政府信息公开保密审查制度",
        "",
        "第一条 为规范本委政府信息公开保密审查工作，防止在政府信息公开中泄露国家秘密和工"
        "作秘密，根据《中华人民共和国保守国家秘密法》《中华人民共和国政府信息公开条例》等"
        "规定，结合本委工作实际，制定本制度。",
        "第二条 本委拟公开的政府信息，应当在公开前依照本制度进行保密审查。未经保密审查的"
        "，不得公开。",
        "第三条 保密审查坚持“谁公开谁审查、谁审查谁负责”和“先审查、后公开”的原则，实"
        "行处室初审、办公室复核、分管领导审定的三级审查。",
        "第四条 起草处室在拟制文件时应当同时提出公开属性意见；拟不予公开或者部分公开的，"
        "应当说明理由。",
        "第五条 办公室（政务公开科）对拟公开信息进行复核，重点审查是否涉及国家秘密、工作"
        "秘密，是否含有个人隐私、商业秘密等不宜公开的内容。",
        "第六条 对不能确定是否可以公开的政府信息，应当依照法律、法规和国家有关规定报有关"
        "主管部门或者保密行政管理部门确定。",
        "第七条 依法不予公开的内容能够作区分处理的，应当将可以公开的部分向社会公开。",
        "第八条 保密审查应当留存审查记录，载明审查人、审查意见和审查日期，由办公室统一归档备查。",
        "第九条 违反本制度规定，在政府信息公开中泄露国家秘密或者工作秘密的，依照有关规定"
        "追究相关人员责任。",
        "第十条 本制度由委办公室负责解释，自印发之日起施行。",
    )
)


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
            upload=SimpleUploadedFile("保密审查制度.pdf", render_pdf(CONFIDENTIALITY_RULES)),
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


def _found(target, stage: str) -> tuple[str, ...]:
    request = review_latest(target=target, stage=stage)
    return tuple(f.text for f in request.findings.all()) if request else ()


def _public_lines(report: AnnualReport) -> tuple[str, ...]:
    """Telephone numbers and mailboxes in the demo report: the office's public lines."""
    request = review_latest(target=report, stage=REPORT_STAGE)
    kinds = {"phone", "email", "public_contact"}
    return tuple(f.text for f in request.findings.all() if f.kind in kinds) if request else ()
