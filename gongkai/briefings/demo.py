"""Demo ledger: the health commission's press conferences and interpretations of this year.

The work plan's requirements are set for this year; each quarter that has ended holds a press
conference except the last one, which shows as missed; the current quarter is still due.
In the first quarter no quarter of this year has ended, so last year is filled the same way.
"""

from datetime import date

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from gongkai.orgs.models import Organisation
from gongkai.publishing.models import InformationItem, Kind

from .kinds import EntryKind, SpeakerRole
from .models import LedgerEntry
from .services import checks_adopt_standard, entry_create

ORG_PATH = ("云南省人民政府", "云南省卫生和计划生育委员会")
HEAD = ("李明华", "党组书记、主任")
SPOKESPERSON = ("周晓云", "新闻发言人、办公室主任")
OTHER_HEAD = ("杨建国", "党组成员、副主任")

TOPICS = {
    1: "全省深化医药卫生体制改革工作进展新闻发布会",
    2: "全省基本公共卫生服务项目实施情况新闻发布会",
    3: "全省家庭医生签约服务工作新闻发布会",
    4: "全省医疗服务能力提升工作新闻发布会",
}
PRESS_URL = "https://www.example.gov.cn/xwfb/"


def _org() -> Organisation | None:
    org = None
    for name in ORG_PATH:
        org = Organisation.objects.filter(parent=org, name=name).first()
        if org is None:
            return None
    return org


def _quarter(day: date) -> int:
    return (day.month - 1) // 3 + 1


def _fill_year(org: Organisation, actor, year: int, today: date) -> None:
    """Press conferences in each ended quarter of ``year`` but the last one ended."""
    checks_adopt_standard(org=org, year=year, actor=actor)
    ended = 4 if year < today.year else _quarter(today) - 1
    for quarter in range(1, ended):  # the last ended quarter is left without one
        speaker, title = HEAD if quarter == 1 else SPOKESPERSON
        entry_create(
            org=org,
            actor=actor,
            kind=EntryKind.PRESS_CONFERENCE,
            held_on=date(year, quarter * 3 - 1, 15),
            topic=TOPICS[quarter],
            speaker=speaker,
            speaker_title=title,
            speaker_role=SpeakerRole.PRINCIPAL_HEAD if quarter == 1 else SpeakerRole.SPOKESPERSON,
            material_url=PRESS_URL,
        )
    briefing_day = date(year, 1, 20) if year < today.year or today >= date(year, 1, 20) else None
    if briefing_day:
        speaker, title = OTHER_HEAD
        entry_create(
            org=org,
            actor=actor,
            kind=EntryKind.BRIEFING,
            held_on=briefing_day,
            topic="全省卫生计生工作要点政策吹风会",
            speaker=speaker,
            speaker_title=title,
            speaker_role=SpeakerRole.OTHER_HEAD,
            material_url=PRESS_URL,
        )
    _interviews(org, actor, year, today)


def _interviews(org: Organisation, actor, year: int, today: date) -> None:
    """The principal head's online interviews (在线访谈, seed 000 item 22) in June and
    September, where those days have come."""
    speaker, title = HEAD
    for month, topic in ((6, "健康云南建设"), (9, "分级诊疗制度建设")):
        day = date(year, month, 10)
        if day <= today:
            entry_create(
                org=org,
                actor=actor,
                kind=EntryKind.ONLINE_INTERVIEW,
                held_on=day,
                topic=f"主要负责同志在线访谈：{topic}",
                speaker=speaker,
                speaker_title=title,
                speaker_role=SpeakerRole.PRINCIPAL_HEAD,
                material_url=PRESS_URL,
            )


def _interpretation(org: Organisation, actor) -> None:
    """The principal head's interpretation of the demo's policy document, within 3 WD."""
    material = (
        InformationItem.objects.filter(org=org, kind=Kind.INTERPRETATION, is_public=True)
        .exclude(interprets=None)
        .order_by("-published_on")
        .first()
    )
    if material is None:
        return
    speaker, title = HEAD
    entry_create(
        org=org,
        actor=actor,
        kind=EntryKind.INTERP_HEAD,
        held_on=material.published_on,
        topic=material.title,
        speaker=speaker,
        speaker_title=title,
        speaker_role=SpeakerRole.PRINCIPAL_HEAD,
        material=material,
    )


@transaction.atomic
def load_demo_briefings() -> int:
    org = _org()
    actor = get_user_model().objects.filter(username="coordinator").first()
    if org is None or actor is None:
        return 0
    if LedgerEntry.objects.filter(org=org).exists():
        return LedgerEntry.objects.filter(org=org).count()
    today = timezone.localdate()
    if _quarter(today) == 1:
        _fill_year(org, actor, today.year - 1, today)
    _fill_year(org, actor, today.year, today)
    _interpretation(org, actor)
    return LedgerEntry.objects.filter(org=org).count()
