"""Ledger entries and checks for the tests, written through the services."""

from datetime import date

from gongkai.briefings.kinds import EntryKind, Period, SpeakerRole
from gongkai.briefings.services import check_create, entry_create


def record(
    *,
    org,
    actor,
    on: date,
    kind: str = EntryKind.PRESS_CONFERENCE,
    role: str = SpeakerRole.SPOKESPERSON,
    **extra,
):
    fields = {
        "topic": "全省医疗服务工作新闻发布会",
        "speaker": "周晓云",
        "speaker_title": "新闻发言人",
    }
    fields.update(extra)
    return entry_create(org=org, actor=actor, kind=kind, held_on=on, speaker_role=role, **fields)


def quarterly_press(*, org, actor, year: int):
    return check_create(
        org=org,
        year=year,
        actor=actor,
        title="每季度至少举办1次新闻发布会",
        kinds=[EntryKind.PRESS_CONFERENCE],
        minimum=1,
        period=Period.QUARTER,
    )
