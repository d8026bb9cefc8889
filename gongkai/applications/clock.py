"""Derive a disclosure request's reply deadline from its clock events, with the reasons shown."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from django.db.models import TextChoices
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from gongkai.workdays.calendar import WorkdayCalendar

from . import clock_text as text
from .clock_events import (
    ClockError,
    ClockEvent,
    ClockRules,
    EventKind,
    Pause,
    read_correction,
    read_extension,
    read_overrides,
    read_pauses,
    read_receipt,
    sort_events,
)

__all__ = [
    "ClockError",
    "ClockEvent",
    "ClockResult",
    "ClockRules",
    "ClockState",
    "Count",
    "EventKind",
    "Pause",
    "Step",
    "compute_clock",
    "count_reply_days",
]


class ClockState(TextChoices):
    """Whether the reply clock is counting, paused by a letter, or stopped for a correction."""

    RUNNING = "running", gettext_lazy("Running")
    PAUSED = "paused", gettext_lazy("Paused")
    AWAITING_CORRECTION = "awaiting_correction", gettext_lazy("Stopped, awaiting correction")


@dataclass(frozen=True)
class Step:
    """One line of the explanation, with the rule ID it applies."""

    rule: str
    text: str


@dataclass(frozen=True)
class Count:
    """The result of counting: the last day of the period, and the days counted and skipped."""

    due_on: date
    counted: tuple[date, ...]
    paused: tuple[date, ...]


@dataclass(frozen=True)
class ClockResult:
    """A request's reply clock as of ``today``, and how it was computed.

    ``due_on`` is None only while a correction is awaited. With an open pause it is the due date
    if the answer came today (``provisional``). ``remaining`` counts the working days still to
    count after today (0 on the last day, negative working days once overdue).
    ``statutory_due_on`` is the date before any deadline set under Art. 35.
    """

    state: ClockState
    today: date
    received_on: date
    trigger_on: date | None
    correction_notice_due: date
    due_on: date | None
    statutory_due_on: date | None
    provisional: bool
    remaining: int | None
    extension_days: int
    pauses: tuple[Pause, ...]
    counted_days: tuple[date, ...]
    paused_days: tuple[date, ...]
    explanation: tuple[Step, ...]
    warnings: tuple[str, ...] = field(default=())

    @property
    def explanation_lines(self) -> list[str]:
        return [step.text for step in self.explanation]


def count_reply_days(
    calendar: WorkdayCalendar, *, trigger: date, days: int, pauses: Iterable[tuple[date, date]]
) -> Count:
    """Return the day on which ``days`` counted working days after ``trigger`` are used up.

    This is Gongkai's one counting convention, until a national text fixes another:
    - every count starts the day after its trigger (CAL-COUNT-1; by analogy with
      《民事诉讼法》第八十五条);
    - a pause ``(sent, end)`` stops the clock for the working days after ``sent`` (the day a
      consultation letter or fee notice was sent, which still counts) up to and including
      ``end`` (the day the answer or payment came, or the waiting period ended); overlapping
      pauses count once (REQ-PAUSE-1, 《条例》第三十三条第三款; REQ-FEE-5);
    - an extension adds its working days after everything else: the caller passes
      ``days = 20 + N`` and counting simply goes on past the 20th day, still skipping pauses
      (REQ-DEADLINE-3, 《条例》第三十三条第二款).
    A day in a year with no schedule raises YearNotCovered (CAL-MISSING-1).
    """
    excluded: set[date] = set()
    for sent, end in pauses:
        excluded.update(calendar.workdays_in(sent, end))
    counted: list[date] = []
    paused: list[date] = []
    day = trigger
    while len(counted) < days:
        day += timedelta(days=1)
        if not calendar.is_workday(day):
            continue
        (paused if day in excluded else counted).append(day)
    return Count(due_on=day, counted=tuple(counted), paused=tuple(paused))


def _with_excluded(pause: Pause, calendar: WorkdayCalendar, trigger: date, due: date) -> Pause:
    """Record the working days this pause kept out of the count (after the trigger, to the due)."""
    days = calendar.workdays_in(pause.sent_on, pause.ended_on)
    return replace(pause, excluded=tuple(d for d in days if trigger < d <= due))


def _remaining(
    calendar: WorkdayCalendar, due: date, today: date, counted: Sequence[date] | None
) -> int:
    if today > due:
        return -calendar.workdays_between(due, today)
    if counted is None:
        return calendar.workdays_between(today, due)
    return sum(1 for d in counted if d > today)


def compute_clock(
    events: Iterable[ClockEvent],
    calendar: WorkdayCalendar,
    today: date | None = None,
    *,
    rules: ClockRules | None = None,
    explain_days: bool = False,
) -> ClockResult:
    """Compute the reply deadline of one request from its clock events.

    OGI Regulations (政府信息公开条例, 2019) Art. 33 para 2 (REQ-DEADLINE-2): 20 working days from
    receipt, extended at most once by at most 20 (REQ-DEADLINE-3); consultation and fee waits
    are not counted (Art. 33 para 3, REQ-PAUSE-1; 109号, REQ-FEE-5); after a correction notice
    (Art. 30, REQ-CORR-1/3) the period restarts from the corrected request's receipt; a deadline
    set under Art. 35 (REQ-VOLUME-1) replaces the computed one. Counting follows
    ``count_reply_days``. A year with no schedule raises YearNotCovered, never a guess.
    """
    rules = rules or ClockRules()
    today = today or timezone.localdate()
    ordered = sort_events(events)
    received = read_receipt(ordered)
    requested, corrected = read_correction(ordered)
    extension = read_extension(ordered, rules)
    extension_days = extension.days or 0 if extension else 0
    overrides = read_overrides(ordered)
    pauses = read_pauses(ordered, calendar, rules, today)
    notice_due = calendar.add_workdays(received, rules.correction_notice_days)
    steps = [
        Step("CAL-COUNT-1", text.received(received, calendar.day_label(received))),
        Step("REQ-CORR-1", text.correction_limit(rules.correction_notice_days, notice_due)),
    ]
    warnings: list[str] = []
    if requested is not None:
        steps.append(Step("REQ-CORR-3", text.correction_requested(requested.day)))
        if requested.day > notice_due:
            warnings.append(text.correction_late(requested.day, notice_due))
            steps.append(Step("REQ-CORR-1", warnings[-1]))
    if requested is not None and corrected is None:
        steps.append(Step("REQ-CORR-3", text.awaiting_correction()))
        return ClockResult(
            state=ClockState.AWAITING_CORRECTION,
            today=today,
            received_on=received,
            trigger_on=None,
            correction_notice_due=notice_due,
            due_on=None,
            statutory_due_on=None,
            provisional=False,
            remaining=None,
            extension_days=extension_days,
            pauses=tuple(pauses),
            counted_days=(),
            paused_days=(),
            explanation=tuple(steps),
            warnings=tuple(warnings),
        )
    trigger = corrected.day if corrected else received
    if corrected is not None:
        steps.append(Step("REQ-CORR-3", text.corrected(corrected.day, rules.reply_days)))
    steps.append(Step("REQ-DEADLINE-2", text.reply_period(rules.reply_days, trigger)))
    total = rules.reply_days + extension_days
    count = count_reply_days(
        calendar, trigger=trigger, days=total, pauses=[(p.sent_on, p.ended_on) for p in pauses]
    )
    pauses = [_with_excluded(p, calendar, trigger, count.due_on) for p in pauses]
    for pause in pauses:
        steps.extend(Step(rule, line) for rule, line in text.pause(pause, rules, today))
    shared = sum(len(p.excluded) for p in pauses) - len(count.paused)
    if shared > 0:
        steps.append(Step("REQ-PAUSE-1", text.overlap(shared, len(count.paused))))
    if extension is not None:
        steps.append(Step("REQ-DEADLINE-3", text.extension(extension)))
        if extension.note:
            steps.append(Step("REQ-DEADLINE-3", text.extension_reason(extension.note)))
        base_due = count.counted[rules.reply_days - 1]
        if extension.day > base_due:
            warnings.append(text.extension_late(extension.day, base_due))
            steps.append(Step("REQ-DEADLINE-3", warnings[-1]))
    provisional = any(p.is_open and (p.latest_end is None or today < p.latest_end) for p in pauses)
    label = calendar.day_label(count.due_on)
    steps.append(Step("REQ-DEADLINE-2", text.due(count.due_on, label, total, provisional)))
    due = count.due_on
    for event in overrides:
        until = event.until or due
        if until <= count.due_on:
            raise ClockError(
                _("A deadline set under Art. 35 must be later than %(due)s (REQ-VOLUME-1).")
                % {"due": count.due_on}
            )
        due = until
        steps.append(Step("REQ-VOLUME-1", text.override(event, count.due_on)))
    remaining = _remaining(calendar, due, today, None if overrides else count.counted)
    steps.append(Step("", text.remaining(today, due, remaining)))
    if explain_days:
        steps.append(Step("CAL-WD-1", text.counted_days(count.counted)))
        if count.paused:
            steps.append(Step("REQ-PAUSE-1", text.paused_days(count.paused)))
    return ClockResult(
        state=ClockState.PAUSED if any(p.is_open for p in pauses) else ClockState.RUNNING,
        today=today,
        received_on=received,
        trigger_on=trigger,
        correction_notice_due=notice_due,
        due_on=due,
        statutory_due_on=count.due_on,
        provisional=provisional,
        remaining=remaining,
        extension_days=extension_days,
        pauses=tuple(pauses),
        counted_days=count.counted,
        paused_days=count.paused,
        explanation=tuple(steps),
        warnings=tuple(warnings),
    )
