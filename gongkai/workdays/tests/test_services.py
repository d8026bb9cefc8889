"""Loading yearly schedules and correcting days: audited, all-or-nothing, announced."""

import subprocess
import sys
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from gongkai.core.models import AuditEntry
from gongkai.core.tests.skips import own_sqlite_process
from gongkai.workdays.calendar import YearNotCovered
from gongkai.workdays.models import DayOverride, YearSchedule
from gongkai.workdays.schedule_file import ScheduleFileError
from gongkai.workdays.selectors import add_workdays, is_workday, missing_years
from gongkai.workdays.services import day_set, schedule_load
from gongkai.workdays.signals import calendar_changed

SCHEDULE_2027 = """\
# 国务院办公厅关于2027年部分节假日安排的通知 (example data for tests)
年份: 2027
通知: 国办发明电〔2026〕99号
2027-01-01 休 元旦
2027-02-06..2027-02-12 休 春节
2027-02-13 班 春节调休上班
"""


@pytest.mark.django_db
def test_loading_2027_makes_its_deadlines_computable(django_capture_on_commit_callbacks):
    with pytest.raises(YearNotCovered):
        add_workdays(date(2026, 12, 25), 10)
    years = []

    def receiver(sender, **kwargs):
        years.append(kwargs["years"])

    calendar_changed.connect(receiver)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            schedule_load(text=SCHEDULE_2027, source="test")
    finally:
        calendar_changed.disconnect(receiver)
    assert years == [{2027}]
    # Dec 28-31 (4), Jan 4-8 (9), Jan 11 (10): Jan 1 off.
    assert add_workdays(date(2026, 12, 25), 10) == date(2027, 1, 11)
    assert not is_workday(date(2027, 2, 8))
    assert is_workday(date(2027, 2, 13))  # a Saturday made a working day
    assert is_workday(date(2027, 3, 1))  # an ordinary Monday of a loaded year
    entry = AuditEntry.objects.get(action="calendar.load_year")
    assert entry.after["notice"] == "国办发明电〔2026〕99号"
    assert entry.after["days"]["2027-02-13"] is True


@pytest.mark.django_db
def test_a_malformed_date_names_its_line_and_stores_nothing():
    schedule_load(text=SCHEDULE_2027)
    broken = SCHEDULE_2027.replace("2027-01-01 休", "2027-13-01 休") + "2027-03-01 班 错误\n"
    with pytest.raises(ScheduleFileError) as info:
        schedule_load(text=broken)
    assert any(e.startswith("第4行") or "line 4" in e for e in info.value.errors)
    assert any("2027-03-01" in e for e in info.value.errors)  # a Monday cannot be 调休上班
    # The earlier schedule is intact.
    assert DayOverride.objects.filter(day=date(2027, 1, 1), is_workday=False).exists()
    assert YearSchedule.objects.count() == 1


@pytest.mark.django_db
def test_missing_years_warns_two_months_ahead():
    assert missing_years(today=date(2026, 11, 22)) == [2027]
    assert missing_years(today=date(2026, 6, 1)) == []
    schedule_load(text=SCHEDULE_2027)
    assert missing_years(today=date(2026, 11, 22)) == []


@pytest.mark.django_db
def test_a_single_day_correction_is_audited(coordinator):
    day_set(day=date(2024, 10, 8), is_workday=False, name="地方调整", actor=coordinator)
    assert add_workdays(date(2024, 9, 30), 1) == date(2024, 10, 9)
    entry = AuditEntry.objects.get(action="calendar.set_day")
    assert entry.actor == coordinator
    assert entry.after == {"is_workday": False, "name": "地方调整"}


@pytest.mark.django_db
def test_cli_add_prints_the_date_alone_on_the_last_line():
    out = StringIO()
    call_command("workdays", "add", "2024-09-27", "20", stdout=out)
    assert out.getvalue().strip().splitlines()[-1] == "2024-10-30"


@pytest.mark.django_db
def test_cli_load_then_add(tmp_path):
    path = tmp_path / "2027.txt"
    path.write_text(SCHEDULE_2027, encoding="utf-8")
    with pytest.raises(CommandError, match="2027"):
        call_command("workdays", "add", "2026-12-25", "10", stdout=StringIO())
    call_command("workdays", "load", str(path), stdout=StringIO())
    out = StringIO()
    call_command("workdays", "add", "2026-12-25", "10", stdout=out)
    assert out.getvalue().strip().splitlines()[-1] == "2027-01-11"


@pytest.mark.django_db
def test_cli_add_reads_a_date_as_an_official_writes_it():
    for typed in ("2024/9/27", "2024年9月27日"):
        out = StringIO()
        call_command("workdays", "add", typed, "20", stdout=out)
        assert out.getvalue().strip().splitlines()[-1] == "2024-10-30"


@pytest.mark.django_db
def test_cli_rejects_a_bad_date():
    with pytest.raises(CommandError, match="2024-02-30"):
        call_command("workdays", "add", "2024-02-30", "3", stdout=StringIO())


@own_sqlite_process
def test_the_console_command_exists(tmp_path):
    """`gongkai workdays add` works as a real process (what staff type)."""
    env = {"GONGKAI_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    migrate = [sys.executable, "-m", "gongkai", "migrate", "-v0"]
    subprocess.run(migrate, check=True, env=env, timeout=120)
    result = subprocess.run(
        [sys.executable, "-m", "gongkai", "workdays", "add", "2024-09-27", "20"],
        capture_output=True, text=True, env=env, timeout=60, check=True,
    )  # fmt: skip
    assert result.stdout.strip().splitlines()[-1] == "2024-10-30"


@pytest.mark.django_db
def test_cli_load_reads_a_notice_file_too(tmp_path):
    notice = Path(__file__).parent / "data" / "notice_2026.txt"
    out = StringIO()
    call_command("workdays", "load", str(notice), stdout=out)
    assert "2026" in out.getvalue() and "39" in out.getvalue()  # 33 days off, 6 worked
    assert YearSchedule.objects.get(year=2026).notice == "国办发明电〔2025〕7号"
