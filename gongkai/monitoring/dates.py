"""Find the dates a list page prints, the way government sites print them.

Full dates: 2024-05-06, 2024/05/06, 2024.05.06, 2024年5月6日. Short dates (05-06, [05-06],
5月6日) take the year of the nearest heading above them (a line such as “2024年” or “2024”);
without one, the year of the nearest full date the page prints; without any, the latest year
that does not put the date in the future. A date something expires on (废止时间: …) or takes
effect from (自…起施行) is not a publication date and is left out (MON-CLASS-1: a column's
latest post is what counts).
"""

import re
from datetime import date

_FULL = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*"
    r"(?P<d>\d{1,2})(?!\d)\s*日?"
)
# A year alone on its line (a heading over short dates): “2024”, “2024年”, “【2024年】”.
_YEAR_HEADING = re.compile(r"^\W*(?P<y>(?:19|20)\d{2})\s*年?\W*$")
# 05-06, 5月6日; with a slash only as two digits each (05/06), as “第1/2页” is a page count.
_SHORT = re.compile(
    r"(?<![\d\-/.年])"
    r"(?:(?P<m>[01]?\d)\s*(?:-|月)\s*(?P<d>[0-3]?\d)|(?P<m2>[01]\d)/(?P<d2>[0-3]\d))"
    r"(?![\d\-/.])\s*日?"
)
# Labels of dates that are not publication dates.
_NOT_BEFORE = re.compile(r"(废止|失效|截止|有效期至|终止)[^\d\n]{0,6}$")
_NOT_AFTER = re.compile(r"^\s*(起施行|起实施|起执行|起生效|施行|实施)")


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _published(line: str, start: int, end: int) -> bool:
    return not (
        _NOT_BEFORE.search(line[max(0, start - 10) : start]) or _NOT_AFTER.match(line[end:])
    )


def find_dates(text: str, *, today: date) -> list[date]:
    """Return the publication dates ``text`` prints, in order; none later than ``today``."""
    lines = text.splitlines()
    # The year of each full date, by line: short dates without a heading borrow the nearest.
    full_years = [(n, int(m["y"])) for n, line in enumerate(lines) for m in _FULL.finditer(line)]
    found: list[date] = []
    heading: int | None = None
    for n, line in enumerate(lines):
        match = _YEAR_HEADING.match(line)
        if match:
            heading = int(match["y"])
            continue
        spans: list[tuple[int, int]] = []
        for match in _FULL.finditer(line):
            spans.append(match.span())
            day = _make(int(match["y"]), int(match["m"]), int(match["d"]))
            if day is not None and day <= today and _published(line, *match.span()):
                found.append(day)
        for match in _SHORT.finditer(line):
            if any(a <= match.start() < b for a, b in spans):
                continue
            if not _published(line, *match.span()):
                continue
            m = int(match["m"] or match["m2"])
            d = int(match["d"] or match["d2"])
            year = heading
            if year is None and full_years:
                year = min(full_years, key=lambda item: abs(item[0] - n))[1]
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
    """The latest publication date ``text`` prints, up to ``today``; None when it prints none."""
    dates = find_dates(text, today=today)
    return max(dates) if dates else None
