"""Personal names in recipient lists: name-headed table columns, labels and listed names.

Policy: names are only reported where a text presents people as recipients or applicants —
cells of a column headed 姓名/户主/申请人/…, values after such a label (姓名：张三), and
enumerations (张三、李四、王五) near a list keyword such as 低保/补贴/救助/名单. Names in
ordinary prose (张书记指出…, 李明同志参加会议) are not reported: officials acting in office
are public information, and prose detection would flood reviewers with false positives.
A surname list is the main evidence, jieba's 'nr' tag and dictionary the supporting one.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterator

from .findings import NAME, Finding
from .masking import mask_name
from .rules import PrivacyRules
from .surnames import COMPOUND_SURNAMES, surname_of

CONTEXT_WORDS = re.compile(
    "低保|最低生活保障|补贴|补助|救助|救济|特困|五保|困难|资助|慰问|领取|发放|受助|贫困|残疾|"
    "申请人|户主|名单|以下|如下|对象|优抚|抚恤|供养|安置|保障|养老|奖励|获得|津贴|公示|纳入|"
    # honours, nominations and hiring: 授予…称号, 入选, 推荐人选, 拟录用
    "表彰|授予|称号|荣誉|获奖|荣获|当选|入选|评为|评选|推荐|人选|候选人|光荣榜|录用|聘用|考察|"
    "分别是|分別是|分别为|分別為|名單|"
    # donations: 捐款村民张三、李四…
    "捐款|捐赠|捐献|捐助|善款|爱心"
)
#: A list closed by a count of people: 张三、李四、王五等三位同志 / 等10名 / 等多名.
_COUNTED_AFTER = re.compile(
    r"\s*等[0-9０-９一二三四五六七八九十百千多]+(?:类[0-9０-９一二三四五六七八九十百千]+)?"
    r"(?:名|人|位|户)"
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
#: Office titles written right before an official's name (局长王五, 县长李明).
TITLES_BEFORE: frozenset[str] = frozenset(
    "书记 副书记 局长 副局长 主任 副主任 县长 副县长 市长 "
    "副市长 乡长 镇长 区长 省长 厅长 处长 科长 "
    "部长 院长 校长 主席 委员 常委 秘书长 组长 队长 所长 "
    "站长 专员 检察长 庭长 审判长 审判员 民警 警官 "
    "组织部长 发言人".split()
)
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


#: What may close a name: punctuation, a space, a conjunction or 等 (王德利和…, 王春元，).
_NAME_END = re.compile(r"$|[\s、，,；;。：:（(）)和与及等]")
#: A list separator and a 2–3 character name closed by a separator, 等 or punctuation.
_NEXT_IN_LIST = re.compile(
    r"[ \u3000]*[、，,]{1,2}[ \u3000]*(?=[\u4e00-\u9fff]{2,3}(?:[、，,；;。等]))"
)


def official_spans(text: str, rules: PrivacyRules) -> list[tuple[int, int]]:
    """Where an official acting in office is named: 签发人：王五, 新闻发言人王五, 局长王五."""
    words = rules.official | TITLES_BEFORE
    pattern = _label_pattern(frozenset(words))
    spans = []
    for m in pattern.finditer(text):
        token = _HAN_TOKEN.match(text, m.end())
        if token:
            spans.append((token.start(), min(token.end(), token.start() + 4)))
    for m in _BYLINE.finditer(text):  # 作者：汪某 发布时间：… — the page's own author
        token = _HAN_TOKEN.match(text, m.end())
        line_end = text.find("\n", m.end())
        if token and _PAGE_META.search(text, m.end(), len(text) if line_end < 0 else line_end):
            spans.append((token.start(), min(token.end(), token.start() + 4)))
    return spans


#: A page's byline: who wrote or posted it, on the line that also gives its date or reads.
_BYLINE = re.compile(r"(?:作者|发布人|发布者|撰稿|供稿|编辑)[ \t\u3000]*[:：][ \t\u3000]*")
_PAGE_META = re.compile(r"发布时间|发布日期|浏览|点击|阅读|来源")


def official_names(text: str, spans: list[tuple[int, int]]) -> frozenset[str]:
    """The names at official spans (院长钱林茂等… -> 钱林茂): the longest 2–3 character
    prefix that reads as a name, or the whole span."""
    names = set()
    for start, end in spans:
        word = text[start:end]
        for length in (3, 2):
            if len(word) >= length and classify(word[:length]):
                names.add(word[:length])
                break
    return frozenset(names)


def _runs(work: str) -> Iterator[list[tuple[int, int]]]:
    """Groups of Han tokens separated only by list separators (no sentence punctuation)."""
    run: list[tuple[int, int]] = []
    for m in _HAN_TOKEN.finditer(work):
        if run:
            gap = work[run[-1][1] : m.start()]
            if len(gap) > 30 or "\n" in gap or _SENTENCE_STOP.search(gap):
                yield run
                run = []
        run.append((m.start(), m.end()))
    if run:
        yield run


def _context(text: str, start: int, end: int) -> str:
    """The clause introducing a list (back to the last full stop, at most the previous
    line), the list itself and the rest of its sentence."""
    before = text[max(0, start - 120) : start]
    stop = max(before.rfind(c) for c in "。！？!?")
    before = "\n".join(before[stop + 1 :].split("\n")[-2:])
    after = _SENTENCE_STOP.split(text[end : end + 60], maxsplit=1)[0]
    return before + text[start:end] + after


def find_enumerated_names(text: str, officials: frozenset[str] = frozenset()) -> Iterator[Finding]:
    """Listed names (张三、李四、王五) with a list keyword shortly before or in the list, or
    closed by a count of people (…等八位同志). A list naming an official acting in office
    (one named with a title elsewhere in the text) is a list of officials and left out."""
    work = _ANNOTATION.sub(lambda m: " " * len(m.group()), text)
    listed_until = -1  # end of the last line reported as a list of names
    for run in _runs(work):
        if len(run) == 1:
            found = _single_line_name(work, run[0], listed_until)
            if found:
                listed_until = run[0][1]
                yield _name(text, *run[0], 0.8, "list")
            continue
        run = [_trim_dotted(work, s, e) for s, e in run]
        tokens = [(s, e, classify(work[s:e])) for s, e in run]
        for index in (0, len(tokens) - 1):
            s, e, level = tokens[index]
            if not level and e - s > 3:
                peeled = _first_name_token(work[s:e], last=index == 0)
                if not peeled and index == 0:
                    peeled = _after_de(work[s:e])
                if peeled:
                    ns = s + peeled[0]
                    tokens[index] = (ns, ns + len(peeled[1]), STRONG)
        for index in range(1, len(tokens) - 1):  # 根据主席令，授予于敏、申纪兰…
            s, e, level = tokens[index]
            if not level and e - s > 3 and (opened := _after_de(work[s:e])):
                tokens[index] = (s + opened[0], e, STRONG)
        named = sum(1 for *_, level in tokens if level)
        whole = named >= 0.6 * len(tokens)
        for group in [tokens] if whole else _named_groups(work, run):
            if not whole and len(group) < 3 and not _COUNTED_AFTER.match(text, group[-1][1]):
                continue  # two names inside prose need a count after them (…等两名同志)
            if not (_whole_line_list(work, group) or _is_list(text, work, group, officials)):
                continue
            listed_until = max(listed_until, group[-1][1])
            for i, (s, e, level) in enumerate(group):
                if level:
                    yield _name(text, s, e, 0.85 if level == STRONG else 0.7, "list")
                elif _between_names(work, group, i):
                    yield _name(text, s, e, 0.6, "list")


#: What may stand right before the first name of a list inside one run of characters:
#: 远在外地的方金生, 失主分别为高继继, 授予王文教、…, 授予劳尔·卡斯特罗·鲁斯(古巴)、…
_LIST_OPENERS = ("的", "分别为", "分别是", "授予", "追授", "包括")


def _trim_dotted(work: str, start: int, end: int) -> tuple[int, int]:
    """A name written with · keeps what stands before it out: 授予劳尔·卡斯特罗·鲁斯."""
    token = work[start:end]
    if "·" not in token:
        return start, end
    lead = _BEFORE_DOTTED.match(token[: token.index("·")])
    tail = _AFTER_DOTTED.search(token[token.rindex("·") :])
    return (start + (lead.end() if lead else 0), end - (len(tail.group()) if tail else 0))


def _after_de(chunk: str) -> tuple[int, str] | None:
    """The name after the last opener (的, 分别为, 授予…) of the token opening a list: 2–3
    characters that read as a name, or a name written with ·."""
    cut = max(chunk.rfind(o) + len(o) if o in chunk else 0 for o in _LIST_OPENERS)
    word = chunk[cut:]
    if not cut:
        return None
    if "·" in word:
        return (cut, word) if classify(word) else None
    return (cut, word) if 2 <= len(word) <= 3 and classify(word) else None


def _between_names(work: str, group: list[tuple[int, int, int]], i: int) -> bool:
    """A 2–3 character token led by a surname between two names of a list is a name too
    (封红年 between 何健忠 and 钱留华), though it reads like a word."""
    s, e, _ = group[i]
    return (
        0 < i < len(group) - 1
        and 2 <= e - s <= 3
        and bool(surname_of(work[s:e]))
        and bool(group[i - 1][2] and group[i + 1][2])
    )


#: An item of an honours list: 好媳妇——某县某村村民张三；
_DASHED_ITEM = re.compile(r"——[^；;。\n—]{2,60}?([\u4e00-\u9fff]{2,4})\s*[；;。]")


def find_dashed_items(text: str) -> Iterator[Finding]:
    """The person who ends an item of an honours list (称号——单位、身份、姓名；): the last two
    or three characters, when they read as a name the surname list and dictionary agree on."""
    for m in _DASHED_ITEM.finditer(text):
        word, end = m.group(1), m.end(1)
        for length in (3, 2):
            if len(word) >= length and classify(word[-length:]) == STRONG:
                yield _name(text, end - length, end, 0.75, "list")
                break


def _is_list(
    text: str, work: str, tokens: list[tuple[int, int, int]], officials: frozenset[str]
) -> bool:
    """Two names at least that the surname list and dictionary agree on, a list keyword
    around them or a count of people after them, and no official among them."""
    if sum(1 for s, e, level in tokens if level == STRONG or (level and "·" in work[s:e])) < 2:
        return False  # transliterated names (劳尔·卡斯特罗·鲁斯) count as agreed names
    first = next(s for s, _, level in tokens if level)
    last = max(e for _, e, level in tokens if level)
    counted = _COUNTED_AFTER.match(text, last)
    if not counted and not CONTEXT_WORDS.search(_context(text, first, last)):
        return False
    return not any(work[s:e] in officials for s, e, _ in tokens)


def _whole_line_list(work: str, tokens: list[tuple[int, int, int]]) -> bool:
    """A line that holds nothing but names (四 at least, nearly all of them names, three the
    surname list and dictionary agree on), as lists of names are printed under a heading:
    于某 王某某 李某 … — its density says it is a list without a keyword."""
    start, end = tokens[0][0], tokens[-1][1]
    line_start = work.rfind("\n", 0, start) + 1
    line_end = work.find("\n", end)
    line = work[line_start : len(work) if line_end < 0 else line_end]
    if line.strip(" \t\u3000\r、，,0123456789.") != work[start:end].strip():
        return False
    named = [level for *_, level in tokens if level]
    strong = sum(1 for level in named if level == STRONG)
    return len(tokens) >= 4 and len(named) >= 0.8 * len(tokens) and strong >= 3


_LIST_GAP = re.compile(r"[\s、，,；;/]*")


def _named_groups(work: str, run: list[tuple[int, int]]) -> list[list[tuple[int, int, int]]]:
    """Runs of consecutive names inside a longer run of prose (…颁发,学院王金诺、沈权、…魏道远
    等八位同志荣获…): a group may open with a name at the end of a longer token and close
    with one at the start of a token; only list separators stand between its names."""
    groups: list[list[tuple[int, int, int]]] = []
    group: list[tuple[int, int, int]] = []
    for s, e in run:
        if group and not _LIST_GAP.fullmatch(work[group[-1][1] : s]):
            groups.append(group)
            group = []
        level = classify(work[s:e])
        if level:
            group.append((s, e, level))
            continue
        opens = (
            _first_name_token(work[s:e], last=True) or _after_de(work[s:e]) if e - s > 3 else None
        )
        closes = _first_name_token(work[s:e]) if e - s > 3 and group else None
        if closes:
            group.append((s, s + len(closes[1]), STRONG))
        if group:
            groups.append(group)
            group = []
        if opens:
            group = [(s + opens[0], s + opens[0] + len(opens[1]), STRONG)]
    if group:
        groups.append(group)
    return [g for g in groups if len(g) >= 2]


def _single_line_name(work: str, span: tuple[int, int], listed_until: int) -> bool:
    """A line holding one name (optionally numbered) right below a list line or a short
    heading with a list keyword: 低保对象名单 / 1. 张三 / 2. 李四."""
    start, end = span
    line_start = work.rfind("\n", 0, start) + 1
    line_end = work.find("\n", end)
    line = work[line_start : len(work) if line_end < 0 else line_end]
    if line.strip(" \t\u3000\r0123456789.、)）") != work[start:end] or not classify(
        work[start:end]
    ):
        return False
    if listed_until >= 0 and not work[listed_until:line_start].strip(" \t\u3000\r\n0123456789.、"):
        return work[listed_until:line_start].count("\n") == 1
    previous = work[work.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)]
    return len(previous) <= 40 and "。" not in previous and bool(CONTEXT_WORDS.search(previous))


_HEAD_OF_GROUP = re.compile(
    r"([\u4e00-\u9fff]{1,12}(?:·[\u4e00-\u9fff]{1,12})+|[\u4e00-\u9fff·]{2,6}?)(?:同志)?"
    r"等[0-9０-９一二三四五六七八九十百千]+(?:类[0-9０-９一二三四五六七八九十百千]+)?(?:名|人|位|户)"
)
#: Words ending right before a transliterated name's first part: 原护边员巴依卡·…, 授予劳尔·…
_BEFORE_DOTTED = re.compile(r"^.*(?:授予|追授|的|为|是|员|者|家|将|确定)")
_AFTER_DOTTED = re.compile(r"(?:同志)?等$")


def find_group_heads(text: str) -> Iterator[Finding]:
    """The person named for a group: 现将卢英等10名…拟表彰对象予以公示, 确定童朝晖等1500人为….

    A full name (three characters) or a name written with · closed by a count of people is a
    person wherever it stands; a two-character one needs a list keyword around it."""
    for m in _HEAD_OF_GROUP.finditer(text):
        word = m.group(1)
        if "·" in word:
            lead = _BEFORE_DOTTED.match(word[: word.index("·")])
            start = m.start(1) + (lead.end() if lead else 0)
            if classify(text[start : m.end(1)]):
                yield _name(text, start, m.end(1), 0.8, "list")
            continue
        start = m.start(1)
        for cut in range(m.start(1), m.end(1) - 1):  # 现将卢英: the shortest name that ends here
            level = classify(text[cut : m.end(1)])
            if level == STRONG or (level and m.end(1) - cut == 3 and not _joined(text, cut)):
                start = cut
                break
        else:
            continue
        if m.end(1) - start >= 3 or CONTEXT_WORDS.search(_context(text, start, m.end())):
            yield _name(text, start, m.end(1), 0.8, "list")


def _joined(text: str, start: int) -> bool:
    """The character before ``start`` makes a word with the one at it (有关人员: 关 is no
    surname there)."""
    return start > 0 and _tag(text[start - 1 : start + 1]) is not None


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


def find_names(text: str, rules: PrivacyRules) -> list[Finding]:
    """Name candidates in prose (tables: tables.py); names of officials acting in office are
    left out (they are public information, 《条例》第二十条)."""
    officials = official_spans(text, rules)
    named = official_names(text, officials)
    found = [
        *find_label_names(text, rules),
        *find_enumerated_names(text, named),
        *find_group_heads(text),
        *find_salutation_names(text),
        *find_dashed_items(text),
    ]
    return [
        f for f in found if not any(s <= f.start < e for s, e in officials) and f.text not in named
    ]
