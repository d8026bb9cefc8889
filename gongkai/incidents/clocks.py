"""The release clocks of an incident, in hours and minutes (not working days), pure functions.

EMG-1 (《关于全面推进政务公开工作的意见》实施细则, 国办发〔2016〕80号, and seed 000 item 24):
for 特别重大、重大突发事件 authoritative information within 5 hours at the latest, a press
conference within 24 hours, from the recorded start of the incident.
EMG-2 (关于在政务公开工作中进一步做好政务舆情回应的通知, 国办发〔2016〕61号): other 政务舆情
answered within 48 hours; the 48 hours run by default from when the matter
is logged (setting GONGKAI_INCIDENT_RESPONSE_FROM = "recorded" or "start").
EMG-3: the timers show remaining and overdue hours. Times are aware datetimes; the screens show
them in Asia/Shanghai (TIME_ZONE).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .states import IncidentKind, ReleaseKind, Severity


@dataclass(frozen=True)
class ClockRule:
    key: str
    label: Promise
    hours: int
    #: kinds of release whose publication meets this clock
    met_by: frozenset[str]
    #: True: only 特别重大 and 重大 emergencies (EMG-1); False: every incident (EMG-2)
    major_only: bool
    #: "start" counts from the incident's start; "response" follows the setting (EMG-2)
    counted_from: str = "start"


#: The clocks as data. A press conference is itself authoritative information, and any release
#: answers public concern, so a clock is met by the first release of a kind it lists.
CLOCK_RULES: tuple[ClockRule, ...] = (
    ClockRule(
        "authoritative",
        _("Authoritative information"),
        5,
        frozenset({ReleaseKind.AUTHORITATIVE, ReleaseKind.PRESS_CONFERENCE}),
        major_only=True,
    ),
    ClockRule(
        "press_conference",
        _("Press conference"),
        24,
        frozenset({ReleaseKind.PRESS_CONFERENCE}),
        major_only=True,
    ),
    ClockRule(
        "response",
        _("Response"),
        48,
        frozenset(ReleaseKind.values),
        major_only=False,
        counted_from="response",
    ),
)

MAJOR = frozenset({Severity.EXTRAORDINARY, Severity.MAJOR})

RUNNING = "running"
MET = "met"
LATE = "late"
OVERDUE = "overdue"
STOPPED = "stopped"

STATE_LABELS = {
    RUNNING: _("Running"),
    MET: _("Met on time"),
    LATE: _("Met late"),
    OVERDUE: pgettext_lazy("incident clock", "Overdue"),
    STOPPED: _("Not needed (closed)"),
}


def rules_for(*, kind: str, severity: str) -> list[ClockRule]:
    """The clocks an incident of ``kind`` and ``severity`` runs (EMG-1 only for major ones)."""
    major = kind == IncidentKind.EMERGENCY and severity in MAJOR
    return [rule for rule in CLOCK_RULES if major or not rule.major_only]


@dataclass(frozen=True)
class ClockState:
    key: str
    label: Promise
    hours: int
    starts_at: datetime
    due_at: datetime
    met_at: datetime | None
    state: str
    #: minutes left (running) or past due (overdue); 0 otherwise
    minutes: int

    @property
    def is_running(self) -> bool:
        return self.state == RUNNING

    @property
    def is_overdue(self) -> bool:
        return self.state == OVERDUE

    @property
    def state_label(self) -> Promise:
        return STATE_LABELS[self.state]

    @property
    def hours_minutes(self) -> str:
        """The minutes as hours:minutes (5:00, 0:07, 26:30)."""
        return f"{self.minutes // 60}:{self.minutes % 60:02d}"

    def fraction(self, now: datetime) -> float:
        """How much of the period has passed at ``now`` (1.0 at the deadline)."""
        total = (self.due_at - self.starts_at).total_seconds()
        return (now - self.starts_at).total_seconds() / total if total > 0 else 1.0


def response_counted_from() -> str:
    value = getattr(settings, "GONGKAI_INCIDENT_RESPONSE_FROM", "recorded")
    return value if value in ("recorded", "start") else "recorded"


def clock_start(rule: ClockRule, *, started_at: datetime, recorded_at: datetime) -> datetime:
    if rule.counted_from == "response" and response_counted_from() == "recorded":
        return max(started_at, recorded_at)
    return started_at


def _minutes(delta: timedelta) -> int:
    return int(delta.total_seconds() // 60)


def clock_states(
    *,
    kind: str,
    severity: str,
    started_at: datetime,
    recorded_at: datetime,
    releases: Iterable[tuple[str, datetime | None]],
    now: datetime,
    closed_at: datetime | None = None,
) -> list[ClockState]:
    """Each clock's state at ``now``, from the releases as (kind, time it was made public).

    A clock is met by the first qualifying release made public at or after the start; met after
    the deadline it is late, not met. An unmet clock is overdue once its deadline passed (for a
    closed incident: passed before it was closed), else running, or stopped by the closing.
    """
    made_public = [(k, at) for k, at in releases if at is not None and at >= started_at]
    out = []
    for rule in rules_for(kind=kind, severity=severity):
        starts = clock_start(rule, started_at=started_at, recorded_at=recorded_at)
        due = starts + timedelta(hours=rule.hours)
        times = [at for k, at in made_public if k in rule.met_by]
        met = min(times) if times else None
        minutes = 0
        if met is not None:
            state = MET if met <= due else LATE
        else:
            end = min(now, closed_at) if closed_at else now
            if end > due:
                state, minutes = OVERDUE, _minutes(end - due)
            elif closed_at is not None:
                state = STOPPED
            else:
                state, minutes = RUNNING, max(0, _minutes(due - now + timedelta(seconds=59)))
        out.append(ClockState(rule.key, rule.label, rule.hours, starts, due, met, state, minutes))
    return out


@dataclass(frozen=True)
class FollowUp:
    """EMG-1 after the first clocks: 根据工作进展情况，持续发布权威信息，有关地方和部门
    主要负责人要带头主动发声 (国办发〔2016〕80号). The law sets no interval; ``interval_hours``
    is the office's own (setting GONGKAI_INCIDENT_FOLLOW_UP_HOURS), so a gap past it is a
    prompt, never "overdue"."""

    releases: int
    last_at: datetime | None
    #: whole hours since the last release, up to now (or to the closing)
    hours_since: int
    interval_hours: int
    head_spoke: bool
    #: running, released at least once, and the last release is more than the interval ago
    due: bool


def follow_up_hours() -> int:
    return max(1, int(getattr(settings, "GONGKAI_INCIDENT_FOLLOW_UP_HOURS", 24)))


def follow_up(
    *,
    kind: str,
    severity: str,
    started_at: datetime,
    releases: Iterable[tuple[datetime | None, bool]],
    now: datetime,
    closed_at: datetime | None = None,
) -> FollowUp | None:
    """The continuing releases of a 特别重大/重大 emergency, from its releases as (time made
    public, a head spoke); None for any other incident (EMG-1 holds only for those)."""
    if kind != IncidentKind.EMERGENCY or severity not in MAJOR:
        return None
    public = [(at, head) for at, head in releases if at is not None and at >= started_at]
    last = max((at for at, _head in public), default=None)
    end = min(now, closed_at) if closed_at else now
    hours = max(0, int((end - last).total_seconds() // 3600)) if last else 0
    interval = follow_up_hours()
    return FollowUp(
        releases=len(public),
        last_at=last,
        hours_since=hours,
        interval_hours=interval,
        head_spoke=any(head for _at, head in public),
        due=closed_at is None and last is not None and end - last > timedelta(hours=interval),
    )
