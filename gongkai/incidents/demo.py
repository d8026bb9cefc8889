"""Demo incident: a major emergency started 4 hours 20 minutes before the demo is loaded, so
its 5-hour clock (EMG-1) is close to due and runs out while one looks at it. Its first notice
waits in the confidentiality review: once the reviewer approves and it is published, the clock
is met."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from gongkai.orgs.models import Organisation
from gongkai.publishing.models import InformationItem, Kind
from gongkai.publishing.services import item_create, item_submit

from .models import Incident
from .services import incident_record, release_link_item
from .states import IncidentKind, ReleaseKind, Severity

ORG_PATH = ("云南省人民政府", "云南省卫生和计划生育委员会")
TITLE = "某县中学学生疑似食物中毒事件"
DESCRIPTION = (
    "当日午餐后，某县一所中学数十名学生出现腹痛、呕吐等症状，已送医救治。"
    "网上出现相关视频，社会关注度较高。"
)


def _org() -> Organisation | None:
    org = None
    for name in ORG_PATH:
        org = Organisation.objects.filter(parent=org, name=name).first()
        if org is None:
            return None
    return org


@transaction.atomic
def load_demo_incidents() -> Incident | None:
    """Record the demo incident once (safe to run again)."""
    org = _org()
    actor = get_user_model().objects.filter(username="coordinator", is_active=True).first()
    if org is None or actor is None:
        return None
    existing = Incident.objects.filter(org=org, title=TITLE).first()
    if existing:
        return existing
    now = timezone.now().replace(second=0, microsecond=0)
    incident = incident_record(
        org=org,
        actor=actor,
        title=TITLE,
        kind=IncidentKind.EMERGENCY,
        severity=Severity.MAJOR,
        started_at=now - timedelta(hours=4, minutes=20),
        description=DESCRIPTION,
    )
    release_link_item(
        incident=incident, item=_notice(org, actor), kind=ReleaseKind.AUTHORITATIVE, actor=actor
    )
    return incident


NOTICE_TITLE = "关于某县中学学生疑似食物中毒事件的情况通报"
NOTICE_BODY = (
    "<p>当日12时许，某县一所中学部分学生午餐后出现腹痛、呕吐等症状。接报后，县卫生健康部门"
    "立即组织救治，目前就诊学生生命体征平稳。疾控机构已对留样食品进行采样检测，原因正在调查中。"
    "有关情况将及时发布。</p>"
)


def _notice(org: Organisation, actor) -> InformationItem:
    """The first notice, submitted for the confidentiality review."""
    today = timezone.localdate()
    item = item_create(
        org=org,
        actor=actor,
        fields={
            "kind": Kind.GENERAL,
            "title": NOTICE_TITLE,
            "written_on": today,
            "formed_on": today,
            "summary": "通报学生疑似食物中毒事件救治和调查进展。",
            "body": NOTICE_BODY,
        },
    )
    item_submit(item=item, actor=actor)
    return item
