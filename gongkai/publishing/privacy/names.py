"""Whether a word is a personal name, and the shared vocabulary of the name finders.

Policy: names are only reported where a text presents people as recipients or applicants —
cells of a column headed 姓名/户主/申请人/…, values after such a label (姓名：张三), and
enumerations (张三、李四、王五) near a list keyword such as 低保/补贴/救助/名单. Names in
ordinary prose (张书记指出…, 李明同志参加会议) are not reported: officials acting in office
are public information, and prose detection would flood reviewers with false positives.
A surname list is the main evidence, jieba's 'nr' tag and dictionary the supporting one.

The finders live by what they read: labelled.py (labels, salutations), enumerated.py (lists
of names), groups.py (the person named for a group, names written with ·), officials.py
(officials acting in office), prose.py and listed.py (prose and list layouts).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterator

from .findings import NAME, Finding
from .masking import mask_name
from .surnames import surname_of

CONTEXT_WORDS = re.compile(
    "低保|最低生活保障|补贴|补助|救助|救济|特困|五保|困难|资助|慰问|领取|发放|受助|贫困|残疾|"
    "申请人|户主|名单|以下|如下|对象|优抚|抚恤|供养|安置|保障|养老|奖励|获得|津贴|公示|纳入|"
    # honours, nominations and hiring: 授予…称号, 入选, 推荐人选, 拟录用
    "表彰|授予|称号|荣誉|获奖|荣获|当选|入选|评为|评选|推荐|人选|候选人|光荣榜|录用|聘用|考察|"
    "分别是|分別是|分别为|分別為|名單|"
    # donations: 捐款村民张三、李四…
    "捐款|捐赠|捐献|捐助|善款|爱心"
)
STOPWORDS: frozenset[str] = frozenset(
    "合计 小计 总计 共计 备注 本人 配偶 子女 之子 之女 长子 次子 长女 次女 父亲 母亲 儿子 女儿 "
    "孙子 孙女 妻子 丈夫 户主 姓名 以上 以下 其中 汉族 同上 空白 某某 未知 不详".split()
)
TITLES: frozenset[str] = frozenset(
    "书记 局长 主任 县长 乡长 镇长 村长 市长 省长 处长 科长 股长 部长 厅长 委员 同志 先生 女士 "
    "老师 医生 主席 院长 校长 经理 队长 所长 站长 组长 干部 副县 副局 总 专员 代表 师傅 阿姨 "
    "大爷 大妈 老人 某 家 氏 姓 户".split()
)
_LONG_TITLES = tuple(t for t in TITLES if len(t) >= 2)
NON_NAME_CHARS = frozenset(
    "的了在是和与等及为对将年月日元个户其该此各每共计合县市省区乡镇村组号第亿某"
)
_BAD_GIVEN_TAGS = ("r", "u", "c", "p", "m", "q", "f", "x", "uj", "ul", "y", "e", "o")
_HAN_TOKEN = re.compile(r"[\u4e00-\u9fff]+(?:·[\u4e00-\u9fff]+)*")
_ANNOTATION = re.compile(r"[（(][^（）()\n]{0,12}[）)]")
_SENTENCE_STOP = re.compile(r"[。！？!?：:]")
_CELL_LIST = re.compile(r"[^、，,；;/\s]+")
_LABEL_LIST = re.compile(r"[\u4e00-\u9fff·]+(?:\s*[、，,]\s*[\u4e00-\u9fff·]+)*")
STRONG, WEAK = 2, 1


@functools.cache
def _tags() -> dict[str, str]:
    import jieba  # heavy: loaded on first use

    jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict" chatter on stderr
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab


def _tag(word: str) -> str | None:
    return _tags().get(word)


def _first_name_token(chunk: str, *, last: bool = False) -> tuple[int, str] | None:
    """Peel a name off the start (or end) of a longer chunk with jieba: 王五符合条件 -> 王五."""
    import jieba.posseg

    _tags()
    words = [(w.word, w.flag) for w in jieba.posseg.cut(chunk, HMM=True)]
    if not words:
        return None
    pos = sum(len(w) for w, _ in words[:-1]) if last else 0
    word, flag = words[-1] if last else words[0]
    if flag.startswith("nr") and classify(word):
        return pos, word
    return None


def classify(token: str) -> int:
    """STRONG, WEAK or 0 for a token that may be a personal name in a list."""
    if token in STOPWORDS:
        return 0
    if "·" in token:
        return WEAK if 3 <= len(token) <= 15 else 0
    surname = surname_of(token)
    given = token[len(surname) :]
    if not surname or not 1 <= len(given) <= 2 or given in TITLES or given[-1:] in TITLES:
        return 0
    tag = _tag(token)
    if tag is not None and tag.startswith("nr") and "某" not in given:
        return STRONG  # the dictionary knows it as a name: 张卓元 (元 is no money here)
    if any(c in NON_NAME_CHARS for c in given):
        return 0
    if tag is not None:  # a dictionary word: a name, a place name (罗海) or an ordinary word
        return STRONG if tag.startswith("nr") else WEAK if tag in ("ns", "nz") else 0
    if len(given) == 1:
        return STRONG
    given_tag = _tag(given)
    if given_tag is None or given_tag.startswith("nr"):
        return STRONG
    return 0 if given_tag in _BAD_GIVEN_TAGS else WEAK


def classify_cell(token: str) -> float:
    """Confidence that the value of a name-headed cell is a personal name (0: not one)."""
    letters = re.sub(r"[\s\u3000]", "", token)
    if letters in STOPWORDS or not _HAN_TOKEN.fullmatch(letters):
        return 0.0
    if "·" not in letters and not 2 <= len(letters) <= 4:
        return 0.0
    level = classify(letters)
    if level:
        return 0.95 if level == STRONG else 0.85
    if any(c in NON_NAME_CHARS for c in letters) or letters[1:] in TITLES:
        return 0.0
    if surname_of(letters):  # the column says it is a name, even if it is also a word
        return 0.75
    if letters[0] in "拟未已待暂不":  # a status in the name's column: 拟录用, 未通过
        return 0.0
    tag = _tag(letters)
    if tag is not None:
        return 0.8 if tag.startswith("nr") else 0.0
    return 0.6 if len(letters) <= 3 else 0.0


def _name(text: str, start: int, end: int, confidence: float, subkind: str) -> Finding:
    raw = text[start:end]
    return Finding(NAME, raw, start, end, mask_name(raw), confidence, subkind)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _cells(line: str, delim: re.Pattern[str]) -> list[tuple[int, int]]:
    """Cell spans of a line, stripped of spaces and quotes."""
    spans, pos = [], 0
    for m in [*delim.finditer(line), None]:
        end = m.start() if m else len(line)
        s, e = pos, end
        while s < e and line[s] in " \u3000\"'\r":
            s += 1
        while e > s and line[e - 1] in " \u3000\"'\r":
            e -= 1
        spans.append((s, e))
        pos = m.end() if m else len(line)
    return spans


def _cell_names(text: str, base: int, cell: str) -> Iterator[Finding]:
    if " " in cell.strip() or "\u3000" in cell.strip():
        confidence = classify_cell(cell)
        if confidence and len(re.sub(r"\s", "", cell)) <= 3:  # spaced-out name: 张  三
            yield _name(text, base, base + len(cell), confidence, "table")
            return
    for m in _CELL_LIST.finditer(cell):
        token = _ANNOTATION.sub("", m.group())
        confidence = classify_cell(token)
        if confidence:
            yield _name(text, base + m.start(), base + m.start() + len(token), confidence, "table")


def _label_pattern(words: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})(?P<colon>[ \t\u3000]*[:：]\s*|[ \t\u3000]+)?")


def _context(text: str, start: int, end: int) -> str:
    """The clause introducing a list (back to the last full stop, at most the previous
    line), the list itself and the rest of its sentence."""
    before = text[max(0, start - 120) : start]
    stop = max(before.rfind(c) for c in "。！？!?")
    before = "\n".join(before[stop + 1 :].split("\n")[-2:])
    after = _SENTENCE_STOP.split(text[end : end + 60], maxsplit=1)[0]
    return before + text[start:end] + after
