"""Read a request's clock events: the event kinds, their checks, and the pauses they make."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from django.db.models import TextChoices
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from gongkai.core.errors import DomainError
from gongkai.workdays.calendar import WorkdayCalendar


class EventKind(TextChoices):
    """What happened to the reply clock; each kind is one row of a request's clock history."""

    RECEIVED = "received", gettext_lazy("Request received")
    CORRECTION_REQUESTED = "correction_requested", gettext_lazy("Correction requested")
    CORRECTED = "corrected", gettext_lazy("Corrected request received")
    CONSULTATION_SENT = "consultation_sent", gettext_lazy("Consultation letter sent")
    CONSULTATION_ANSWERED = "consultation_answered", gettext_lazy("Consultation answered")
    FEE_NOTICE_SENT = "fee_notice_sent", gettext_lazy("Fee notice sent")
    FEE_PAID = "fee_paid", gettext_lazy("Fee paid")
    EXTENSION_APPROVED = "extension_approved", gettext_lazy("Extension approved")
    DEADLINE_OVERRIDDEN = "deadline_overridden", gettext_lazy("Deadline set for volume")


PAUSE_ENDS = {
    EventKind.CONSULTATION_SENT: EventKind.CONSULTATION_ANSWERED,
    EventKind.FEE_NOTICE_SENT: EventKind.FEE_PAID,
}


@dataclass(frozen=True)
class ClockEvent:
    """One clock event: ``day`` is when it happened (a letter's sending day, a receipt day).

    ``days``: the working days of an extension. ``until``: the deadline set under Art. 35.
    ``delivered_on``: the day the addressee received a consultation letter or fee notice, which
    starts its waiting period. ``ref`` pairs a letter with its answer when several are open
    (e.g. one consultation per third party).
    """

    kind: EventKind
    day: date
    days: int | None = None
    until: date | None = None
    delivered_on: date | None = None
    ref: str = ""
    actor: str = ""
    note: str = ""


@dataclass(frozen=True)
class ClockRules:
    """The periods, in working days; per-agency settings are marked configurable in the rules."""

    reply_days: int = 20  # REQ-DEADLINE-2
    max_extension_days: int = 20  # REQ-DEADLINE-3
    correction_notice_days: int = 7  # REQ-CORR-1
    consultation_days: int = 15  # REQ-CONSULT-1, REQ-CONSULT-2
    fee_payment_days: int = 20  # REQ-FEE-5, configurable
    fee_pauses_clock: bool = True  # REQ-FEE-5, configurable


@dataclass(frozen=True)
class Pause:
    """A letter sent and the wait for its answer; ``ended_on`` is the last paused day used."""

    kind: EventKind
    sent_on: date
    ended_on: date
    ref: str = ""
    answered_on: date | None = None
    delivered_on: date | None = None
    latest_end: date | None = None
    is_open: bool = False
    excluded: tuple[date, ...] = ()


class ClockError(DomainError):
    """The clock events contradict the rules (two extensions, an answer with no letter …)."""

    def __init__(self, message: str):
        super().__init__(message, code="clock_invalid")


def sort_events(events: Iterable[ClockEvent]) -> list[ClockEvent]:
    """Order events by day; same-day events keep the order they were recorded in."""
    return sorted(events, key=lambda e: e.day)  # stable: same-day events keep their order


def read_receipt(events: Sequence[ClockEvent]) -> date:
    """Return the one receipt date; nothing may happen before it."""
    received = [e for e in events if e.kind == EventKind.RECEIVED]
    if len(received) != 1:
        raise ClockError(_("A request has exactly one receipt date (REQ-RECEIPT-1)."))
    day = received[0].day
    early = [e for e in events if e.day < day]
    if early:
        raise ClockError(
            _("“%(event)s” on %(day)s is before the receipt date %(received)s.")
            % {"event": early[0].kind.label, "day": early[0].day, "received": day}
        )
    return day


def read_pauses(
    events: Sequence[ClockEvent], calendar: WorkdayCalendar, rules: ClockRules, today: date
) -> list[Pause]:
    """Pair each letter with its answer; an unanswered letter is open until today."""
    letters: list[ClockEvent] = []
    answers: dict[int, ClockEvent] = {}
    for event in events:
        if event.kind in PAUSE_ENDS:
            letters.append(event)
        elif event.kind in PAUSE_ENDS.values():
            match = next(
                (
                    i
                    for i, letter in enumerate(letters)
                    if PAUSE_ENDS[letter.kind] == event.kind
                    and letter.ref == event.ref
                    and i not in answers
                ),
                None,
            )
            if match is None:
                raise ClockError(
                    _("“%(event)s” on %(day)s answers no letter sent before it.")
                    % {"event": event.kind.label, "day": event.day}
                )
            answers[match] = event
    pauses = []
    for i, letter in enumerate(letters):
        if letter.kind == EventKind.FEE_NOTICE_SENT and not rules.fee_pauses_clock:
            continue
        period = (
            rules.consultation_days
            if letter.kind == EventKind.CONSULTATION_SENT
            else rules.fee_payment_days
        )
        latest = calendar.add_workdays(letter.delivered_on, period) if letter.delivered_on else None
        answer = answers.get(i)
        end = answer.day if answer else today
        if latest is not None:
            end = min(end, latest)
        end = max(end, letter.day)
        is_open = answer is None and letter.day <= today and (latest is None or today <= latest)
        pauses.append(
            Pause(
                kind=letter.kind,
                sent_on=letter.day,
                ended_on=end,
                ref=letter.ref,
                answered_on=answer.day if answer else None,
                delivered_on=letter.delivered_on,
                latest_end=latest,
                is_open=is_open,
            )
        )
    return pauses


def read_extension(events: Sequence[ClockEvent], rules: ClockRules) -> ClockEvent | None:
    """Return the extension, if any: at most one, of 1 to 20 working days (REQ-DEADLINE-3)."""
    extensions = [e for e in events if e.kind == EventKind.EXTENSION_APPROVED]
    if len(extensions) > 1:
        raise ClockError(_("The reply period can be extended only once (REQ-DEADLINE-3)."))
    if not extensions:
        return None
    days = extensions[0].days or 0
    if not 1 <= days <= rules.max_extension_days:
        raise ClockError(
            _("An extension adds 1 to %(max)d working days, not %(days)d (REQ-DEADLINE-3).")
            % {"max": rules.max_extension_days, "days": days}
        )
    return extensions[0]


def read_correction(
    events: Sequence[ClockEvent],
) -> tuple[ClockEvent | None, ClockEvent | None]:
    """Return the one correction notice and the corrected request, if any (REQ-CORR-1, 3)."""
    requested = [e for e in events if e.kind == EventKind.CORRECTION_REQUESTED]
    corrected = [e for e in events if e.kind == EventKind.CORRECTED]
    if len(requested) > 1:
        raise ClockError(_("Only one correction notice may be sent per request (REQ-CORR-1)."))
    if corrected and (not requested or len(corrected) > 1 or corrected[0].day < requested[0].day):
        raise ClockError(_("A corrected request must follow the one correction notice."))
    return (requested[0] if requested else None), (corrected[0] if corrected else None)


def read_overrides(events: Sequence[ClockEvent]) -> list[ClockEvent]:
    """Return the deadlines set under Art. 35, each with its date and reason (REQ-VOLUME-1)."""
    overrides = [e for e in events if e.kind == EventKind.DEADLINE_OVERRIDDEN]
    for event in overrides:
        if event.until is None or not event.note.strip():
            raise ClockError(
                _("A deadline set under Art. 35 needs the new date and the reason (REQ-VOLUME-1).")
            )
    return overrides
