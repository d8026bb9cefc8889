"""Read a yearly holiday schedule file (the State Council's notice, one line per day or range).

Format, one entry per line (blank lines and lines starting with # are ignored)::

    年份: 2027
    通知: 国办发明电〔2026〕12号
    2027-01-01 休 元旦
    2027-02-06..2027-02-13 休 春节
    2027-02-14 班 春节调休上班

``休`` (or ``holiday``/``off``) marks days off, ``班`` (or ``workday``/``work``) marks weekend days
made working days. A range ``A..B`` (also ``A~B`` or ``A至B``) includes both ends.
"""

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError

OFF_WORDS = {"休", "假", "holiday", "off"}
WORK_WORDS = {"班", "上班", "workday", "work"}
HEADER = re.compile(r"^(年份|year|通知|notice)\s*[:：]\s*(.*)$", re.IGNORECASE)
ENTRY = re.compile(r"^(\S+?)(?:\s*(?:\.\.|~|～|至)\s*(\S+))?\s+(\S+)\s*(.*)$")


class ScheduleFileError(DomainError):
    """The file has errors; ``errors`` names each line."""

    def __init__(self, errors: list[str]):
        super().__init__(
            _("The schedule was not loaded: %(errors)s") % {"errors": "；".join(errors[:10])},
            code="schedule_invalid",
        )
        self.errors = errors


@dataclass
class Schedule:
    year: int
    notice: str = ""
    days: dict[date, tuple[bool, str]] = field(default_factory=dict)


def _parse_date(text: str, line_no: int, errors: list[str]) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        errors.append(
            _("line %(line)d: “%(text)s” is not a date in the form YYYY-MM-DD")
            % {"line": line_no, "text": text}
        )
        return None


def parse_schedule(text: str) -> Schedule:
    """Parse a schedule file; raise ScheduleFileError naming every bad line."""
    errors: list[str] = []
    year: int | None = None
    notice = ""
    entries: list[tuple[int, date, date, bool, str]] = []
    for line_no, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip().lstrip("\ufeff")
        if not line or line.startswith("#"):
            continue
        header = HEADER.match(line)
        if header:
            key, value = header.group(1).lower(), header.group(2).strip()
            if key in ("年份", "year"):
                if not re.fullmatch(r"\d{4}", value):
                    errors.append(
                        _("line %(line)d: the year “%(text)s” is not a four-digit year")
                        % {"line": line_no, "text": value}
                    )
                else:
                    year = int(value)
            else:
                notice = value
            continue
        match = ENTRY.match(line)
        if not match:
            errors.append(
                _("line %(line)d: expected “DATE 休|班 NAME”, found “%(text)s”")
                % {"line": line_no, "text": line}
            )
            continue
        first = _parse_date(match.group(1), line_no, errors)
        last = _parse_date(match.group(2), line_no, errors) if match.group(2) else first
        word = match.group(3).lower()
        if word in OFF_WORDS:
            workday = False
        elif word in WORK_WORDS:
            workday = True
        else:
            errors.append(
                _("line %(line)d: “%(word)s” should be 休 (day off) or 班 (working day)")
                % {"line": line_no, "word": match.group(3)}
            )
            continue
        if first and last:
            if last < first:
                errors.append(
                    _("line %(line)d: the range ends before it starts") % {"line": line_no}
                )
                continue
            entries.append((line_no, first, last, workday, match.group(4).strip()))
    if year is None:
        years = {e[1].year for e in entries}
        if len(years) == 1:
            year = years.pop()
        elif not errors:
            errors.append(_("the file needs a line “年份: YYYY”"))
    schedule = Schedule(year=year or 0, notice=notice)
    for line_no, first, last, workday, name in entries:
        day = first
        while day <= last:
            if year and day.year != year:
                errors.append(
                    _("line %(line)d: %(day)s is not in %(year)d")
                    % {"line": line_no, "day": day.isoformat(), "year": year}
                )
            elif workday and day.weekday() < 5:
                errors.append(
                    _(
                        "line %(line)d: %(day)s is a weekday; only a Saturday or Sunday can be "
                        "declared a working day (班)"
                    )
                    % {"line": line_no, "day": day.isoformat()}
                )
            elif day in schedule.days:
                errors.append(
                    _("line %(line)d: %(day)s is listed twice") % {"line": line_no, "day": day}
                )
            else:
                schedule.days[day] = (workday, name)
            day += timedelta(days=1)
    if not errors and not schedule.days:
        errors.append(_("the file lists no days"))
    if errors:
        raise ScheduleFileError(errors)
    return schedule


def format_schedule(year: int, notice: str, days: list[tuple[date, bool, str]]) -> str:
    """Write a schedule back in the file format (for export and the back-office form)."""
    lines = [f"年份: {year}"]
    if notice:
        lines.append(f"通知: {notice}")
    for day, workday, name in sorted(days):
        lines.append(f"{day.isoformat()} {'班' if workday else '休'} {name}".rstrip())
    return "\n".join(lines) + "\n"
