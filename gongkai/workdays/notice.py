"""Read the State Council General Office's holiday notice as published (国办发明电).

CAL-DATA-1: a year's holidays and 调休 working days come from the notice
国务院办公厅关于YYYY年部分节假日安排的通知 (under 《全国年节及纪念日放假办法》 Art. 2 and 6).
The coordinator pastes it as published, from the government website or a newspaper; this
module reads each numbered festival line ("二、春节：2月15日（…周日）至23日（…周一）放假调休，
共9天。2月14日（周六）、2月28日（周六）上班。") into days off and working days. A later notice
that adjusts one festival (关于调整2019年劳动节假期安排的通知) or extends it (关于延长2020年
春节假期的通知) may be pasted after the yearly notice.

Nothing is guessed: a festival line whose dates cannot all be read, a stated weekday that does
not match its date, a day count ("共9天") that does not match the dates, or days off outside
any festival line stop the whole load with the line named. Days the notice dates in the
adjacent year (the 2019 notice's "2018年12月29日（星期六）上班") keep their own year.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.utils.translation import gettext as _

from .schedule_file import Schedule, ScheduleFileError, parse_schedule

NUMERALS = "一二三四五六七八九十"
WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
WEEKDAY_NAMES = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
WORKDAY_SUFFIX = "调休上班"

# The text is NFKC-normalised with all whitespace removed before these patterns run, so
# full-width "：（），；" arrive as ":(),;" and a line broken by a web page is whole again.
HEADING = re.compile(rf"[{NUMERALS}]+、(?P<name>[^:。,;、()\d][^:。,;()]{{0,19}}?):")
ADJUSTMENT = re.compile(r"调整(?P<year>\d{4})年(?P<name>[^,。:;]{2,10}?)(?:假期|放假)安排")
EXTENSION = re.compile(
    r"延长(?P<year>\d{4})年(?P<name>[^,。:;]{2,10}?)假期至"
    r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
)
TITLE_YEAR = [
    re.compile(r"关于(?:调整|延长)?(\d{4})年"),
    re.compile(r"现将(?:调整|延长)?(\d{4})年"),
]
DOC_NUMBER = re.compile(r"国办发(明电)?[〔\[(【](\d{4})[〕\])】](\d+)号")
NOTE = re.compile(r"\(([^()]*)\)")
DAY = re.compile(r"(?:(?P<y>\d{4})年)?(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日(?:\{(?P<w>[0-6-])\})?")
RANGE_JOIN = re.compile(r"[至到~\-—–]")
COUNT = re.compile(r"(?:共|放假)(\d{1,2})天")
# Days off or working days outside any festival line: "2月14日上班" with nothing around it.
STRAY = re.compile(DAY.pattern + r"(?:(?:至|到)" + DAY.pattern.replace("?P<", "?P<e") + r")?"
                   r"(?:放假|(?:正常)?上班)")  # fmt: skip


@dataclass
class _Section:
    """One festival line, or one adjustment of a festival by a later notice."""

    name: str
    line: int
    kind: str  # "festival" or "adjustment"
    rest: list[date] = field(default_factory=list)
    work: list[date] = field(default_factory=list)
    joins_weekend: bool = False


@dataclass
class _Text:
    """The pasted notice, normalised, with a map from character offsets back to lines."""

    raw_lines: list[str]
    joined: str
    starts: list[int]  # offset in ``joined`` where each raw line begins

    def line_of(self, offset: int) -> int:
        line = 0
        for i, start in enumerate(self.starts):
            if start <= offset:
                line = i
            else:
                break
        return line + 1

    def quote(self, line: int) -> str:
        text = self.raw_lines[line - 1].strip()
        return text if len(text) <= 40 else text[:38] + "……"


def _normalise(text: str) -> _Text:
    raw_lines = text.lstrip("\ufeff").splitlines() or [""]
    parts, starts, offset = [], [], 0
    for raw in raw_lines:
        clean = re.sub(r"\s+", "", unicodedata.normalize("NFKC", raw).replace("\u200b", ""))
        starts.append(offset)
        parts.append(clean)
        offset += len(clean)
    return _Text(raw_lines=raw_lines, joined="".join(parts), starts=starts)


def looks_like_notice(text: str) -> bool:
    """Tell the published notice from the line format (which writes dates as YYYY-MM-DD)."""
    flat = unicodedata.normalize("NFKC", text)
    has_iso = re.search(r"^\s*\d{4}-\d{1,2}-\d{1,2}", flat, re.MULTILINE)
    return bool(re.search(r"\d{1,2}\s*月\s*\d{1,2}\s*日", flat)) and not has_iso


def parse_any(text: str) -> Schedule:
    """Parse a pasted notice or, failing the notice's shape, the line format of schedule_file."""
    return parse_notice(text) if looks_like_notice(text) else parse_schedule(text)


class _Parser:
    def __init__(self, text: str):
        self.text = _normalise(text)
        self.errors: list[str] = []
        self.year = 0

    def error(self, line: int, message: str) -> None:
        text = _("line %(line)d (“%(text)s”): %(message)s") % {
            "line": line,
            "text": self.text.quote(line),
            "message": message,
        }
        if text not in self.errors:
            self.errors.append(text)

    # -- the year and the document numbers ---------------------------------------------------

    def find_year(self) -> int | None:
        joined = self.text.joined
        years = []
        for pattern in TITLE_YEAR:
            years += [int(m.group(1)) for m in pattern.finditer(joined)]
        if not years:
            self.errors.append(
                _(
                    "The notice's year was not found: paste the notice with its title "
                    "(国务院办公厅关于YYYY年部分节假日安排的通知)."
                )
            )
            return None
        if len(set(years)) > 1:
            self.errors.append(
                _(
                    "The text holds notices for different years (%(years)s): "
                    "paste one year at a time."
                )
                % {"years": "、".join(str(y) for y in sorted(set(years)))}
            )
            return None
        return years[0]

    def doc_numbers(self) -> str:
        found = []
        for m in DOC_NUMBER.finditer(self.text.joined):
            number = f"国办发{m.group(1) or ''}〔{m.group(2)}〕{m.group(3)}号"
            if number not in found:
                found.append(number)
        return "、".join(found)

    # -- dates ---------------------------------------------------------------------------------

    def mark_notes(self, sentence: str, line: int) -> str:
        """Replace a bracketed note after a date by its weekday as ``{0}``–``{6}``, drop others.

        "2月15日(农历腊月二十八、周日)" becomes "2月15日{6}"; "在除夕(2月9日)休息" loses its note,
        so a date inside a note is never taken for a day off.
        """

        def replace(m: re.Match) -> str:
            if not sentence[: m.start()].endswith("日"):
                return ""
            weekday = re.search(r"(?:周|星期)([一二三四五六日天])", m.group(1))
            return f"{{{WEEKDAYS[weekday.group(1)]}}}" if weekday else "{-}"

        previous = None
        while previous != sentence:
            previous, sentence = sentence, NOTE.sub(replace, sentence, count=1)
        return sentence

    def make_date(self, y: int, m: int, d: int, weekday: str | None, line: int) -> date | None:
        try:
            day = date(y, m, d)
        except ValueError:
            self.error(line, _("%(month)d月%(day)d日 is not a date") % {"month": m, "day": d})
            return None
        if weekday not in (None, "-") and int(weekday) != day.weekday():
            self.error(
                line,
                _("the notice calls %(day)s a %(stated)s, but it falls on a %(actual)s")
                % {
                    "day": day.isoformat(),
                    "stated": WEEKDAY_NAMES[int(weekday)],
                    "actual": WEEKDAY_NAMES[day.weekday()],
                },
            )
            return None
        return day

    def read_days(self, clause: str, line: int) -> list[date] | None:
        """Return every day a clause names, ranges expanded; None (with an error) if unreadable."""
        tokens = list(DAY.finditer(clause))
        days: list[date] = []
        month: int | None = None
        year: int | None = None
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if tok.group("m") is None and month is None:
                self.error(line, _("the date “%(text)s” has no month") % {"text": tok.group(0)})
                return None
            month = int(tok.group("m") or month)
            year = int(tok.group("y")) if tok.group("y") else self.year
            first = self.make_date(year, month, int(tok.group("d")), tok.group("w"), line)
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt and RANGE_JOIN.fullmatch(clause[tok.end() : nxt.start()]):
                end_month = int(nxt.group("m") or month)
                if nxt.group("y"):
                    end_year = int(nxt.group("y"))
                else:
                    end_year = year
                    if end_month < month:
                        self.error(
                            line,
                            _("the range “%(text)s” crosses the new year without naming the year")
                            % {"text": clause[tok.start() : nxt.end()]},
                        )
                        return None
                last = self.make_date(
                    end_year, end_month, int(nxt.group("d")), nxt.group("w"), line
                )
                if first is None or last is None:
                    return None
                if last < first:
                    self.error(line, _("the range ends before it starts"))
                    return None
                days += [first + timedelta(n) for n in range((last - first).days + 1)]
                month, i = end_month, i + 2
                continue
            if first is None:
                return None
            days.append(first)
            i += 1
        return days

    # -- sentences -----------------------------------------------------------------------------

    def read_sentence(self, section: _Section, sentence: str, line: int) -> bool:
        """Add a sentence's days to ``section``; return whether the sentence named any date."""
        sentence = self.mark_notes(sentence, line)
        dated = False
        rest_here: list[date] = []
        for clause in re.split(r"[,;:]", sentence):
            if not DAY.search(clause):
                continue
            dated = True
            days = self.read_days(clause, line)
            if days is None:
                continue
            if "放假" in clause:
                rest_here += days
            elif "上班" in clause:
                section.work += days
            else:
                self.error(
                    line,
                    _("“%(text)s” names dates but says neither 放假 nor 上班")
                    % {"text": re.sub(r"\{[0-6-]\}", "", clause)},
                )
        count = COUNT.search(sentence)
        if count and rest_here and int(count.group(1)) != len(rest_here):
            self.error(
                line,
                _("the notice counts %(stated)s days off, but the dates give %(counted)d")
                % {"stated": count.group(1), "counted": len(rest_here)},
            )
        if "与周末连休" in sentence:
            section.joins_weekend = True
        section.rest += rest_here
        return dated

    def check_stray(self, sentence: str, line: int) -> None:
        if STRAY.search(self.mark_notes(sentence, line)):
            self.error(line, _("days off or working days stand outside any festival line"))

    def read_segment(self, section: _Section | None, segment: str, offset: int, opener: bool):
        """Read the text from one marker (festival line, adjustment) up to the next."""
        active = section is not None
        position = 0
        for sentence in re.split(r"(?<=[。!?])", segment):
            line = self.text.line_of(offset + position)
            position += len(sentence)
            if not sentence:
                continue
            numbered = position > len(sentence) and re.match(rf"[{NUMERALS}]+、", sentence)
            if active and numbered and not (section.kind == "adjustment" and not section.rest):
                active = False  # a new numbered item without "名称：" is not this festival's
            if not active:
                self.check_stray(sentence, line)
                continue
            dated = self.read_sentence(section, sentence, line)
            if not dated and not opener:
                active = False  # prose after the festival's dates ends its line
            opener = False

    # -- the whole notice ----------------------------------------------------------------------

    def markers(self) -> list[tuple[int, str, re.Match]]:
        joined = self.text.joined
        found = []
        for m in HEADING.finditer(joined):
            before = joined[: m.start()]
            if not before or before[-1] in "。:;!?" or m.start() in self.text.starts:
                found.append((m.start(), "festival", m))
        found += [(m.start(), "adjustment", m) for m in ADJUSTMENT.finditer(joined)]
        return sorted(found, key=lambda f: f[0])

    def parse(self) -> Schedule:
        year = self.find_year()
        if year is None:
            raise ScheduleFileError(self.errors)
        self.year = year
        joined = self.text.joined
        marks = self.markers()
        sections: list[_Section] = []
        self.read_segment(None, joined[: marks[0][0]] if marks else joined, 0, False)
        for i, (start, kind, m) in enumerate(marks):
            end = marks[i + 1][0] if i + 1 < len(marks) else len(joined)
            name = m.group("name")
            line = self.text.line_of(start)
            current = sections[-1] if sections else None
            if kind == "adjustment" and current and current.kind == kind and current.name == name:
                section = current  # the title and the opening sentence both name the festival
            else:
                section = _Section(name=name, line=line, kind=kind)
                sections.append(section)
            self.read_segment(section, joined[start:end], start, kind == "adjustment")
        festivals = [s for s in sections if s.kind == "festival"]
        if not festivals:
            self.errors.append(
                _("No festival line (such as “一、元旦：…”) was found in the notice.")
            )
        for section in sections:
            if not section.rest and section.kind == "festival":
                self.error(
                    section.line,
                    _("the days off of %(name)s cannot be read") % {"name": section.name},
                )
        self.apply_adjustments(sections, festivals)
        self.apply_extensions(festivals)
        schedule = Schedule(year=year, notice=self.doc_numbers())
        for festival in festivals:
            self.add_days(schedule, festival)
        if self.errors:
            raise ScheduleFileError(self.errors)
        return schedule

    def find_festival(self, festivals: list[_Section], name: str, line: int) -> _Section | None:
        for festival in festivals:
            if name == festival.name or name in festival.name.split("、"):
                return festival
        self.error(
            line,
            _(
                "this notice changes %(name)s, but the notice that first set it is not in the "
                "text: paste the yearly notice and this one together"
            )
            % {"name": name},
        )
        return None

    def apply_adjustments(self, sections: list[_Section], festivals: list[_Section]) -> None:
        for adjustment in (s for s in sections if s.kind == "adjustment"):
            if not adjustment.rest:
                self.error(
                    adjustment.line,
                    _("the days off of %(name)s cannot be read") % {"name": adjustment.name},
                )
                continue
            festival = self.find_festival(festivals, adjustment.name, adjustment.line)
            if festival:
                festival.rest, festival.work = adjustment.rest, adjustment.work
                festival.joins_weekend = adjustment.joins_weekend

    def apply_extensions(self, festivals: list[_Section]) -> None:
        for m in EXTENSION.finditer(self.text.joined):
            line = self.text.line_of(m.start())
            festival = self.find_festival(festivals, m.group("name"), line)
            year = int(m.group("y") or m.group("year"))
            until = self.make_date(year, int(m.group("m")), int(m.group("d")), None, line)
            if not festival or not festival.rest or until is None:
                continue
            last = max(festival.rest)
            if until <= last:
                self.error(line, _("the extension ends before the holiday it extends"))
                continue
            added = [last + timedelta(n) for n in range(1, (until - last).days + 1)]
            festival.rest += added
            festival.work = [d for d in festival.work if d not in added]

    def add_days(self, schedule: Schedule, festival: _Section) -> None:
        rest = sorted(set(festival.rest))
        if rest and festival.joins_weekend:
            # "与周末连休": the adjacent Saturday and Sunday belong to the festival's break.
            before, after = rest[0] - timedelta(1), rest[-1] + timedelta(1)
            while before.weekday() >= 5 and before not in festival.work:
                rest.insert(0, before)
                before -= timedelta(1)
            while after.weekday() >= 5 and after not in festival.work:
                rest.append(after)
                after += timedelta(1)
        entries = [(d, False, festival.name) for d in rest]
        entries += [(d, True, festival.name + WORKDAY_SUFFIX) for d in sorted(set(festival.work))]
        for day, workday, name in entries:
            if abs(day.year - self.year) > 1:
                self.error(
                    festival.line,
                    _("%(day)s is neither in %(year)d nor in an adjacent year")
                    % {"day": day.isoformat(), "year": self.year},
                )
            elif workday and day.weekday() < 5:
                self.error(
                    festival.line,
                    _(
                        "%(day)s is a weekday; only a Saturday or Sunday can be made a working day "
                        "(上班)"
                    )
                    % {"day": day.isoformat()},
                )
            elif day in schedule.days:
                self.error(festival.line, _("%(day)s is listed twice") % {"day": day.isoformat()})
            else:
                schedule.days[day] = (workday, name)


def parse_notice(text: str) -> Schedule:
    """Parse the published notice; raise ScheduleFileError naming every line it cannot read."""
    return _Parser(text).parse()
