"""Find the dates a list page prints, the way government sites print them.

Full dates: 2024-05-06, 2024/05/06, 2024.05.06, 2024年5月6日. Short dates (05-06, [05-06],
5月6日) take the year of the nearest heading above them (a line such as “2024年” or “2024”);
without one, the latest year that does not put the date in the future.
"""

import re
from datetime import date

_FULL = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*"
    r"(?P<d>\d{1,2})(?!\d)\s*日?"
)
# A year alone on its line (a heading over short dates): “2024”, “2024年”, “【2024年】”.
_YEAR_HEADING = re.compile(r"^\W*(?P<y>(?:19|20)\d{2})\s*年?\W*$")
_SHORT = re.compile(
    r"(?<![\d\-/.年])(?P<m>[01]?\d)\s*(?:-|/|月)\s*(?P<d>[0-3]?\d)(?![\d\-/.])\s*日?"
)


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str, *, today: date) -> list[date]:
    """Return the dates ``text`` prints, in order; none later than ``today``."""
    found: list[date] = []
    year: int | None = None
    for line in text.splitlines():
        heading = _YEAR_HEADING.match(line)
        if heading:
            year = int(heading["y"])
            continue
        spans: list[tuple[int, int]] = []
        for match in _FULL.finditer(line):
            spans.append(match.span())
            day = _make(int(match["y"]), int(match["m"]), int(match["d"]))
            if day is not None and day <= today:
                found.append(day)
        for match in _SHORT.finditer(line):
            if any(a <= match.start() < b for a, b in spans):
                continue
            m, d = int(match["m"]), int(match["d"])
            if year is not None:
                day = _make(year, m, d)
            else:
                day = _make(today.year, m, d)
                if day is not None and day > today:
                    day = _make(today.year - 1, m, d)
            if day is not None and day <= today:
                found.append(day)
    return found


def latest_date(text: str, *, today: date) -> date | None:
    """The latest date ``text`` prints, up to ``today``; None when it prints none."""
    dates = find_dates(text, today=today)
    return max(dates) if dates else None
