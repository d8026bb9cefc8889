"""Demo data: a catalog, published items of each kind, a masked list, normative chains, lists."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from gongkai.core.idnumbers import id_check_char
from gongkai.core.xlsx import Sheet, workbook_bytes
from gongkai.orgs.models import Organisation

from .models import (
    CatalogEntry,
    DisclosureList,
    InformationItem,
    Kind,
    ListType,
    PrivacyFinding,
    Theme,
)
from .reference import load_reference
from .services import (
    catalog_entry_save,
    finding_decide,
    item_create,
    item_publish,
    item_review,
    item_submit,
    list_create,
    list_version_import,
    list_version_publish,
)
from .services.lists import LIST_STAGE
from .services.reviews import request_finding_decide, request_review, review_latest

ORG_PATH = ["云南省人民政府", "云南省卫生和计划生育委员会"]
_ID17 = "53010219800315123"
DEMO_ID = _ID17 + id_check_char(_ID17)
HOTLINE = "0871-65432100"
BASIS = "《中华人民共和国政府信息公开条例》第二十条"

CATALOG = [
    ("1", "", "机构职能", "机构职能、内设机构、办公地址、办公时间、联系方式、负责人姓名"),
    ("2", "", "法规文件", "本机关制定的规章、规范性文件及其修改、废止情况"),
    ("2.1", "2", "规范性文件", "行政规范性文件全文及解读"),
    ("3", "", "政策解读", "重要政策文件的解读材料"),
    ("4", "", "社会救助", "城乡低保、特困供养等社会救助对象及资金发放情况"),
]

LOW_INCOME_BODY = (
    "<p>根据《社会救助暂行办法》，现将{month}新增城乡低保对象名单公示如下，公示期7天。</p>"
    "<table><tr><th>姓名</th><th>身份证号</th><th>联系电话</th><th>保障金额</th></tr>"
    f"<tr><td>张三明</td><td>{DEMO_ID}</td><td>13812345678</td><td>650元</td></tr>"
    "<tr><td>李秀英</td><td>—</td><td>13987654321</td><td>480元</td></tr></table>"
    f"<p>如有异议，请拨打监督电话：{HOTLINE}。</p>"
)


def _org() -> Organisation | None:
    org = None
    for name in ORG_PATH:
        org = Organisation.objects.filter(parent=org, name=name).first()
        if org is None:
            return None
    return org


def _theme(top: str, sub: str) -> Theme | None:
    return Theme.objects.filter(parent__name=top, name=sub).first()


def _publish(item, *, coordinator, reviewer, on, keep=(HOTLINE,)) -> None:
    item_submit(item=item, actor=coordinator)
    for finding in item.findings.all():
        decision = (
            PrivacyFinding.Decision.REJECTED
            if finding.text in keep
            else PrivacyFinding.Decision.ACCEPTED
        )
        finding_decide(finding=finding, actor=reviewer, decision=decision)
    item_review(
        item=item, actor=reviewer, approve=True, opinion="经保密审查，不涉及国家秘密，同意公开。"
    )
    item_publish(item=item, actor=coordinator, published_on=on)


def demo_review(target, stage: str, *, reviewer, keep: tuple[str, ...] = ()) -> None:
    """Have ``reviewer`` review the latest request of ``target``: every finding masked except
    the texts in ``keep``, then approved (the demo's other paths use it too)."""
    request = review_latest(target=target, stage=stage)
    if request is None:
        return
    for finding in request.findings.all():
        decision = (
            PrivacyFinding.Decision.REJECTED
            if finding.text in keep
            else PrivacyFinding.Decision.ACCEPTED
        )
        request_finding_decide(finding=finding, actor=reviewer, decision=decision)
    request_review(
        request=request,
        actor=reviewer,
        outcome="approve",
        opinion="经保密审查，不涉及国家秘密，个人信息已作处理，同意公开。",
    )


def _item(org, coordinator, reviewer, *, on, publish=True, **fields) -> InformationItem:
    existing = InformationItem.objects.filter(org=org, title=fields["title"]).first()
    if existing:
        return existing
    fields.setdefault("summary", fields["title"])
    fields.setdefault("formed_on", fields["written_on"])
    item = item_create(org=org, actor=coordinator, fields=fields)
    if publish:
        _publish(item, coordinator=coordinator, reviewer=reviewer, on=on)
    return item


@transaction.atomic
def load_demo_publishing() -> int:
    """Create the demo content once (items only while the organisation has none); return the
    number of items."""
    org = _org()
    users = get_user_model().objects.in_bulk(["coordinator", "reviewer"], field_name="username")
    if org is None or len(users) < 2:
        return 0
    coordinator, reviewer = users["coordinator"], users["reviewer"]
    load_reference(Theme, ListType)
    today = timezone.localdate()
    for code, parent, name, content in CATALOG:
        if not CatalogEntry.objects.filter(org=org, code=code).exists():
            catalog_entry_save(
                org=org,
                actor=coordinator,
                code=code,
                parent=CatalogEntry.objects.filter(org=org, code=parent).first(),
                fields={"name": name, "content": content, "subject": org.name,
                        "channel": "政府网站、政府公报", "legal_basis": BASIS},
                effective_from=today - timedelta(days=400),
            )  # fmt: skip
    if not InformationItem.objects.filter(org=org).exists():
        _load_items(org, coordinator, reviewer, today)
    _load_lists(org, coordinator, reviewer)
    return InformationItem.objects.filter(org=org).count()


def _load_items(org, coordinator, reviewer, today) -> None:
    entry = {e.code: e for e in CatalogEntry.objects.filter(org=org)}
    day = lambda n: today - timedelta(days=n)  # noqa: E731
    month = f"{day(25).year}年{day(25).month}月"
    common = {"org": org, "coordinator": coordinator, "reviewer": reviewer}
    _item(
        **common, on=day(20), title=f"{month}新增城乡低保对象名单公示",
        kind=Kind.GENERAL, written_on=day(25), catalog_entry=entry["4"], genre="公告",
        theme=_theme("民政、扶贫、救灾", "社会福利"),
        body=LOW_INCOME_BODY.replace("{month}", month),
        summary="公示新增城乡低保对象（个人信息已去标识化）。", keywords="低保,社会救助",
    )  # fmt: skip
    policy = _item(
        **common, on=day(30), title="关于进一步改善医疗服务的通知", kind=Kind.POLICY,
        doc_number=f"云卫发〔{day(35).year}〕5号", written_on=day(35), needs_interpretation=True,
        catalog_entry=entry["2"], genre="通知", theme=_theme("卫生、体育", "卫生"),
        body="<p>各州、市卫生计生委：</p><p>为进一步改善医疗服务，现就有关事项通知如下。</p>",
        summary="部署改善医疗服务行动。", keywords="医疗服务",
    )  # fmt: skip
    _item(
        **common, on=day(29), title="《关于进一步改善医疗服务的通知》政策解读",
        kind=Kind.INTERPRETATION, interprets=policy, written_on=day(30), catalog_entry=entry["3"],
        genre="解读", theme=_theme("卫生、体育", "卫生"),
        body="<p>一、背景依据……</p><p>二、主要内容……</p>", summary="解读改善医疗服务通知。",
    )  # fmt: skip
    _item(
        **common, on=day(10), title=f"关于做好{day(40).year}年基本公共卫生服务项目工作的通知",
        kind=Kind.POLICY, doc_number=f"云卫发〔{day(40).year}〕9号", written_on=day(40),
        needs_interpretation=True, catalog_entry=entry["2"], genre="通知",
        theme=_theme("卫生、体育", "卫生"), body="<p>各州、市卫生计生委：……</p>",
        summary="部署基本公共卫生服务项目。",
    )  # fmt: skip
    norm = {"kind": Kind.NORMATIVE, "catalog_entry": entry["2.1"], "genre": "通知",
            "theme": _theme("卫生、体育", "医药管理")}  # fmt: skip
    old = _item(
        **common, **norm, on=day(700), title="云南省医疗机构药品采购管理办法",
        doc_number=f"云卫规〔{day(705).year}〕1号", written_on=day(705), valid_from=day(700),
        valid_until=day(-20), body="<p>第一条 为规范医疗机构药品采购……</p>",
    )  # fmt: skip
    _item(
        **common, **norm, on=day(60), title="关于修改《云南省医疗机构药品采购管理办法》的决定",
        doc_number=f"云卫规〔{day(62).year}〕2号", written_on=day(62), amends=old,
        valid_from=day(60),
        body="<p>将第五条修改为……</p>",
    )  # fmt: skip
    repealed = _item(
        **common, **norm, on=day(1500), title="云南省乡村医生执业管理暂行办法",
        doc_number=f"云卫规〔{day(1505).year}〕3号", written_on=day(1505), valid_from=day(1500),
        body="<p>第一条 为加强乡村医生执业管理……</p>",
    )  # fmt: skip
    _item(
        **{**norm, "kind": Kind.RULE}, **common, on=day(90), title="云南省乡村医生执业管理办法",
        doc_number="云南省人民政府令第226号", written_on=day(95), repeals=repealed,
        valid_from=day(90),
        body="<p>第三十条 本办法自发布之日起施行，《云南省乡村医生执业管理暂行办法》同时废止。</p>",
    )  # fmt: skip


POWER_V1 = [
    [
        "QL-001",
        "医疗机构执业登记",
        "行政许可",
        "《医疗机构管理条例》",
        "受理、审查、决定",
        "违法许可",
    ],
    [
        "QL-002",
        "医师执业注册",
        "行政许可",
        "《中华人民共和国医师法》",
        "受理、审查、决定",
        "违法注册",
    ],
    [
        "QL-003",
        "对医疗机构的监督检查",
        "行政检查",
        "《医疗机构管理条例》",
        "检查、处理",
        "失职渎职",
    ],
]
POWER_V2 = [
    [
        "QL-001",
        "医疗机构执业登记",
        "行政许可",
        "《医疗机构管理条例》（2022年修订）",
        "受理、审查、决定",
        "违法许可",
    ],  # noqa: E501
    [
        "QL-003",
        "对医疗机构的监督检查",
        "行政检查",
        "《医疗机构管理条例》",
        "检查、处理",
        "失职渎职",
    ],
    ["QL-004", "护士执业注册", "行政许可", "《护士条例》", "受理、审查、决定", "违法注册"],
]


def _load_lists(org, coordinator, reviewer) -> None:
    power = ListType.objects.get(code="power")
    title = f"{org.short_name or org.name}权责清单"
    existing = DisclosureList.objects.filter(org=org, title=title).first()
    if existing and existing.versions.count() >= 2:
        return
    disclosure_list = existing or list_create(
        org=org, actor=coordinator, list_type=power, title=title
    )
    versions = []
    if not disclosure_list.versions.exists():
        versions.append(list_version_import(
            disclosure_list=disclosure_list, actor=coordinator,
            data=workbook_bytes(Sheet("权责清单", power.columns, POWER_V1)), note="首次公布",
        ))  # fmt: skip
    versions.append(list_version_import(
        disclosure_list=disclosure_list, actor=coordinator,
        data=workbook_bytes(Sheet("权责清单", power.columns, POWER_V2)),
        note="根据机构职能调整更新",
    ))  # fmt: skip
    for version in versions:
        demo_review(version, LIST_STAGE, reviewer=reviewer)
        list_version_publish(version=version, actor=coordinator)
