"""Demo data: the figures the demo health commission entered for last year's annual report."""

from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from gongkai.orgs.models import Organisation

from .models import EnteredFigure
from .services import figures_save

ORG_PATH = ["云南省人民政府", "云南省卫生和计划生育委员会"]

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
    """Enter last year's table 二 figures once; return how many the commission has entered."""
    org = _org()
    coordinator = get_user_model().objects.filter(username="coordinator").first()
    if org is None or coordinator is None:
        return 0
    year = timezone.localdate().year - 1
    if not EnteredFigure.objects.filter(org=org, year=year).exists():
        figures_save(
            org=org, year=year, values=FIGURES, actor=coordinator, note="政务服务平台年度统计"
        )
    return EnteredFigure.objects.filter(org=org).count()
