"""Demo data: the demo health commission's requests of last year, so that its annual report on
that year has every table filled (《条例》第五十条).

The closed cases come in as an agency's earlier register would: a workbook built here and
brought in by the import service that `gongkai applications import` uses. The cases with a fee
and the reconsiderations and lawsuits are recorded through the ordinary services, on the days
they happened. A few cases received late in the year before were concluded in the year, and a
few received late in the year were concluded after it, so the report carries cases both ways.
"""

from datetime import date

from django.utils import timezone

from gongkai.applications import services as s
from gongkai.applications.models import Application, RemedyCase
from gongkai.applications.services.imports import COLUMNS, SHEET, applications_import
from gongkai.applications.states import ApplicantType, Channel, DeliveryMethod, IdType, ReplyType
from gongkai.core.idnumbers import id_check_char
from gongkai.core.xlsx import Sheet, workbook_bytes
from gongkai.orgs.models import Organisation
from gongkai.publishing.demo import _item, _theme
from gongkai.publishing.models import CatalogEntry
from gongkai.publishing.models.items import Kind

#: The register numbers of the demo's imported cases start with this.
PREFIX = "云卫公开"

#: (number, received (month, day, year offset), applicant type, content, concluded or None,
#: result). Year offset 0 is the report year, -1 the year before, +1 the year after.
_CASES = [
    ("01", (11, 18, -1), "自然人", "某县人民医院改扩建项目环评批复", (1, 9, 0), "予以公开"),
    ("02", (12, 22, -1), "商业企业", "2024年医疗器械集中采购中标目录", (1, 14, 0), "部分公开"),
    ("03", (1, 8, 0), "自然人", "2024年全省法定传染病疫情概况", (1, 24, 0), "予以公开"),
    (
        "04",
        (1, 20, 0),
        "自然人",
        "某医院医疗事故鉴定意见书",
        (2, 12, 0),
        "不予公开：保护第三方合法权益",
    ),
    ("05", (2, 17, 0), "科研机构", "2020—2024年全省居民健康素养监测数据", (3, 10, 0), "部分公开"),
    (
        "06",
        (3, 3, 0),
        "自然人",
        "本人投诉医院乱收费的处理结果",
        (3, 5, 0),
        "不予处理：信访举报投诉类申请",
    ),
    ("07", (3, 18, 0), "自然人", "2025年基本公共卫生服务补助资金分配表", (4, 8, 0), "予以公开"),
    (
        "08",
        (4, 2, 0),
        "法律服务机构",
        "某医疗纠纷行政处罚案卷",
        (4, 25, 0),
        "不予公开：属于行政执法案卷",
    ),
    (
        "09",
        (4, 21, 0),
        "自然人",
        "全省三级医院床位数",
        (5, 14, 0),
        "无法提供：没有现成信息需要另行制作",
    ),
    ("10", (5, 6, 0), "社会公益组织", "全省罕见病诊疗协作网医院名单", (5, 27, 0), "予以公开"),
    (
        "11",
        (5, 19, 0),
        "自然人",
        "委机关内部考勤管理办法",
        (6, 9, 0),
        "不予公开：属于三类内部事务信息",
    ),
    (
        "12",
        (6, 4, 0),
        "自然人",
        "某诊所执业许可证申请材料",
        (6, 26, 0),
        "无法提供：本机关不掌握相关政府信息",
    ),
    (
        "13",
        (6, 16, 0),
        "商业企业",
        "2025年第一批医疗服务价格项目调整征求意见稿",
        (7, 7, 0),
        "不予公开：属于四类过程性信息",
    ),
    (
        "14",
        (7, 1, 0),
        "自然人",
        "有关文件",
        (7, 29, 0),
        "其他处理：申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    ),
    (
        "15",
        (7, 15, 0),
        "自然人",
        "2024年卫生健康事业发展统计公报",
        (7, 17, 0),
        "不予处理：要求提供公开出版物",
    ),
    ("16", (8, 5, 0), "其他", "全省村卫生室建设标准", (8, 26, 0), "予以公开"),
    (
        "17",
        (8, 19, 0),
        "自然人",
        "本人2019年申请获取的同一批文件",
        (8, 22, 0),
        "不予处理：重复申请",
    ),
    ("18", (9, 2, 0), "科研机构", "全省结核病防治经费使用情况", (9, 24, 0), "部分公开"),
    ("19", (9, 16, 0), "自然人", "医疗机构不良事件上报数据", (10, 14, 0), "其他处理：其他"),
    ("20", (10, 13, 0), "商业企业", "2025年度大型医用设备配置许可名单", (11, 3, 0), "予以公开"),
    ("21", (10, 27, 0), "自然人", "某卫生院院长任免文件", (11, 17, 0), "予以公开"),
    ("22", (11, 10, 0), "自然人", "卫生健康行政执法人员名单", (12, 1, 0), "予以公开"),
    ("23", (12, 8, 0), "法律服务机构", "某医院停业整顿决定", (1, 6, 1), "予以公开"),
    (
        "24",
        (12, 15, 0),
        "自然人",
        "2025年全省献血量统计",
        (1, 13, 1),
        "无法提供：补正后申请内容仍不明确",
    ),
    ("25", (12, 24, 0), "自然人", "全省医师定期考核结果", (1, 20, 1), "部分公开"),
]

#: (number, kind, body, filed (month, day), result, decided (month, day) or None).
_REMEDIES = [
    ("04", RemedyCase.Kind.RECONSIDERATION, "云南省人民政府", (3, 2), "maintained", (4, 28)),
    ("08", RemedyCase.Kind.RECONSIDERATION, "云南省人民政府", (5, 9), "corrected", (7, 3)),
    ("11", RemedyCase.Kind.LAWSUIT_DIRECT, "昆明铁路运输法院", (7, 1), "maintained", (11, 20)),
    ("13", RemedyCase.Kind.RECONSIDERATION, "云南省人民政府", (11, 5), "pending", None),
    ("09", RemedyCase.Kind.LAWSUIT_AFTER, "昆明铁路运输法院", (8, 6), "other", (10, 30)),
]

#: Requests with a fee: (serial, received, content, pages, notice, paid, replied).
_FEES = [
    (41, (3, 10), "2015—2024年全部医疗机构校验记录复印件", 160, (3, 20), (3, 27), (4, 18)),
    (42, (8, 11), "近十年全部护士执业注册变更档案复印件", 130, (8, 20), (8, 26), (9, 19)),
    (43, (10, 9), "全省药品不良反应报告原件复印件", 220, (10, 20), (10, 24), (11, 25)),
]


def _day(year: int, month_day: tuple[int, ...]) -> date:
    month, day, *offset = month_day
    return date(year + (offset[0] if offset else 0), month, day)


def _register(year: int) -> bytes:
    rows = []
    for number, received, kind, content, concluded, result in _CASES:
        closed = concluded is not None and _day(year, concluded) <= timezone.localdate()
        rows.append(
            [
                f"{PREFIX}〔{_day(year, received).year}〕{number}号",
                _day(year, received),
                kind,
                content,
                _day(year, concluded) if closed else None,
                result if closed else None,
            ]
        )
    return workbook_bytes(Sheet(SHEET, COLUMNS, rows))


def _fee_case(org, year, actor, serial, received, content, pages, notice, paid, replied) -> None:
    base = f"53010119850101{serial:03d}"
    app = s.application_register(
        org=org,
        channel=Channel.POST_SIGNED,
        received_on=_day(year, received),
        applicant_name=f"示例申请人{serial:02d}（演示）",
        id_document=base + id_check_char(base),
        description=content,
        actor=actor,
        applicant_type=ApplicantType.PERSON,
        id_type=IdType.ID_CARD,
        phone="010-00000000",
        delivery_method=DeliveryMethod.POST,
        address="云南省昆明市示例路1号（演示）",
    )
    s.application_start(app=app, actor=actor)
    s.application_fee_charge(
        app=app,
        actor=actor,
        day=_day(year, notice),
        method="per_page",
        pages=pages,
        note="请通过非税收入缴款码缴纳。",
    )
    s.application_fee_paid(app=app, actor=actor, day=_day(year, paid))
    s.application_answer(
        app=app,
        actor=actor,
        reply_type=ReplyType.R_DISCLOSE,
        decision="您申请获取的政府信息属于公开范围，本机关予以公开。",
        day=_day(year, replied),
    )
    s.application_close(app=app, actor=actor, reason="已送达，归档。")


def _normative_documents(org: Organisation, year: int, coordinator, reviewer) -> None:
    """A normative document made in ``year`` that repeals an older one (table 二, first block:
    本年制发, 本年废止; 《条例》第二十条第（一）项), published through review as any item."""
    common = {
        "kind": Kind.NORMATIVE,
        "catalog_entry": CatalogEntry.objects.filter(org=org, code="2.1").first(),
        "genre": "通知",
        "theme": _theme("卫生、体育", "卫生"),
    }
    old = _item(
        org, coordinator, reviewer, **common, on=date(year - 4, 3, 10),
        title="云南省医疗卫生机构院务公开实施办法", doc_number=f"云卫规〔{year - 4}〕2号",
        written_on=date(year - 4, 3, 1), valid_from=date(year - 4, 3, 10),
        body="<p>第一条 为推进医疗卫生机构院务公开……</p>",
    )  # fmt: skip
    _item(
        org, coordinator, reviewer, **common, on=date(year, 6, 20),
        title="云南省医疗卫生机构院务公开管理办法", doc_number=f"云卫规〔{year}〕4号",
        written_on=date(year, 6, 10), valid_from=date(year, 6, 20), repeals=old,
        body="<p>第二十条 本办法自印发之日起施行，原实施办法同时废止。</p>",
    )  # fmt: skip


def load_report_year_requests(*, org: Organisation, year: int, actor, reviewer=None) -> int:
    """Bring in ``org``'s requests of ``year`` once, and a normative document made in it (with
    ``reviewer``); return how many cases were created."""
    if reviewer is not None:
        _normative_documents(org, year, actor, reviewer)
    if Application.objects.filter(org=org, register_number__startswith=PREFIX).exists():
        return 0
    summary = applications_import(org=org, data=_register(year), actor=actor)
    cases = {
        a.register_number: a
        for a in Application.objects.filter(org=org, register_number__startswith=PREFIX)
    }
    for number, kind, body, filed, result, decided in _REMEDIES:
        app = cases[f"{PREFIX}〔{year}〕{number}号"]
        remedy = s.remedy_record(
            app=app, actor=actor, kind=kind, body=body, filed_on=_day(year, filed)
        )
        if decided is not None:
            s.remedy_decide(
                remedy=remedy, actor=actor, result=result, decided_on=_day(year, decided)
            )
    for fee in _FEES:
        _fee_case(org, year, actor, *fee)
    return summary.total + len(_FEES)
