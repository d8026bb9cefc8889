"""The reply clock: due dates checked by hand against the State Council's holiday schedules."""

from datetime import date

import pytest

from gongkai.applications.clock import (
    ClockError,
    ClockEvent,
    ClockRules,
    ClockState,
    EventKind,
    compute_clock,
    count_reply_days,
)
from gongkai.workdays.calendar import WorkdayCalendar, YearNotCovered

K = EventKind
CAL = WorkdayCalendar()


def received(day: date) -> ClockEvent:
    return ClockEvent(K.RECEIVED, day)


def consultation(sent: date, answered: date | None = None, **kwargs) -> list[ClockEvent]:
    events = [ClockEvent(K.CONSULTATION_SENT, sent, **kwargs)]
    if answered is not None:
        events.append(ClockEvent(K.CONSULTATION_ANSWERED, answered, ref=kwargs.get("ref", "")))
    return events


def extension(day: date, days: int = 20) -> ClockEvent:
    return ClockEvent(K.EXTENSION_APPROVED, day, days=days, actor="王主任", note="材料较多")


def clock(*events: ClockEvent | list[ClockEvent], today: date, **kwargs):
    flat: list[ClockEvent] = []
    for event in events:
        flat += event if isinstance(event, list) else [event]
    return compute_clock(flat, CAL, today, **kwargs)


# -- National Day 2024: Oct 1-7 off; Sunday Sep 29 and Saturday Oct 12 are worked (调休) --------


def test_national_day_2024_received_friday_before_is_due_october_30():
    # Counted: Sep 29 (Sun, worked), Sep 30, Oct 8-11, Oct 12 (Sat, worked) = 7;
    # Oct 14-18, 21-25 = 17; Oct 28, 29, 30 = 20.
    result = clock(received(date(2024, 9, 27)), today=date(2024, 10, 8))
    assert result.due_on == date(2024, 10, 30)
    assert result.state == ClockState.RUNNING
    assert result.counted_days[:3] == (date(2024, 9, 29), date(2024, 9, 30), date(2024, 10, 8))
    assert date(2024, 10, 12) in result.counted_days
    # Oct 8 is today: Oct 9-12 (4), Oct 14-30 (13) remain.
    assert result.remaining == 17
    # REQ-CORR-1: 7 WD after Sep 27 = Sep 29, 30, Oct 8, 9, 10, 11, 12 (a worked Saturday).
    assert result.correction_notice_due == date(2024, 10, 12)


def test_national_day_2024_consultation_pause_excludes_the_worked_saturday():
    # Letter sent Tue Oct 8 (still counts), answer Tue Oct 15: Oct 9, 10, 11, 12 (worked Sat),
    # 14, 15 = 6 WD paused. Counted: Sep 29, Sep 30, Oct 8, then Oct 16 … Nov 7 (17 more).
    result = clock(
        received(date(2024, 9, 27)),
        consultation(date(2024, 10, 8), date(2024, 10, 15)),
        today=date(2024, 10, 16),
    )
    assert result.due_on == date(2024, 11, 7)
    assert result.paused_days == (
        date(2024, 10, 9),
        date(2024, 10, 10),
        date(2024, 10, 11),
        date(2024, 10, 12),
        date(2024, 10, 14),
        date(2024, 10, 15),
    )
    assert any("第三十三条第三款" in line for line in result.explanation_lines)


def test_national_day_2024_extension_of_20_adds_after_the_first_20():
    # Oct 30 + 20 WD: Oct 31, Nov 1, Nov 4-8, 11-15, 18-22, 25, 26, 27.
    result = clock(
        received(date(2024, 9, 27)), extension(date(2024, 10, 25)), today=date(2024, 10, 25)
    )
    assert result.due_on == date(2024, 11, 27)
    assert result.extension_days == 20
    assert not result.warnings


def test_national_day_2024_pause_and_extension_together():
    # 40 counted WD skipping the 6 paused (Oct 9-15): Nov 27 + 6 WD = Nov 28, 29, Dec 2-5.
    result = clock(
        received(date(2024, 9, 27)),
        consultation(date(2024, 10, 8), date(2024, 10, 15)),
        extension(date(2024, 10, 25)),
        today=date(2024, 10, 25),
    )
    assert result.due_on == date(2024, 12, 5)


# -- Spring Festival 2025: Jan 28-Feb 4 off; Sunday Jan 26 and Saturday Feb 8 are worked -------


def test_spring_festival_2025_due_february_21():
    # Counted: Jan 21-24 (4), Jan 26 Sun worked (5), Jan 27 (6), Feb 5-7 (9), Feb 8 Sat
    # worked (10), Feb 10-14 (15), Feb 17-21 (20).
    result = clock(received(date(2025, 1, 20)), today=date(2025, 1, 20))
    assert result.due_on == date(2025, 2, 21)
    assert result.remaining == 20
    # REQ-CORR-1: Jan 21, 22, 23, 24, 26, 27, Feb 5.
    assert result.correction_notice_due == date(2025, 2, 5)


def test_spring_festival_2025_consultation_pause():
    # Sent Fri Jan 24 (counts); answered Sat Feb 8 (worked). Paused: Jan 26, 27, Feb 5, 6, 7,
    # 8 = 6 WD; the 8 holiday days were never working days. Counted: Jan 21-24 (4), Feb 10-14
    # (9), Feb 17-21 (14), Feb 24-28 (19), Mar 3 (20).
    result = clock(
        received(date(2025, 1, 20)),
        consultation(date(2025, 1, 24), date(2025, 2, 8)),
        today=date(2025, 2, 10),
    )
    assert result.due_on == date(2025, 3, 3)
    assert len(result.paused_days) == 6


def test_spring_festival_2025_extension_of_20():
    # Feb 21 + 20 WD: Feb 24-28, Mar 3-7, 10-14, 17-21.
    result = clock(
        received(date(2025, 1, 20)), extension(date(2025, 2, 20)), today=date(2025, 2, 20)
    )
    assert result.due_on == date(2025, 3, 21)


def test_fee_notice_pauses_until_payment():
    # Fee notice sent Wed Feb 5 2025, paid Mon Feb 10: Feb 6, 7, 8 (worked Sat), 10 paused
    # (REQ-FEE-5). Counted: Jan 21-24, 26, 27, Feb 5 (7), Feb 11-14 (11), 17-21 (16), 24-27.
    result = clock(
        received(date(2025, 1, 20)),
        ClockEvent(K.FEE_NOTICE_SENT, date(2025, 2, 5), delivered_on=date(2025, 2, 6)),
        ClockEvent(K.FEE_PAID, date(2025, 2, 10)),
        today=date(2025, 2, 11),
    )
    assert result.due_on == date(2025, 2, 27)
    unpaused = compute_clock(
        [
            received(date(2025, 1, 20)),
            ClockEvent(K.FEE_NOTICE_SENT, date(2025, 2, 5)),
            ClockEvent(K.FEE_PAID, date(2025, 2, 10)),
        ],
        CAL,
        date(2025, 2, 11),
        rules=ClockRules(fee_pauses_clock=False),
    )
    assert unpaused.due_on == date(2025, 2, 21)  # the agency turned the fee pause off


# -- National Day + Mid-Autumn 2025: Oct 1-8 off; Sunday Sep 28 and Saturday Oct 11 worked -----


def test_national_day_2025_due_october_30():
    # Counted: Sep 28 Sun worked (1), Sep 29, 30 (3), Oct 9, 10 (5), Oct 11 Sat worked (6),
    # Oct 13-17 (11), 20-24 (16), 27, 28, 29, 30 (20).
    result = clock(received(date(2025, 9, 26)), today=date(2025, 9, 26))
    assert result.due_on == date(2025, 10, 30)


def test_national_day_2025_consultation_pause():
    # Sent Tue Sep 30 (counts), answered Sat Oct 11 (worked): paused Oct 9, 10, 11 = 3 WD.
    # Counted: Sep 28, 29, 30 (3), Oct 13-17 (8), 20-24 (13), 27-31 (18), Nov 3, 4 (20).
    result = clock(
        received(date(2025, 9, 26)),
        consultation(date(2025, 9, 30), date(2025, 10, 11)),
        today=date(2025, 10, 13),
    )
    assert result.due_on == date(2025, 11, 4)
    assert result.paused_days == (date(2025, 10, 9), date(2025, 10, 10), date(2025, 10, 11))


def test_national_day_2025_extension_of_20():
    # Oct 30 + 20 WD: Oct 31, Nov 3-7, 10-14, 17-21, 24-27.
    result = clock(
        received(date(2025, 9, 26)), extension(date(2025, 10, 20)), today=date(2025, 10, 20)
    )
    assert result.due_on == date(2025, 11, 27)


# -- correction, overlapping and open pauses ----------------------------------------------------


def test_correction_stops_the_clock_then_restarts_it_in_full():
    events = [
        received(date(2024, 9, 27)),
        ClockEvent(K.CORRECTION_REQUESTED, date(2024, 9, 30)),
    ]
    waiting = compute_clock(events, CAL, date(2024, 10, 9))
    assert waiting.state == ClockState.AWAITING_CORRECTION
    assert waiting.due_on is None and waiting.remaining is None
    # Corrected request received Thu Oct 10: 20 WD from Oct 11: Oct 11, 12 (worked Sat),
    # 14-18 (7), 21-25 (12), Oct 28-Nov 1 (17), Nov 4, 5, 6 (20) (REQ-CORR-3).
    done = compute_clock(
        [*events, ClockEvent(K.CORRECTED, date(2024, 10, 10))], CAL, date(2024, 10, 10)
    )
    assert done.state == ClockState.RUNNING
    assert done.trigger_on == date(2024, 10, 10)
    assert done.due_on == date(2024, 11, 6)


def test_overlapping_pauses_count_once():
    # A: Oct 8→15 pauses Oct 9-12, 14, 15 (6); B: Oct 11→18 pauses Oct 12, 14-18 (6). Union:
    # Oct 9-12, 14-18 = 9 WD, not 12. Counted: Sep 29, 30, Oct 8, Oct 21-25, Oct 28-Nov 1,
    # Nov 4-8 (18), Nov 11, 12 (20).
    result = clock(
        received(date(2024, 9, 27)),
        consultation(date(2024, 10, 8), date(2024, 10, 15), ref="甲公司"),
        consultation(date(2024, 10, 11), date(2024, 10, 18), ref="乙公司"),
        today=date(2024, 10, 21),
    )
    assert result.due_on == date(2024, 11, 12)
    assert len(result.paused_days) == 9
    assert [len(p.excluded) for p in result.pauses] == [6, 6]


def test_open_consultation_gives_provisional_due_date_and_latest_end():
    # Sent Tue Sep 30 2025, received by the third party Thu Oct 9, no answer on Mon Oct 13.
    # If answered today: Oct 9, 10, 11 (worked Sat), 13 paused; counted Sep 28, 29, 30,
    # Oct 14-17 (7), 20-24 (12), 27-31 (17), Nov 3, 4, 5 (20).
    # Latest end (REQ-CONSULT-1): 15 WD after Oct 9 = Oct 10, 11, 13-17, 20-24, 27, 28, 29.
    events = [
        received(date(2025, 9, 26)),
        *consultation(date(2025, 9, 30), delivered_on=date(2025, 10, 9), ref="丙公司"),
    ]
    result = compute_clock(events, CAL, date(2025, 10, 13))
    assert result.state == ClockState.PAUSED
    assert result.provisional
    assert result.due_on == date(2025, 11, 5)
    assert result.pauses[0].latest_end == date(2025, 10, 29)
    assert any("2025-10-29" in line for line in result.explanation_lines)
    # No answer by the latest end: the pause stops on Oct 29 and the date is fixed: Sep 28, 29,
    # 30, Oct 30, 31 (5), Nov 3-7 (10), 10-14 (15), 17-21 (20).
    later = compute_clock(events, CAL, date(2025, 11, 3))
    assert later.state == ClockState.RUNNING
    assert not later.provisional
    assert later.due_on == date(2025, 11, 21)


def test_remaining_is_negative_when_overdue():
    # Due Wed Oct 30 2024; on Fri Nov 1, Oct 31 and Nov 1 have passed: 2 WD overdue.
    result = clock(received(date(2024, 9, 27)), today=date(2024, 11, 1))
    assert result.remaining == -2


def test_deadline_set_for_volume_replaces_the_due_date():
    override = ClockEvent(
        K.DEADLINE_OVERRIDDEN, date(2024, 10, 18), until=date(2024, 12, 31), note="半年内申请47件"
    )
    result = clock(received(date(2024, 9, 27)), override, today=date(2024, 10, 18))
    assert result.statutory_due_on == date(2024, 10, 30)
    assert result.due_on == date(2024, 12, 31)
    assert any("第三十五条" in line for line in result.explanation_lines)


# -- calendar years ---------------------------------------------------------------------------


def test_due_date_in_an_unloaded_year_raises_year_not_covered():
    # From Tue Dec 15 2026, the 20th WD falls in January 2027, which has no schedule.
    with pytest.raises(YearNotCovered) as exc:
        clock(received(date(2026, 12, 15)), today=date(2026, 12, 15))
    assert exc.value.year == 2027


def test_due_date_in_2027_once_its_schedule_is_loaded():
    # Assumed 2027 notice: Fri Jan 1 off. From Dec 15 2026: Dec 16-18 (3), 21-25 (8),
    # 28-31 (12), Jan 4-8 2027 (17), Jan 11, 12, 13 (20).
    calendar = WorkdayCalendar(overrides={date(2027, 1, 1): False}, loaded_years=frozenset({2027}))
    result = compute_clock([received(date(2026, 12, 15))], calendar, date(2026, 12, 15))
    assert result.due_on == date(2027, 1, 13)


# -- rules the events must respect --------------------------------------------------------------


@pytest.mark.parametrize(
    "events",
    [
        [extension(date(2024, 10, 8), days=21)],
        [extension(date(2024, 10, 8), days=0)],
        [extension(date(2024, 10, 8), days=5), extension(date(2024, 10, 9), days=5)],
        [
            ClockEvent(K.CORRECTION_REQUESTED, date(2024, 9, 30)),
            ClockEvent(K.CORRECTION_REQUESTED, date(2024, 10, 8)),
        ],
        [ClockEvent(K.CORRECTED, date(2024, 10, 8))],
        [ClockEvent(K.CONSULTATION_ANSWERED, date(2024, 10, 8))],
        [ClockEvent(K.DEADLINE_OVERRIDDEN, date(2024, 10, 8), until=date(2024, 12, 1))],
        [ClockEvent(K.DEADLINE_OVERRIDDEN, date(2024, 10, 8), until=date(2024, 10, 9), note="多")],
        [ClockEvent(K.CONSULTATION_SENT, date(2024, 9, 20))],
    ],
    ids=[
        "extension-over-20",
        "extension-zero",
        "second-extension",
        "second-correction-notice",
        "corrected-without-notice",
        "answer-without-letter",
        "override-without-reason",
        "override-earlier-than-statutory",
        "event-before-receipt",
    ],
)
def test_events_breaking_the_rules_are_refused(events):
    with pytest.raises(ClockError):
        clock(received(date(2024, 9, 27)), events, today=date(2024, 10, 8))


def test_late_correction_notice_is_flagged():
    # Limit Sat Oct 12 2024 (REQ-CORR-1); a notice on Mon Oct 14 is late.
    result = clock(
        received(date(2024, 9, 27)),
        ClockEvent(K.CORRECTION_REQUESTED, date(2024, 10, 14)),
        today=date(2024, 10, 14),
    )
    assert result.warnings


def test_counting_convention_sending_day_counts_and_answer_day_does_not():
    # Sent and answered the same day: nothing is paused (the sending day counts).
    same_day = count_reply_days(
        CAL, trigger=date(2024, 9, 27), days=20, pauses=[(date(2024, 10, 8), date(2024, 10, 8))]
    )
    assert same_day.due_on == date(2024, 10, 30)
    # Answered the next working day: that one day is paused, the due date moves by one WD.
    next_day = count_reply_days(
        CAL, trigger=date(2024, 9, 27), days=20, pauses=[(date(2024, 10, 8), date(2024, 10, 9))]
    )
    assert next_day.paused == (date(2024, 10, 9),)
    assert next_day.due_on == date(2024, 10, 31)


def test_explain_days_lists_counted_and_paused_days():
    result = clock(
        received(date(2024, 9, 27)),
        consultation(date(2024, 10, 8), date(2024, 10, 15)),
        today=date(2024, 10, 16),
        explain_days=True,
    )
    listing = result.explanation_lines[-2:]
    assert "2024-09-29" in listing[0] and "2024-11-07" in listing[0]
    assert "2024-10-12" in listing[1]
