"""Names after a label (申请人：张三, 当事人王五因…) and names a reply opens with (张三您好：)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import NAME, Finding
from .names import (
    _CELL_LIST,
    _HAN_TOKEN,
    _LABEL_LIST,
    _LONG_TITLES,
    STOPWORDS,
    STRONG,
    TITLES,
    _first_name_token,
    _label_pattern,
    _name,
    _tag,
    classify,
)
from .rules import PrivacyRules
from .surnames import COMPOUND_SURNAMES, surname_of


def find_label_names(text: str, rules: PrivacyRules) -> Iterator[Finding]:
    """Names after a label in prose: 申请人：张三 / 家庭成员：李四、王五 / 当事人王五因…

    Without a colon only a name the surname list and dictionary agree on (STRONG) counts.
    """
    words = frozenset(w for w, kind in rules.labels.items() if kind == NAME)
    for label in _label_pattern(words).finditer(text):
        if label.group("colon") is None or not label.group("colon").strip():
            yield from _bare_label_name(text, label.end())
            continue
        m = _LABEL_LIST.match(text, label.end())
        if not m:
            continue
        for token in _CELL_LIST.finditer(m.group()):
            start = m.start() + token.start()
            word = token.group()
            if classify(word):
                yield _name(text, start, start + len(word), 0.9, "label")
            elif len(word) > 3 and (peeled := _first_name_token(word)):
                yield _name(text, start, start + len(peeled[1]), 0.8, "label")


def _bare_label_name(text: str, start: int) -> Iterator[Finding]:
    """当事人王五因… : the longest 2–4 character name right after the label, and the names
    listed right after it (村民代表王春元、王安兴等…)."""
    while True:
        if any(text.startswith(title, start + 1) for title in _LONG_TITLES):
            return  # 网友倪先生, 市民周先生: a surname and a title name no one
        for length in (4, 3, 2):
            word = text[start : start + length]
            if len(word) != length or not _HAN_TOKEN.fullmatch(word):
                continue
            level = classify(word) if not _opens_with_word(word) else 0
            if length == 3 and _ends_in_word(text, start) and classify(word[:2]) == STRONG:
                continue  # 王哲因为是…: the name is 王哲, 因为 a conjunction
            closed = length == 3 and bool(_NAME_END.match(text, start + length))
            if level == STRONG or (closed and _reads_as_name(word)):
                if length == 4 and word[:2] not in COMPOUND_SURNAMES:
                    continue
                yield _name(text, start, start + length, 0.8, "label")
                break
        else:
            return
        listed = _NEXT_IN_LIST.match(text, start + length)
        if not listed:
            return
        start = listed.end()


#: Tags of a word that does not open a name: 孩子周末发烧 is not 周末发 (周末: a time word).
_NOT_NAME_START_TAGS = frozenset(("t", "d", "v", "a", "ad", "vn", "r", "c", "p", "m", "f", "q"))


def _ends_in_word(text: str, start: int) -> bool:
    """The third character of a run makes a function word with the next (王哲因为)."""
    return _tag(text[start + 2 : start + 4]) in ("c", "p", "d", "v", "r")


def _opens_with_word(word: str) -> bool:
    """The first two characters of a three-character run make a word that is no name's start."""
    return len(word) == 3 and _tag(word[:2]) in _NOT_NAME_START_TAGS


def _reads_as_name(word: str) -> bool:
    """A surname and two characters that are not function words (王春元, 王德利): after a
    label and closed by punctuation, that is a name even where the dictionary knows the
    given name as a word."""
    return (
        bool(surname_of(word))
        and word not in STOPWORDS
        and word[1:] not in TITLES
        and not _opens_with_word(word)
        and not any(c in "的了在是和与等及为对将" for c in word)
    )


#: What may close a name: punctuation, a space, a conjunction, 等, or 诉 in a court notice
#: (王德利和…, 王春元，, 原告贺喜在诉王生…).
_NAME_END = re.compile(r"$|[\s、，,；;。：:（(）)和与及等诉]")
#: A list separator and a 2–3 character name closed by a separator, 等 or punctuation.
_NEXT_IN_LIST = re.compile(
    r"[ \u3000]*[、，,]{1,2}[ \u3000]*(?=[\u4e00-\u9fff]{2,3}(?:[、，,；;。等]))"
)


#: A salutation after a name, as replies to messages open: 张三您好：, 李四同志：
_SALUTATION = re.compile(r"(?:您好|你好|同志|先生|女士)[：:，,！!]")


def find_salutation_names(text: str) -> Iterator[Finding]:
    """张晓明您好： — the 2–4 character name a reply opens with, when it reads as a name."""
    for m in _SALUTATION.finditer(text):
        for length in (4, 3, 2):
            start = m.start() - length
            word = text[start : m.start()]
            if start < 0 or not _HAN_TOKEN.fullmatch(word) or classify(word) != STRONG:
                continue
            if length == 4 and word[:2] not in COMPOUND_SURNAMES:
                continue
            if start > 0 and _HAN_TOKEN.fullmatch(text[start - 1]):
                continue  # part of a longer run of characters, not a name standing alone
            yield _name(text, start, m.start(), 0.8, "salutation")
            break


#: The person a notice is served on, opening its text: 王生：本院受理…, 邹少阳（身份证号码：…）：
#: 本行政机关于… — a notice served by publication (公告送达) names its addressee so.
_ADDRESSEE = re.compile(
    r"(?:^|(?<=[\s]))([\u4e00-\u9fff]{2,4})(?:[（(][^（）()\n]{0,40}[）)])?[：:]"
    r"(?=本院|本行政机关|本机关|本局|我局|本委|我委|本所|你)",
    re.MULTILINE,
)


def find_addressees(text: str) -> Iterator[Finding]:
    """The person a notice is addressed to (王生：本院受理原告…诉你…): a name led by a surname
    that is no title or word of the list of stopwords."""
    for m in _ADDRESSEE.finditer(text):
        word = m.group(1)
        if len(word) == 4 and word[:2] not in COMPOUND_SURNAMES:
            continue
        if classify(word) or (surname_of(word) and _reads_as_name(word)):
            yield _name(text, m.start(1), m.end(1), 0.85, "label")
