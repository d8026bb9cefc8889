"""Word the reply clock's explanation: one translated sentence per step, citing its rule."""

from collections.abc import Sequence
from datetime import date

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .clock_events import ClockEvent, ClockRules, EventKind, Pause

#: Legal sources quoted in the explanation; exact Chinese citations, never translated
#: (REQ-PAUSE-1, REQ-FEE-5; rule IDs stay in the code, screens cite the law).
SOURCES = {
    "consultation": "《条例》第三十三条第三款",
    "fee": "国办函〔2020〕109号",
}


def received(day: date, label: str) -> str:
    return _(
        "Request received on %(day)s (%(label)s): this is the trigger day, which itself does "
        "not count (CAL-COUNT-1, REQ-RECEIPT-1, 《条例》第三十一条)."
    ) % {"day": day, "label": label}


def correction_limit(days: int, day: date) -> str:
    return _(
        "A correction notice, if one is needed, must be sent once, within %(days)d working days "
        "of receipt, that is by %(day)s (REQ-CORR-1, 《条例》第三十条)."
    ) % {"days": days, "day": day}


def correction_requested(day: date) -> str:
    return _(
        "Correction notice sent on %(day)s: the clock stops until the corrected request is "
        "received (REQ-CORR-3, 《条例》第三十条)."
    ) % {"day": day}


def correction_late(day: date, limit: date) -> str:
    return _(
        "The correction notice was sent on %(day)s, after its time limit of %(limit)s (REQ-CORR-1)."
    ) % {"day": day, "limit": limit}


def awaiting_correction() -> str:
    return _("Waiting for the corrected request: there is no due date until it is received.")


def corrected(day: date, days: int) -> str:
    return _(
        "Corrected request received on %(day)s: it becomes the trigger day and the %(days)d "
        "working days restart in full (REQ-CORR-3, 《条例》第三十条)."
    ) % {"day": day, "days": days}


def reply_period(days: int, trigger: date) -> str:
    return _(
        "Reply period: %(days)d working days, counted from the day after %(trigger)s "
        "(REQ-DEADLINE-2, 《条例》第三十三条第二款)."
    ) % {"days": days, "trigger": trigger}


def _pause_name(pause: Pause) -> str:
    if pause.kind == EventKind.FEE_NOTICE_SENT:
        return _("Fee notice")
    if pause.ref:
        return _("Consultation letter (%(ref)s)") % {"ref": pause.ref}
    return _("Consultation letter")


def pause(pause: Pause, rules: ClockRules, today: date) -> list[tuple[str, str]]:
    """Describe one pause: its span, the working days it excludes, and its latest end."""
    fee = pause.kind == EventKind.FEE_NOTICE_SENT
    rule = "REQ-FEE-5" if fee else "REQ-PAUSE-1"
    count = len(pause.excluded)
    values = {
        "what": _pause_name(pause),
        "sent": pause.sent_on,
        "end": pause.ended_on,
        "count": count,
        "source": SOURCES["fee" if fee else "consultation"],
    }
    if pause.answered_on is not None and pause.answered_on == pause.ended_on:
        message = (
            ngettext(
                "%(what)s sent on %(sent)s, paid on %(end)s: %(count)d working day after the "
                "sending day, up to and including %(end)s, is not counted (%(source)s).",
                "%(what)s sent on %(sent)s, paid on %(end)s: %(count)d working days after the "
                "sending day, up to and including %(end)s, are not counted (%(source)s).",
                count,
            )
            if fee
            else ngettext(
                "%(what)s sent on %(sent)s, answered on %(end)s: %(count)d working day after the "
                "sending day, up to and including %(end)s, is not counted (%(source)s).",
                "%(what)s sent on %(sent)s, answered on %(end)s: %(count)d working days after "
                "the sending day, up to and including %(end)s, are not counted (%(source)s).",
                count,
            )
        )
    elif pause.is_open and (pause.latest_end is None or today < pause.latest_end):
        message = ngettext(
            "%(what)s sent on %(sent)s, not yet answered: if the answer comes today (%(end)s), "
            "%(count)d working day after the sending day is not counted, so the due date below "
            "is provisional (%(source)s).",
            "%(what)s sent on %(sent)s, not yet answered: if the answer comes today (%(end)s), "
            "%(count)d working days after the sending day are not counted, so the due date below "
            "is provisional (%(source)s).",
            count,
        )
    else:
        message = ngettext(
            "%(what)s sent on %(sent)s: its waiting period ended on %(end)s without an answer in "
            "time, so %(count)d working day after the sending day, up to and including "
            "%(end)s, is not counted (%(source)s).",
            "%(what)s sent on %(sent)s: its waiting period ended on %(end)s without an answer in "
            "time, so %(count)d working days after the sending day, up to and including "
            "%(end)s, are not counted (%(source)s).",
            count,
        )
    lines = [(rule, message % values)]
    if pause.is_open:
        lines.append(_latest_end(pause, rules, fee))
    if count == 0 and pause.ended_on > pause.sent_on:
        lines.append(
            (
                rule,
                _(
                    "This pause does not move the due date: it began after the day the "
                    "period ran out, or excludes no working day."
                ),
            )
        )
    return lines


def _latest_end(pause: Pause, rules: ClockRules, fee: bool) -> tuple[str, str]:
    rule = "REQ-FEE-5" if fee else "REQ-CONSULT-1"
    if pause.latest_end is None or pause.delivered_on is None:
        return rule, _(
            "The letter's delivery date is not recorded, so the latest end of this pause is not "
            "known yet."
        )
    values = {
        "day": pause.latest_end,
        "delivered": pause.delivered_on,
        "period": rules.fee_payment_days if fee else rules.consultation_days,
    }
    if fee:
        return rule, _(
            "Payment is due by %(day)s at the latest: %(period)d working days after the applicant "
            "received the notice on %(delivered)s (REQ-FEE-5)."
        ) % values
    return rule, _(
        "The answer is due by %(day)s at the latest: %(period)d working days after the "
        "addressee received the letter on %(delivered)s; the pause ends then even without an "
        "answer (REQ-CONSULT-1, 《条例》第三十二条、第三十四条)."
    ) % values


def overlap(shared: int, total: int) -> str:
    return ngettext(
        "The pauses overlap on %(shared)d working day, excluded only once: %(total)d working "
        "days are excluded in all (REQ-PAUSE-1).",
        "The pauses overlap on %(shared)d working days, excluded only once: %(total)d working "
        "days are excluded in all (REQ-PAUSE-1).",
        shared,
    ) % {"shared": shared, "total": total}


def extension(event: ClockEvent) -> str:
    values = {"days": event.days, "day": event.day, "actor": event.actor, "reason": event.note}
    if event.actor:
        message = _(
            "Extension of %(days)d working days approved on %(day)s by %(actor)s; the days are "
            "added after everything above (REQ-DEADLINE-3, 《条例》第三十三条第二款)."
        )
    else:
        message = _(
            "Extension of %(days)d working days approved on %(day)s; the days are added after "
            "everything above (REQ-DEADLINE-3, 《条例》第三十三条第二款)."
        )
    return message % values


def extension_reason(reason: str) -> str:
    return _("Reason for the extension: %(reason)s") % {"reason": reason}


def extension_late(day: date, base_due: date) -> str:
    return _(
        "The extension was approved on %(day)s, after the original period had run out on "
        "%(due)s (REQ-DEADLINE-3)."
    ) % {"day": day, "due": base_due}


def due(day: date, label: str, n: int, provisional: bool) -> str:
    values = {"day": day, "label": label, "n": n}
    if provisional:
        return (
            _(
                "Due date if the answer comes today: %(day)s (%(label)s), the last of %(n)d "
                "counted working days; each further working day of waiting moves it one working "
                "day later."
            )
            % values
        )
    return _("Due date: %(day)s (%(label)s), the last of %(n)d counted working days.") % values


def override(event: ClockEvent, statutory_due: date) -> str:
    return _(
        "On %(day)s a later deadline, %(until)s, was set and notified because of the volume of "
        "requests; it replaces the computed %(due)s (REQ-VOLUME-1, 《条例》第三十五条). "
        "Reason: %(reason)s"
    ) % {"day": event.day, "until": event.until, "due": statutory_due, "reason": event.note}


def remaining(today: date, due_on: date, n: int) -> str:
    values = {"today": today, "due": due_on, "n": abs(n)}
    if today > due_on:
        return (
            ngettext(
                "As of %(today)s the period ran out on %(due)s: overdue by %(n)d working day.",
                "As of %(today)s the period ran out on %(due)s: overdue by %(n)d working days.",
                abs(n),
            )
            % values
        )
    if n == 0:
        return _("As of %(today)s: today is the last day.") % values
    return (
        ngettext(
            "As of %(today)s: %(n)d working day remains.",
            "As of %(today)s: %(n)d working days remain.",
            n,
        )
        % values
    )


def _days(days: Sequence[date]) -> str:
    shown = [
        _("%(day)s (adjusted working day)") % {"day": d} if d.weekday() >= 5 else d.isoformat()
        for d in days
    ]
    return "、".join(shown)


def counted_days(days: Sequence[date]) -> str:
    return _("Counted working days (%(count)d): %(days)s") % {
        "count": len(days),
        "days": _days(days),
    }


def paused_days(days: Sequence[date]) -> str:
    return _("Paused working days, not counted (%(count)d): %(days)s") % {
        "count": len(days),
        "days": _days(days),
    }
