"""`gongkai applications due`: the what-if deadline on the database calendar."""

from datetime import date
from io import StringIO

import pytest
import time_machine
from django.core.management import CommandError, call_command

from gongkai.workdays.models import DayOverride, YearSchedule

pytestmark = pytest.mark.django_db


def due(*args: str) -> list[str]:
    out = StringIO()
    call_command("applications", "due", *args, stdout=out)
    return out.getvalue().splitlines()


@time_machine.travel("2026-11-22 10:00 +0800", tick=False)
def test_prints_explanation_then_iso_due_date_last():
    # Oct 1-7 2024 off, Sep 29 and Oct 12 worked: the 20th WD after Sep 27 is Oct 30.
    lines = due("--received", "2024-09-27")
    assert lines[-1] == "2024-10-30"
    assert len(lines) > 3
    assert any("第三十三条第二款" in line for line in lines[:-1])
    assert "答复期限届满日：2024-10-30" in "\n".join(lines)  # zh-hans catalog, compiled by make
    assert "超期" in lines[-2]  # as of 2026-11-22 the period has long run out


@pytest.mark.parametrize("received", ["2024/9/27", "2024.9.27", "2024年9月27日"])
def test_a_date_is_read_as_an_official_writes_it(received):
    assert due("--received", received)[-1] == "2024-10-30"


def test_pause_and_extension():
    # Pause Oct 8→15 excludes Oct 9-12, 14, 15 (6 WD); 40 WD then end on Dec 5 2024.
    lines = due(
        "--received", "2024-09-27", "--pause", "2024-10-08:2024-10-15", "--extension", "20",
        "--today", "2024-10-16",
    )  # fmt: skip
    assert lines[-1] == "2024-12-05"


def test_overlapping_pauses_count_once():
    # Union of Oct 9-15 and Oct 12-18 is 9 WD: due Nov 12 2024 (not Nov 15).
    lines = due(
        "--received", "2024-09-27", "--pause", "2024-10-08:2024-10-15",
        "--pause", "2024-10-11:2024-10-18", "--today", "2024-10-21",
    )  # fmt: skip
    assert lines[-1] == "2024-11-12"


def test_corrected_restarts_the_count():
    # Corrected Jan 27 2025 (the Monday before Spring Festival): Feb 5-7, 8 (worked Sat),
    # Feb 10-14, 17-21, 24-28 (19), Mar 3 (20).
    lines = due(
        "--received", "2025-01-20", "--correction-requested", "2025-01-22",
        "--corrected", "2025-01-27", "--today", "2025-01-27",
    )  # fmt: skip
    assert lines[-1] == "2025-03-03"


def test_explain_days_lists_the_days():
    lines = due("--received", "2025-09-26", "--explain-days", "--today", "2025-09-26")
    assert lines[-1] == "2025-10-30"
    assert "2025-09-28" in lines[-2]  # a worked Sunday is listed among the counted days


def test_database_calendar_override_moves_the_due_date():
    # A coordinator declares Wed Oct 30 2024 a day off: the 20th WD becomes Thu Oct 31.
    DayOverride.objects.create(day=date(2024, 10, 30), is_workday=False, name="test")
    assert due("--received", "2024-09-27", "--today", "2024-10-08")[-1] == "2024-10-31"


def test_year_not_covered_is_a_clear_error():
    with pytest.raises(CommandError, match="缺少该年度节假日安排") as exc:
        due("--received", "2026-12-15", "--today", "2026-12-15")
    assert "--received" in str(exc.value)


def test_loaded_2027_schedule_is_used():
    # Assumed notice: Fri Jan 1 2027 off. Dec 16-18, 21-25, 28-31 (12), Jan 4-8 (17), 11-13.
    schedule = YearSchedule.objects.create(year=2027, notice="test")
    DayOverride.objects.create(day=date(2027, 1, 1), is_workday=False, schedule=schedule)
    assert due("--received", "2026-12-15", "--today", "2026-12-15")[-1] == "2027-01-13"


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--received", "2024-9-31"], "--received"),
        (["--received", "2024-09-27", "--corrected", "yesterday"], "--corrected"),
        (["--received", "2024-09-27", "--pause", "2024-10-15:2024-10-08"], "--pause"),
        (["--received", "2024-09-27", "--pause", "2024-10-15"], "--pause"),
        (["--received", "2024-09-27", "--extension", "21"], "--extension"),
        (["--received", "2024-09-27", "--extension", "-1"], "--extension"),
        (["--received", "2024-09-27", "--extension", "ten"], "--extension"),
        (["--received", "2024-09-27", "--corrected", "2024-09-20"], "--corrected"),
        (["--received", "2024-09-27", "--pause", "2024-09-20:2024-10-08"], "--pause"),
    ],
)
def test_bad_input_names_the_argument(args, named):
    with pytest.raises(CommandError) as exc:
        due(*args)
    assert named in str(exc.value)
