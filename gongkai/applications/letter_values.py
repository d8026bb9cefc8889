"""Read a procedural letter's facts from the case and turn them into placeholder values.

Dates the letters promise are counted in working days from the day after the trigger
(CAL-COUNT-1); when the holiday schedule of the year is missing, the letter states the period
without a date rather than guess one (CAL-MISSING-1).
"""

from datetime import date
from typing import Any

from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError
from gongkai.workdays.calendar import YearNotCovered
from gongkai.workdays.selectors import current_calendar

from . import fees
from .agency_settings import clock_rules_for, fee_scale_for
from .clock_events import ClockRules, EventKind
from .letter_kinds import DEFAULT_HOW_TO_PAY, LetterKind
from .letter_text import chinese_date
from .models import Application

RULES = ClockRules()
PER_REQUEST, PER_PAGE = "per_request", "per_page"
#: Default reason in a 征求意见书 to a third party, for the handler to make specific.
DEFAULT_HARM = "该信息涉及你方的商业秘密、个人隐私等合法权益，公开后可能损害你方合法权益"


def _last_event(app: Application, kind: str):
    return app.clock_events.filter(kind=kind).order_by("-day", "-id").first()


def letter_facts(*, app: Application, kind: str) -> dict[str, Any]:
    """Return what the case already says for a letter of ``kind``: the latest step's data."""
    facts: dict[str, Any] = {}
    if kind == LetterKind.CORRECTION:
        event = _last_event(app, EventKind.CORRECTION_REQUESTED)
        if event:
            facts = {"items": event.note, "correct_by": event.until}
    elif kind in (LetterKind.CONSULT_THIRD_PARTY, LetterKind.CONSULT_BODY):
        event = _last_event(app, EventKind.CONSULTATION_SENT)
        facts = {"information": app.description}
        if event:
            facts |= {"addressee": event.ref, "reason": event.note}
            facts["delivered_on"] = event.delivered_on
    elif kind == LetterKind.THIRD_PARTY_DISCLOSURE:
        event = _last_event(app, EventKind.CONSULTATION_SENT)
        facts = {"information": app.description, "addressee": event.ref if event else ""}
    elif kind == LetterKind.EXTENSION:
        event = _last_event(app, EventKind.EXTENSION_APPROVED)
        if event:
            facts = {"reason": event.note, "days": event.days}
    elif kind == LetterKind.FEE:
        event = _last_event(app, EventKind.FEE_NOTICE_SENT)
        facts = {"method": PER_PAGE, "delivered_on": event.delivered_on if event else None}
    elif kind == LetterKind.NEW_DEADLINE:
        event = _last_event(app, EventKind.DEADLINE_OVERRIDDEN)
        if event:
            facts = {"reason": event.note, "new_due": event.until}
    return facts


def _within(days: int, start: str, delivered_on: date | None, *, after: bool = False) -> str:
    """Write “15 working days from receipt”, with the last day when receipt is known."""
    when = "之次日" if after else "之日"
    text = f"收到{start}{when}起{days}个工作日内"
    if delivered_on is None:
        return text
    try:
        last = current_calendar().add_workdays(delivered_on, days)
    except YearNotCovered:
        return text
    return f"{text}（即{chinese_date(last)}前）"


def fee_bands(
    method: str, quantity: int, *, band_size: int, band_step: int
) -> list[tuple[int, int, int]]:
    """Return the bands (first, last, yuan each) that set the fee, for the letter to show.

    按件 (REQ-FEE-3, 109号 第四条): only this request is charged, at the band its place in the
    applicant's month falls in, so that one band. 按量 (REQ-FEE-4, 第五条): every page band up to
    the number of pages, free ones included.
    """
    if method == PER_REQUEST:
        band = fees.request_band(quantity, band_size=band_size, band_step=band_step)
        return [(band.first, band.last or quantity, band.rate)]
    return [(s.band.first, s.last, s.band.rate) for s in fees.pages_by_band(quantity)]


def suggested_fee(method: str, quantity: int, *, band_size: int, band_step: int) -> int:
    """Return the fee fees.py computes for this request, in yuan (one method, never both)."""
    if method == PER_REQUEST:
        return fees.fee_for_nth_request(quantity, band_size=band_size, band_step=band_step)
    return fees.fee_per_page(quantity)


def _fee_values(app: Application, facts: dict[str, Any]) -> dict[str, str]:
    method, quantity = facts.get("method") or PER_PAGE, facts.get("quantity")
    if not quantity:
        raise DomainError(_("Give the number of requests or pages charged."), field="quantity")
    scale = fee_scale_for(org=app.org)
    bands = fee_bands(method, quantity, **scale)
    suggested = suggested_fee(method, quantity, **scale)
    if method == PER_REQUEST:
        ((first, last, rate),) = bands
        rates = (
            f"本申请为该申请人本自然月第{quantity}件，适用第{first}至{last}件"
            + ("免费" if rate == 0 else f"每件{rate}元")
            + "的标准"
        )
    else:
        rates = "；".join(
            f"第{a}至{b}页" + ("免费" if rate == 0 else f"每页{rate}元") for a, b, rate in bands
        )
    amount = facts.get("amount")
    amount = suggested if amount is None else amount
    amount_text = f"{amount}元"
    paid_bands = [(a, b, rate) for a, b, rate in bands if rate]
    if method == PER_PAGE and amount == suggested and len(paid_bands) > 1:
        parts = "＋".join(f"{b - a + 1}页×{rate}元" for a, b, rate in paid_bands)
        amount_text += f"（{parts}）"
    rules = clock_rules_for(org=app.org)
    return {
        "method": "按件计收" if method == PER_REQUEST else "按量计收",
        "quantity": (
            f"本自然月累计第{quantity}件申请" if method == PER_REQUEST else f"{quantity}页"
        ),
        "rate": rates,
        "amount": amount_text,
        "how_to_pay": (facts.get("how_to_pay") or "").strip() or DEFAULT_HOW_TO_PAY,
        "pay_by": _within(
            rules.fee_payment_days, "本通知书", facts.get("delivered_on"), after=True
        ),
    }


def _require(facts: dict[str, Any], name: str, message: str) -> Any:
    value = facts.get(name)
    if value in (None, ""):
        raise DomainError(message, field=name)
    return value


def kind_values(*, app: Application, kind: str, facts: dict[str, Any]) -> dict[str, str]:
    """Return the values of the placeholders particular to ``kind`` (REQ-LETTERS-1)."""
    if kind == LetterKind.CORRECTION:
        # REQ-CORR-1, REQ-CORR-2: every item in one notice, with the deadline the handler set.
        items = _require(facts, "items", _("List every item the applicant must correct."))
        until = _require(facts, "correct_by", _("Set the correction deadline."))
        return {"items": items, "correct_by": chinese_date(until)}
    if kind in (LetterKind.CONSULT_THIRD_PARTY, LetterKind.CONSULT_BODY):
        # REQ-CONSULT-1, REQ-CONSULT-2: 15 working days from the addressee's receipt.
        start = "本征求意见书" if kind == LetterKind.CONSULT_THIRD_PARTY else "本函"
        return {
            "information": _require(facts, "information", _("Name the information concerned.")),
            "reason": (facts.get("reason") or "").strip() or DEFAULT_HARM,
            "answer_period": _within(RULES.consultation_days, start, facts.get("delivered_on")),
        }
    if kind == LetterKind.THIRD_PARTY_DISCLOSURE:
        return {
            "information": _require(facts, "information", _("Name the information concerned.")),
            "reason": _require(
                facts, "reason", _("Say why non-disclosure would seriously affect the public.")
            ),
        }
    if kind == LetterKind.EXTENSION:
        # REQ-DEADLINE-3: the extension's days, the new due date and the reason.
        days = _require(facts, "days", _("No extension has been approved for this request."))
        if app.due_on is None:
            raise DomainError(_("The new due date cannot be computed yet (缺少该年度节假日安排)."))
        return {
            "days": str(days),
            "due_date": chinese_date(app.due_on),
            "reason": _require(facts, "reason", _("Give the reason for the extension.")),
        }
    if kind == LetterKind.FEE:
        return _fee_values(app, facts)
    if kind == LetterKind.REASONS:
        until = _require(facts, "answer_by", _("Set the day by which reasons are due."))
        return {"facts": facts.get("facts") or "", "answer_by": chinese_date(until)}
    if kind == LetterKind.NEW_DEADLINE:
        until = _require(facts, "new_due", _("Set the later reply deadline."))
        return {
            "new_due": chinese_date(until),
            "reason": _require(facts, "reason", _("Give the reason for the later deadline.")),
        }
    raise DomainError(_("Unknown kind of letter."))
