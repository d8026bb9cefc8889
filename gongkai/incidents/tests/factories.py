"""Test helpers: incidents recorded through the service."""

from datetime import datetime

from gongkai.incidents.services import incident_record
from gongkai.incidents.states import IncidentKind, Severity


def record(*, org, actor, started_at: datetime, **overrides):
    fields = {
        "title": "某县中学学生疑似食物中毒事件",
        "kind": IncidentKind.EMERGENCY,
        "severity": Severity.MAJOR,
        "description": "数十名学生午餐后出现不适。",
    }
    fields.update(overrides)
    return incident_record(org=org, actor=actor, started_at=started_at, **fields)
