"""Private persons named in the prose of news and notices, where no label or list says so.

Each rule reads one way published texts present a private person (not an official acting in
office, whom find_people leaves out):

- the person an honour is conferred on: 授予董建华“…”称号, 追授王振龙同志“…”;
- a person introduced by age, birth or generation: 1998年出生的潘奕行, 21岁的栗智玮,
  老人名叫李素兰, 95后王哲;
- a name followed by a private profession, or after a job: 罗文谦律师, 报账员李长财;
- a paragraph opened by a person and what they do: 吴金锁，万和门厂老板，…;
- names each followed by their school or unit in prize lists: 李睿(某小学)余南希(某小学)…
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import Finding
from .labelled import _bare_label_name
from .names import CONTEXT_WORDS, STRONG, _name, classify, surname_of

_NAME = r"[\u4e00-\u9fff]{2,3}"
_DOTTED = r"[\u4e00-\u9fff]{1,12}(?:·[\u4e00-\u9fff]{1,12})+"

#: 授予董建华“…” / 授予樊锦诗(女)“…” / 追授王振龙同志“…”
_CONFERRED = re.compile(
    rf"(?:授予|追授)({_DOTTED}|{_NAME})([（(][^（）()\n]{{1,12}}[）)])?(?:同志)?[“\"「『]"
)


def find_conferred(text: str) -> Iterator[Finding]:
    """The person a title or medal is conferred on: 授予董建华“…杰出贡献者”国家荣誉称号
    (授予热地(藏族)“…”: a nationality in brackets says it is a person, whatever the name)."""
    for m in _CONFERRED.finditer(text):
        word, note = m.group(1), m.group(2) or ""
        if "·" in word or classify(word) == STRONG or re.search(r"族|[男女]", note):
            yield _name(text, m.start(1), m.end(1), 0.8, "conferred")


#: 1998年出生的潘奕行, 21岁的栗智玮, 年过七旬的王国明, 老人名叫李素兰
_AGED = re.compile(
    r"(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})(?:岁|周岁)的|"
    r"[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?(?:出生|生)的|"
    r"年(?:过|逾|近)(?:[一二三四五六七八九]旬|古稀|花甲|半百)的|"
    r"(?:名叫|名字叫|叫做)|"
    # a generation: 95后王哲因为是…, 00后李娜
    r"(?<![0-9０-９])(?:[0-9０-９]{2}|[零〇一二三四五六七八九]{2})后"
)


#: An office after the age or birth: 1984年出生的干部洪永旺, 1988年出生的驻村书记… name an
#: official acting in office (public information, 《条例》第二十条), not a private person.
_OFFICE_AFTER_AGE = re.compile(
    r"(?:驻村|扶贫|年轻|青年|优秀|基层|党员|村|镇|乡|社区|街道|女|男|副|第一)*"
    r"(?:干部|书记|支书|主任|村官|民警|辅警|警官|局长|科长|镇长|乡长|"
    r"县长|村长|所长|站长|委员|公务员|检察官|法官)"
)


def find_aged_people(text: str) -> Iterator[Finding]:
    """A name right after the person's age or birth (…岁的, …年出生的) or 名叫, unless an
    office stands between (1984年出生的干部洪永旺: an official)."""
    for m in _AGED.finditer(text):
        if _OFFICE_AFTER_AGE.match(text, m.end()):
            continue
        yield from _bare_label_name(text, m.end())


#: A job ending in 员 right before a name: 报账员李长财, 保洁员王秀英 (not an office held in
#: a court or an administration: 书记员, 审判员 … name officials acting in office).
_JOB = re.compile(r"([\u4e00-\u9fff]{1,3})员(?=[\u4e00-\u9fff]{2})")
_OFFICE_JOBS = frozenset(
    "书记 检察 审判 陪审 人民陪审 执法 监察 巡视 调研 公务 通讯 委 议 官 动 成 人 雇 会 "
    "职 党".split()
)


def find_people_by_job(text: str) -> Iterator[Finding]:
    """报账员李长财: a full name the surname list and dictionary agree on after a job."""
    for m in _JOB.finditer(text):
        if any(m.group(1).endswith(word) for word in _OFFICE_JOBS):
            continue
        for f in _bare_label_name(text, m.end()):
            if len(f.text) == 3:
                yield f
            break


#: A private profession written after the name: 罗文谦律师 (not 律师事务所).
_PROFESSION_AFTER = re.compile(r"(?:律师|医生|护士)(?!事务所|协会|所|事务)")


def find_professionals(text: str) -> Iterator[Finding]:
    """罗文谦律师, 来到王波律师的房间: the 2–3 characters before a private profession that the
    surname list and dictionary agree are a name (张律师 is a desk, not a name)."""
    for m in _PROFESSION_AFTER.finditer(text):
        for length in (3, 2):
            start = m.start() - length
            word = text[max(0, start) : m.start()]
            if start < 0 or not re.fullmatch(_NAME, word):
                continue
            if classify(word) == STRONG and not _inside_word(text, start, length):
                yield _name(text, start, m.start(), 0.8, "profession")
                break


def _inside_word(text: str, start: int, length: int) -> bool:
    """A two-character candidate glued to a surname before it is part of a longer name."""
    return length == 2 and bool(surname_of(text[start - 1 : start])) and start > 0


#: 吴金锁，万和门厂老板，… — a paragraph (or sentence) opened by a person and what they do.
_OPENED_BY_PERSON = re.compile(
    rf"(?:^|(?<=[。！？!?]))[ \t\u3000]*({_NAME})[，,]([^，,。\n]{{2,30}}?"
    r"(?:老板|店主|党员|村民|居民|农民|工人|职工|个体户|养殖户|种植户|志愿者|学生|司机|老人|群众))"
    r"[，,。]",
    re.MULTILINE,
)


def find_opening_people(text: str) -> Iterator[Finding]:
    """张华，随县万和镇居委会年轻党员，…: the name a paragraph opens with, when the clause after
    it says what private person they are."""
    for m in _OPENED_BY_PERSON.finditer(text):
        if classify(m.group(1)) == STRONG:
            yield _name(text, m.start(1), m.end(1), 0.8, "prose")


#: A name right after a list heading, a closing bracket or a separator and right before an
#: opening bracket: 一等奖3名:李睿(江苏泰兴市襟江小学)余南希(…)
_PRIZE = re.compile(r"等奖|获奖|名单|奖项|入选|表彰|荣获|评为")
_WITH_UNIT = re.compile(rf"(?:^|(?<=[)）:：、;；\s]))({_NAME})[（(]", re.MULTILINE)


def find_names_with_units(text: str) -> Iterator[Finding]:
    """Prize lists that give each person with their school or unit in brackets, one after the
    other: two such names at least on a line with a list keyword (获奖, 名单, 等奖 …)."""
    for line_start, line in _lines(text):
        hits = [m for m in _WITH_UNIT.finditer(line) if classify(m.group(1))]
        strong = sum(1 for m in hits if classify(m.group(1)) == STRONG)
        around = line + _previous_line(text, line_start)
        if strong < 2 or not (_PRIZE.search(around) or CONTEXT_WORDS.search(around)):
            continue
        for m in hits:
            yield _name(text, line_start + m.start(1), line_start + m.end(1), 0.75, "list")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _previous_line(text: str, line_start: int) -> str:
    if line_start == 0:
        return ""
    return text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]


#: 王有德和妻子杨学霞: a person named with their family is a private person.
_WITH_FAMILY = re.compile(
    rf"({_NAME})(?:和|与|及|带着)(?:妻子|丈夫|爱人|老伴|儿子|女儿|父亲|母亲|孩子|家人)"
)


def find_family_people(text: str) -> Iterator[Finding]:
    """The person before 和妻子, 与家人 …: the longest 2–3 characters that read as a name."""
    for m in _WITH_FAMILY.finditer(text):
        word = m.group(1)
        for cut in range(len(word) - 1):
            if classify(word[cut:]) == STRONG and not _inside_word(text, m.start(1) + cut, 0):
                yield _name(text, m.start(1) + cut, m.end(1), 0.8, "prose")
                break


def find_prose_people(text: str) -> list[Finding]:
    """Every private person the prose rules find in ``text``."""
    return [
        *find_conferred(text),
        *find_aged_people(text),
        *find_people_by_job(text),
        *find_professionals(text),
        *find_opening_people(text),
        *find_names_with_units(text),
        *find_family_people(text),
    ]
