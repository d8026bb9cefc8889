"""Demo data: the figures and texts the demo health commission wrote for last year's report."""

from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from gongkai.orgs.models import Organisation

from .demo_history import load_report_year_requests
from .models import EnteredFigure, ReportNarrative
from .narrative import narrative_draft
from .selectors import annual_tables
from .services import figures_save, narrative_save

ORG_PATH = ["云南省人民政府", "云南省卫生和计划生育委员会"]

#: What the records cannot say: the office writes it (《条例》第五十条).
TEXTS = {
    "一(三)": "严格落实政府信息公开保密审查制度，信息发布前均经保密审查。",
    "一(四)": "完成政府信息公开专栏改版，实现指南、制度、法定主动公开内容、年报四个栏目集中展示。",
    "一(五)": "将政务公开工作纳入年度绩效考核，组织业务培训2次。",
    "五": "一是部分栏目更新不够及时；二是政策解读形式较为单一。下一步将建立栏目更新提醒机制，"
    "丰富图表、音视频等解读形式。",
}

#: Table 二's figures from other systems, as a provincial health commission might report them.
FIGURES = {
    ("二", "行政许可", "本年处理决定数量"): Decimal(1286),
    ("二", "行政处罚", "本年处理决定数量"): Decimal(57),
    ("二", "行政强制", "本年处理决定数量"): Decimal(3),
    ("二", "行政事业性收费", "本年收费金额（单位：万元）"): Decimal("12.46"),
}


def _org() -> Organisation | None:
    org = None
    for name in ORG_PATH:
        org = Organisation.objects.filter(parent=org, name=name).first()
        if org is None:
            return None
    return org


@transaction.atomic
def load_demo_reports() -> int:
    """Bring in last year's requests and enter its table 二 figures and texts, once; return
    how many figures the commission has entered."""
    org = _org()
    coordinator = get_user_model().objects.filter(username="coordinator").first()
    if org is None or coordinator is None:
        return 0
    year = timezone.localdate().year - 1
    reviewer = get_user_model().objects.filter(username="reviewer").first()
    load_report_year_requests(org=org, year=year, actor=coordinator, reviewer=reviewer)
    if not EnteredFigure.objects.filter(org=org, year=year).exists():
        figures_save(
            org=org, year=year, values=FIGURES, actor=coordinator, note="政务服务平台年度统计"
        )
    if not ReportNarrative.objects.filter(org=org, year=year).exists():
        draft = narrative_draft(annual_tables(org=org, year=year))
        texts = {key: TEXTS.get(key) or text for key, text in draft.items()}
        narrative_save(org=org, year=year, sections=texts, actor=coordinator)
    return EnteredFigure.objects.filter(org=org).count()
