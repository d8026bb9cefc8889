"""Responsibility statements: find them in text and read their units, lead units and deadline."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .brackets import left_open
from .comma_leads import drop_comma_leads, leads_before_first_comma, says_comma_leads
from .deadlines import DEADLINE_LABEL, JOINED_LABEL_END, TIME_START, is_time_limit
from .fold import fold
from .units import split_top_level, split_units, split_with_separators, trailing_bracket

_ROLE_WORDS = (
    "牵头|责任|配合|协办|协同|协助|协作|参与|实施|落实|主办|承办|主责|负责|督办|主管|具体"
    # 数据提供单位: the body that supplies a target's figures, a unit without lead (README,
    # twenty-seventh batch)
    "|(?:数据|资料|信息)?提供"
)
# 牵头单位, 责任处室, 配合落实单位, and two role words (牵头责任单位, 协同责任单位)
_ONE_UNIT_LABEL = (
    # 主要协作单位, 主要责任单位: the main ones of a role; 整改责任单位, 问题整改责任单位: a
    # rectification list's units
    # 共同责任单位: the units sharing the duty, without lead (README, thirty-first batch)
    rf"(?:(?:问题)?整改)?(?:主要|共同)?(?:{_ROLE_WORDS})(?:责任|落实|实施|负责|配合)?"
    # 牵头考核单位: the unit that leads a task and scores it leads (32nd batch's decision: a 牵头
    # label over a list without verb); 考核单位 alone is an assessor, no label of units
    r"(?:(?<=牵头)考核)?"
    # 股室: the offices of a county bureau (牵头股室, 责任股室)
    r"(?:单位|部门|处室|科室|股室|主体|司局|机构|处|科)"
    # an alternative kind in brackets: 牵头科室(单位)
    r"(?:\((?:单位|部门|处室|科室|机构)\))?"
)
UNIT_LABEL = (
    # two labels joined by 及 (责任单位及承办科室：甲局，乙科): one label over both lists
    rf"(?:{_ONE_UNIT_LABEL}(?:及{_ONE_UNIT_LABEL})?"
    # a bare role word as the label (牵头：…；配合：…)
    r"|(?<![\u3400-\u9fff])(?:牵头|配合|协办|主办)(?=\s*:))"
)
# a person, not a unit: 责任领导, 分管领导, 牵头负责领导
PERSON_LABEL = r"(?:(?:牵头|责任|分管|主管)(?:负责|责任)?(?:领导|人|处长|科长|局长))"
_RANGE = r"(?:(\d{1,3})\s*[-~至到]\s*(\d{1,3})\s*项\s*(?:的)?)?"
# a time-limit label joined to its value by 为 (完成时限为2024年6月底前, 时间节点为…) or a blank
# (完成时间 年底前) instead of a colon, when the value opens like a time limit: the same statement
_JOINED = rf"{JOINED_LABEL_END}(?:\s*为\s*:?|[ \t]*)\s*(?={TIME_START})"
LABEL = re.compile(rf"{_RANGE}({UNIT_LABEL}|{DEADLINE_LABEL}|{PERSON_LABEL})(?:\s*:|{_JOINED})")
# how a unit's name ends (局, 部, 委, 厅, 办, 人民政府, 中心 …, a bracket: 市委编办(市审改办)),
# or 等 after it
_GUIDE_AFTER = (
    r"(?:(?<=[处科局室办委厅部门府所院站队构会镇股组司馆校联协社署等)])"
    r"|(?<=中心|单位|银行|分行|支行|街道|视台))"
)
_VERB_CORE = (
    r"(?:牵头落实|牵头负责|牵头抓总|牵头组织|牵头实施|牵头|负责落实|负责实施|负责推进|组织落实|"
    r"组织实施|配合落实|协助落实|协同落实|参与落实|分别落实|共同落实|具体落实|抓好落实|"
    # 各镇参照落实: the lower bodies follow the lead's example
    r"跟踪落实|督促落实|参照落实|参照执行|负责|落实|配合|协助|协同|协作|参与|参加|实施|承办"
    # 甲局、乙局办理 / 甲局牵头办理: the units that handle the item (二者按规定办理 names none)
    rf"|{_GUIDE_AFTER}办理"
    # 甲局、乙局依职责办理: handled by each by its duties (the 依职责 prefix before 办理)
    r"|(?<=职责|职能|分工)办理"
    # 乙局做好配合: the co-operating units' part, as a task (做好…) of its own
    r"|做好配合"
    # 各部门按职责分工: the duties shared out, the verb left unsaid
    r"|(?<=职责|职能)分工"
    # 甲局指导，乙委负责: 指导 is a verb only right after a name that ends like a unit's (加强指导
    # names no unit); so 统筹 (甲科统筹,乙科配合: the office that co-ordinates, not 统筹推进),
    # and 督促指导 (甲局督促指导: the office that oversees, not 加强督促指导)
    rf"|{_GUIDE_AFTER}(?:牵头指导|负责指导|督促指导|指导|统筹)"
    # 甲办主办、乙组协办: the host and the co-organiser, right after a name (主办单位 is a label)
    rf"|{_GUIDE_AFTER}(?:主办|协办))"
)
_VERB_PREFIX = (
    # 按职能分工落实: by their functions, as 按职责分工; how they do it (积极配合, 主要负责,
    # 分工负责), one word after another (分别按职责分工负责)
    # (按职责组织配合: by its duties, organising its part)
    r"(?:分别|共同|各自|具体|积极|主要|分工|(?:按照?|根据|依照?)职[责能](?:职责)?(?:分工)?(?:组织)?)*"
)
# a verb going on after the first (负责组织实施, 参与配合, 配合实施, 负责牵头, 牵头承办)
_VERB_TAIL = r"(?:组织实施|实施|推进|推动|配合|落实|牵头|负责|指导|督促|办理|承办)*"
_VERB_AT_END = re.compile(rf"^(.*?)({_VERB_PREFIX}(?:{_VERB_CORE}|负总责){_VERB_TAIL})(?:工作)?$")
_LEAD_INSIDE = re.compile(rf"^(.+?)({_VERB_PREFIX}牵头)")
# "A负责做好……" / "A具体落实……": A is a unit, the rest is what it does
_DUTY_INSIDE = re.compile(
    rf"^(.+?)({_VERB_PREFIX}(?:(?:负责|具体落实|配合|协助|参与)(?:做好|抓好|推进|落实|开展|完成)?"
    # 甲局做好技术支持: the unit and the work it does
    rf"|(?<=[处科局室办委厅部门府所院站队构会镇股组街)])做好))"
)
_HUITONG = "会同"
# (委 is not among the left endings: 专委会, 安委会, 管委会 are names, not 专委 会 …)
_HUI = re.compile(r"^(.+?(?:处|科|室|局|办|厅))会(?!同)(.+?(?:处|科|室|局|办|委|厅|部门|中心))$")
_PIECE_SEPARATORS = ",，；;。"
# "以下任务均需A、B落实": the units of the following tasks, named with their verb (what follows
# named in a word or two: 以下各项措施均需…, 以下各条均由…; 以下均涉及A,不再重复列出: 涉及 for
# 需…落实; 以下任务责任单位均包括A,不再列出: the units every later task's include)
_SCOPE_PREFIX = re.compile(
    r"^(?:以下|下列)(?:各项)?(?:任务|工作|[\u4e00-\u9fff]{1,6}?)?"
    r"(?:均需|均由|均要|需由|均涉及|都涉及|均包括|都包括)"
)
_BARE_TIME_LABEL = re.compile(r"^\s*(?:时间|日期)\s*:\s*")


def _only_time_limits(body: str) -> bool:
    """A bracket's text that is only a time limit, or time limits of steps set apart by commas
    ((2025年6月底前启动,12月底前完成), (6月底前完成,并长期坚持))."""
    pieces = split_top_level(fold(body).strip().rstrip("。;,， "), _PIECE_SEPARATORS)
    return bool(pieces) and all(p.strip() and is_time_limit(p) for p in pieces)


# "具体任务均涉及A" / "各项工作均需A": the words before the units
_INVOLVES = re.compile(r"^(?:具体|各项)?(?:任务|工作)(?:均|都)?(?:涉及|需要|需由|需)")
# "不再一一列出", "下同": a remark on the statement, not a unit
_REMARK = re.compile(r"^不再|^下同$")


@dataclass
class Statement:
    """What one responsibility statement says."""

    units: list[str] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    deadline: str = ""
    item_range: tuple[int, int] | None = None
    text: str = ""
    # units named for the tasks that follow (以下任务均需A、B落实): they apply to each of them
    following: list[str] = field(default_factory=list)
    # from a co-operating column (配合单位, 协作单位): its first unit never leads
    co_operating: bool = False


def _spaced_names(names: list[str]) -> list[str]:
    """Names set apart by spaces (县发改局 县财政局) are names of their own, when each of them
    reads as a unit's name."""
    out: list[str] = []
    for name in names:
        words = name.split()
        if len(words) > 1 and all(3 <= len(w) <= 30 and _ends_like_unit(fold(w)) for w in words):
            out.extend(words)
        else:
            out.append(name)
    return out


def _add(seq: list[str], names: list[str]) -> None:
    for name in names:
        if name not in seq:
            seq.append(name)


# the lead marked in brackets of any kind after its name: 市甲局（牵头）, 〔牵头〕, [牵头单位],
# (牵头部门), (总牵头), (牵头负责), (牵头,下同)
_LEAD_MARK = re.compile(
    r"\s*[(\[〔](?:总)?(?:牵头|主责)(?:单位|部门|处室|科室|负责)?(?:,下同)?[)\]〕]"
)
_VERB_MARK = re.compile(rf"\s*\(({_VERB_PREFIX}{_VERB_CORE})\)\s*[。;,]?\s*$")
# 市甲局（负总责）、市乙局: a verb in brackets after one name of the list is that name's verb
_VERB_MARK_INSIDE = re.compile(
    rf"\s*[(\[〔]({_VERB_PREFIX}(?:{_VERB_CORE}|负总责){_VERB_TAIL})[)\]〕]\s*(?=[、,;])"
)


# 甲局牵头、乙局配合: a verb after a unit's name, before 、, closes its group as before ，
_VERB_BEFORE_COMMA = re.compile(rf"{_GUIDE_AFTER}{_VERB_PREFIX}{_VERB_CORE}(?=、)")


# 甲局牵头乙局负责 / 甲局牵头各镇配合: a lead's verb run on into the next group of names, which
# closes with its own verb, without a separator: the lead's group ends at 牵头 (README, thirtieth
# batch: `(A牵头B负责)` gives lead A and units A, B)
_LEAD_RUN_ON = re.compile(
    rf"{_GUIDE_AFTER}{_VERB_PREFIX}牵头"
    # not a verb going on (牵头负责, 牵头组织…, 牵头抓总) nor a label (牵头单位)
    r"(?!实施|推进|推动|配合|落实|负责|指导|督促|办理|承办|组织|抓|单位|部门|处室|科室)"
    r"(?=[^,，;；。:]{2,}$)"
)


def _run_on_lead(k: str) -> tuple[int, int] | None:
    """Where the lead's names end and the names after its 牵头 start in a (folded) piece
    (甲局牵头乙局负责), when those are names closed by their own verb; None otherwise."""
    m = _LEAD_RUN_ON.search(k)
    if m is None:
        return None
    rest = _VERB_AT_END.match(k[m.end() :])
    if rest is None or not rest.group(1).strip():
        return None
    names = split_units(rest.group(1))
    ok = all(
        2 <= len(n) <= 30 and (_ends_like_unit(n) or n.startswith(("各", "有关", "相关")))
        for n in names
    )
    return (m.start(), m.end()) if names and ok else None


# 市甲局为牵头单位，市乙局为配合单位: a role said of the names before it, as its verb would
_ROLE_SAID = re.compile(
    rf"{_GUIDE_AFTER}为(牵头|主责|主办|配合|协办|协同|参与|责任)(?:单位|部门)(?=[,;。]|$)"
)
_ROLE_VERB = {"主责": "牵头", "主办": "牵头", "协办": "配合", "协同": "配合", "责任": "负责"}


def _read_units(text: str, label_leads: bool, stmt: Statement) -> None:
    """Read unit groups: a verb covers the list back to the previous verb (README rules)."""
    for m in reversed(list(_ROLE_SAID.finditer(fold(text)))):
        text = text[: m.start()] + _ROLE_VERB.get(m.group(1), m.group(1)) + text[m.end() :]
    for m in reversed(list(_VERB_BEFORE_COMMA.finditer(fold(text)))):
        text = text[: m.end()] + "," + text[m.end() + 1 :]
    pending: list[str] = []
    # 市住建局、市发改委（牵头）: the bracket marks the name before it, and only it, as the lead
    marked: list[str] = []
    for m in reversed(list(_LEAD_MARK.finditer(fold(text)))):
        before = fold(text[: m.start()])
        cut = max(before.rfind(sep) for sep in "、,;:。") + 1
        marked[:0] = split_units(text[cut : m.start()])
        text = text[: m.start()] + text[m.end() :]
    for m in reversed(list(_VERB_MARK_INSIDE.finditer(fold(text)))):
        text = text[: m.start()] + text[m.start(1) : m.end(1)] + "," + text[m.end() + 1 :]
    # 县发改局、县财政局（按职责分工负责）: a verb in brackets closing the list is its verb
    m = _VERB_MARK.search(fold(text))
    if m:
        text = text[: m.start()] + text[m.start(1) : m.end(1)] + text[m.end() :]

    def flush(group_text: str, lead: bool) -> None:
        k = fold(group_text)
        m = _HUI.match(k)
        if _HUITONG not in k and m:  # 宣传处会办公室: 会 between two offices reads as 会同
            group_text = group_text[: m.end(1)] + "会同" + group_text[m.end(1) + 1 :]
            k = fold(group_text)
        if _HUITONG in k:
            left, _, right = group_text.partition(
                group_text[k.index(_HUITONG) : k.index(_HUITONG) + 2]
            )
            first = split_units(left)
            _add(stmt.units, first)
            _add(stmt.lead, first)
            rest = split_units(right)
            _add(stmt.units, rest)
            if lead:
                _add(stmt.lead, rest)
            return
        names = _spaced_names(split_units(group_text))
        _add(stmt.units, names)
        if lead:
            _add(stmt.lead, names)

    timed, previous_sep = False, ""  # the piece before was a time limit, and what ended it
    # within a sentence opened by 以下均需…: the units named after it stand for what follows too
    # (以下均需乙局落实,丙队负责某区内的监管工作,不再单独列出)
    scoped = False
    for piece, sep in split_with_separators(text, _PIECE_SEPARATORS):
        in_scope, scoped = scoped, scoped and sep not in "。;；"
        piece = piece.strip()
        if not piece:
            continue
        k = fold(piece)
        if _REMARK.match(k):
            continue
        bare = _BARE_TIME_LABEL.match(k)
        if bare and is_time_limit(k[bare.end() :]):
            # (牵头单位:…;配合单位:…;时间:年底前): a bare time word labelling a time limit
            # among a statement's elements (alone it may be a page's own 时间:)
            piece, k = piece[bare.end() :].strip(), k[bare.end() :].strip()
        if is_time_limit(k):
            # a time limit standing as an element of the statement ((…;责任单位:…,6月底完成)); one
            # in steps (2023年底前完成初稿,2024年6月底前印发) is kept whole, as written
            if not stmt.deadline:
                stmt.deadline = piece.rstrip("。 ")
            elif timed:
                stmt.deadline += previous_sep + piece.rstrip("。 ")
            timed, previous_sep = True, sep
            continue
        timed = False
        m = _INVOLVES.match(k)
        if m:  # 具体任务均涉及A: A is a unit of the statement
            piece, k = piece[m.end() :], k[m.end() :]
        m = _SCOPE_PREFIX.match(k)
        if m:
            piece, k = piece[m.end() :], k[m.end() :]
            verb = _VERB_AT_END.match(k)
            _add(stmt.following, split_units(piece[: verb.end(1)] if verb else piece))
            scoped = sep not in "。;；"
            if "涉及" in m.group() and (stmt.units or pending):
                continue  # (甲局,以下均涉及乙局: 乙局 is a unit of what follows, not of the list)
        elif in_scope and _names_a_unit(k):
            named = _VERB_AT_END.match(k) or _DUTY_INSIDE.match(k)
            _add(stmt.following, split_units(piece[: named.end(1)]))
        run_on = _run_on_lead(k)
        if run_on is not None:  # 甲局牵头乙局负责: 甲局 leads, 乙局 is the next group's
            pending.append(piece[: run_on[0]])
            flush("、".join(pending), True)
            pending = []
            piece, k = piece[run_on[1] :], k[run_on[1] :]
        m = _VERB_AT_END.match(k)
        if m and m.group(1).strip():
            pending.append(piece[: m.end(1)])
            flush("、".join(pending), "牵头" in m.group(2))
            pending = []
            continue
        if m:  # a bare verb: it governs the units listed before it
            if pending:
                flush("、".join(pending), "牵头" in m.group(2))
                pending = []
            continue
        m = _LEAD_INSIDE.match(k)
        if m:  # "A牵头组织……": A leads, the rest is what it does
            pending.append(piece[: m.end(1)])
            flush("、".join(pending), True)
            pending = []
            continue
        m = _DUTY_INSIDE.match(k)
        if m and len(m.group(1)) <= 30 and _ends_like_unit(fold(m.group(1))):
            pending.append(piece[: m.end(1)])
            flush("、".join(pending), False)
            pending = []
            continue
        at = _names_before_duties(k)
        if at:  # 甲窗口收件、受理; 乙科承办…的审查: the names before what they do
            pending.append(piece[:at])
            flush("、".join(pending), False)
            pending = []
            continue
        if stmt.units and not pending and _clause_after_verb(k, piece):
            continue  # 甲局牵头办理,在工作中加强沟通: what they do after their verb names no unit
        pending.append(piece)
    if pending:
        flush("、".join(pending), label_leads)
    _add(stmt.lead, marked)


# what a body does with a case, after its name (甲窗口收件、受理、初审、发证 / 乙科承办…的审查 /
# 丙局受理…申请), or where it does it (甲局、乙委 在某中心设立专门窗口受理…: a place, no unit)
_DUTIES = re.compile(r"\s*(?:收件|受理|承办|初审|审核|审查|发证|出具|在)")


def _names_before_duties(k: str) -> int:
    """Where the duties start after the names that open a (folded) piece of a statement, each
    name ending like a unit's; 0 when no such names open it."""
    for m in _DUTIES.finditer(k):
        names = split_units(k[: m.start()])
        if names and all(2 <= len(n) <= 30 and _ends_like_unit(fold(n)) for n in names):
            return m.start()
    return 0


def _clause_after_verb(k: str, piece: str) -> bool:
    """A long piece without brackets (各乡镇<街道> is a name) none of whose names ends like a
    unit's: a clause saying what the units before it do."""
    if len(k) < 8 or re.search(r"[()<>〈〉《》\[\]]", k):
        return False
    return not any(_ends_like_unit(fold(n)) for n in split_units(piece))


def _reads_as_units(piece: str) -> bool:
    """A piece of a statement that names units: a list of names, or names and their verb."""
    k = fold(piece).strip().rstrip("。 ")
    m = _VERB_AT_END.match(k)
    body = m.group(1) if m else k
    names = split_units(body)
    return bool(names) and all(len(n) <= 30 and _UNIT_NAME_END.search(fold(n)) for n in names)


def _deadline_and_units(seg: str) -> tuple[str, str]:
    """The value of a time-limit label, and the unlabelled units written after it in the same
    statement ((完成时限:年底前;市财政局牵头,市直各部门配合)); a time limit in steps
    (2022年底前完成初稿,2023年6月底前印发) stays whole."""
    parts = split_with_separators(seg, _PIECE_SEPARATORS)
    value = ""
    for i, (piece, sep) in enumerate(parts):
        if i and piece.strip() and _reads_as_units(piece):
            rest = "".join(p + s for p, s in parts[i:])
            return value.strip().rstrip("。;；,， ").strip(), rest
        value += piece + sep
    return value.strip().rstrip("。;；,， ").strip(), ""


# a note closing a statement after a sentence's end (…乙局。注:甲局指…): it explains a name,
# names no unit, and what it says holds below (下同) is the note's, not the units'
_NOTE = re.compile(r"(?<=[。;])\s*(?:注|备注)\s*:")
# "…负责,下同": the statement holds for the items that follow too
_SAME_BELOW = re.compile(r"[,，;；、]?\s*[(（]?下同[)）]?\s*[。]?$")


def parse_statement(text: str) -> Statement:
    """Parse the text of a statement (without its brackets)."""
    note = _NOTE.search(fold(text))
    if note is not None and note.start() > 0:  # (责任单位:甲局。注:甲局指…,下同): no units
        text = text[: note.start()]
    if says_comma_leads(text):  # 甲局、乙局，丙局；第一个逗号前为牵头单位: 甲局、乙局 lead
        stmt = parse_statement(drop_comma_leads(text))
        stmt.text = text
        if stmt.units and not stmt.lead and not stmt.co_operating:
            stmt.lead = leads_before_first_comma(stmt.units, text)
        return stmt
    if says_first_leads(text):  # 甲局、乙部负责，列第一位者为牵头单位: the first unit leads
        stmt = parse_statement(drop_first_leads(text))
        stmt.text = text
        _first_leads(stmt)
        return stmt
    below = _SAME_BELOW.search(fold(text))
    if below and below.start() > 0:
        inner = text[: below.start()]
        stmt = parse_statement(inner)
        stmt.text = text
        if not stmt.following:  # 下同 carries the units of the sentence that says it
            sentences = [p for p in split_top_level(inner, "。；;") if p.strip()]
            last = parse_statement(sentences[-1]) if sentences else stmt
            _add(stmt.following, last.units)
        return stmt
    stmt = Statement(text=text)
    k = fold(text)
    labels = list(LABEL.finditer(k))
    segments: list[tuple[str, str, re.Match[str] | None]] = []
    if not labels:
        segments.append(("", text, None))
    else:
        if k[: labels[0].start()].strip(" ,;。"):
            segments.append(("", text[: labels[0].start()], None))
        for i, m in enumerate(labels):
            end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
            segments.append((m.group(3), text[m.end() : end], m))
    for label, seg, m in segments:
        if m is not None and m.group(1) and stmt.item_range is None:
            lo, hi = int(m.group(1)), int(m.group(2))
            if lo <= hi:
                stmt.item_range = (lo, hi)
        if re.fullmatch(PERSON_LABEL, label):
            continue
        if re.fullmatch(DEADLINE_LABEL, label):
            value, units = _deadline_and_units(seg)
            if value and not stmt.deadline:
                stmt.deadline = value
            if units:
                _read_units(units, False, stmt)
            continue
        # 主办单位:, 主责单位: the lead's label, as a 主办单位 column is the lead column
        _read_units(seg, bool(re.search("牵头|主办|主责", label)), stmt)
    return stmt


_CLOSERS = {"(": ")", "[": "]", "〔": "〕"}
_HEAD_PUNCT = r"[,，。；;：:、()（）\[\]]"


def _bracket_spans(text: str) -> list[tuple[int, int]]:
    """Top-level bracketed spans of a text, as (start, end) including the brackets.

    Statements are bracketed with （…）, […], 【…】 or 〔…〕 (``〔牵头单位：…〕``); a span closes
    on the bracket that matches its opening one, so ``[责任单位：各街办(新区)]`` is one span.
    """
    spans = []
    stack: list[str] = []
    start = 0
    k = fold(text)
    for i, ch in enumerate(k):
        if ch in _CLOSERS:
            if not stack:
                start = i
            stack.append(_CLOSERS[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
            if not stack:
                spans.append((start, i + 1))
    return spans


def _without_time_limits(k: str) -> str:
    """A statement's folded text without the time limits after its unit lists
    ((A牵头,B配合;6月底前完成), (A、B,2023年底前)): they are part of the statement."""
    pieces = split_top_level(k.rstrip("。;,， "), _PIECE_SEPARATORS)
    while len(pieces) > 1 and is_time_limit(pieces[-1]):
        pieces.pop()
    return ",".join(pieces)


def _is_statement_body(body: str, at_end: bool) -> bool:
    k = fold(body).strip()
    below = _SAME_BELOW.search(k)
    if below and below.start() > 0:
        k = k[: below.start()]
    if not k or len(k) > 300:
        return False
    if LABEL.search(k):
        return True
    if not at_end:
        return False
    k = _without_time_limits(k)
    # a closing remark on the statement (…落实,不再列出) is part of it
    pieces = split_top_level(k.rstrip("。;,， "), _PIECE_SEPARATORS)
    while len(pieces) > 1 and _REMARK.match(pieces[-1].strip()):
        pieces.pop()
    pieces = _without_scope_tail(pieces)
    k = ",".join(pieces)
    m = _VERB_AT_END.match(k.rstrip("。;,， "))
    if not m or not m.group(1).strip():
        return False
    pieces = [p for p in split_top_level(k, _PIECE_SEPARATORS) if p.strip()]
    return all(len(p) <= 60 or _is_long_name_list(p) for p in pieces)


def _without_scope_tail(pieces: list[str]) -> list[str]:
    """The pieces of a statement before its closing scope clause (…;乙局组织落实。以下均需乙局落实,
    丙队负责某区内的监管工作): the clause names the units of what follows, each piece after its
    first one a unit with its verb or its duty (README, forty-first batch: standing clause)."""
    for at, piece in enumerate(pieces[1:], 1):
        k = piece.strip()
        if not _SCOPE_PREFIX.match(k):
            continue
        if all(_names_a_unit(p.strip()) for p in pieces[at + 1 :]):
            return pieces[:at]
        break
    return pieces


def _names_a_unit(k: str) -> bool:
    """A (folded) piece opened by a unit's name with its verb or its duty (乙局配合, 丙队负责…)."""
    m = _VERB_AT_END.match(k) or _DUTY_INSIDE.match(k)
    return bool(m and m.group(1).strip() and len(m.group(1)) <= 30 and _ends_like_unit(m.group(1)))


def _is_long_name_list(piece: str) -> bool:
    """A long piece that is a list of short names set apart by 、 (ten ministries and more before
    the verb that closes them): no sentence of its own, however long the list."""
    names = split_top_level(piece, "、")
    short = all(n and len(n) <= 20 for n in names[:-1])
    return len(names) >= 3 and short and 0 < len(names[-1]) <= 30


_UNIT_NAME_END = re.compile(
    r"(?:处|科|局|室|办|委|厅|部门|单位|政府|中心|所|院|站|队|分局|支行|分行|机构|管委会|街道|办事处|"
    r"乡镇|镇|处室|科室|股室|股|小组|领导小组|工委|党委|党组|公司|银行|政府各部门|馆|学校|法院|"
    r"检察院|集团|协会|联合会|工会|妇联|残联|团委|科协|宣传部|组织部|统战部|电视台|报社|"
    r"开发区|示范区|高新区|新区|园区|"
    # bodies of other kinds: a party school, federations, a supply co-operative, the army's
    # local offices (党校, 文联, 工商联, 红十字会, 供销社, 人武部)
    r"党校|文联|侨联|社科联|工商联|红十字会|供销社|人武部|武装部|军分区|"
    # vertical and other bodies: customs, a bank's branch (中支), a congress and a political
    # consultative conference, committees (卫生健康委员会, 人大常委会, 村委会), societies
    # (慈善总会, 商会), communities, zones of other kinds, universities, airports, prisons
    r"海关|中支|人大|政协|委员会|委会|总会|商会|社区|经开区|保税区|试验区|合作区|功能区|"
    r"管理区|度假区|片区|大学|高校|机场|监狱|国有企业|国企|"
    # a service hall's window that takes cases in (综合窗口, 服务窗口)
    r"窗口)$"
)


# a collective name of a level alone (各县, 各乡镇), what 各县(市、区) is without its bracket
_EACH_LEVEL = re.compile(r"^各[省市县区州盟旗乡镇村]{1,3}$")


def _ends_like_unit(name: str) -> bool:
    """A (folded) name that ends like a unit's, or whose bracket closing it follows such a name
    or holds one (市委编办(市审改办), 各乡镇(街道), 各县(市、区))."""
    if _UNIT_NAME_END.search(name) or _EACH_LEVEL.match(name):
        return True
    note = trailing_bracket(name)
    return note > 0 and (
        _ends_like_unit(name[:note].rstrip()) or bool(_UNIT_NAME_END.search(name[note + 1 : -1]))
    )


def ends_unit_list(text: str) -> bool:
    """Text that closes a statement's unit list (``县商务局、县发改局分别牵头，县外事办``): short,
    no sentence, its last name ending like a unit's."""
    k = fold(text).strip()
    if not k or len(k) > 80 or "。" in k:
        return False
    last = split_units(k)
    return bool(last) and 2 <= len(last[-1]) <= 30 and bool(_UNIT_NAME_END.search(last[-1]))


def _listed(text: str, longest: int) -> str:
    """The text without its closing punctuation, when it is short and holds no sentence
    (what a list of names or a bare statement may be); "" otherwise."""
    k = fold(text).strip().rstrip("。;,， ")
    return k if k and len(k) <= longest and "。" not in k else ""


def is_unit_list(text: str) -> bool:
    """Text that is only a list of unit names (each ending like 局, 处, 办公室, 人民政府 …), a
    name marked as the lead among them (市乙局、市甲局(牵头)) too."""
    names = split_units(_LEAD_MARK.sub("", k)) if (k := _listed(text, 120)) else []
    return bool(names) and all(
        (3 <= len(n) or _EACH_LEVEL.match(n)) and len(n) <= 30 and _ends_like_unit(n) for n in names
    )


def _names_in_list(text: str) -> list[str]:
    """The names of text that is only a list of names (one of them ending like a unit's), no
    sentence; [] otherwise."""
    names = split_units(k) if (k := _listed(text, 200)) else []
    if all(2 <= len(n) <= 30 for n in names) and any(_UNIT_NAME_END.search(n) for n in names):
        return names
    return []


def _is_name_list(text: str) -> bool:
    """Text that is only a list of names (one of them ending like a unit's), no sentence."""
    return bool(_names_in_list(text))


def is_names_of_units(text: str) -> bool:
    """Text that is only a list of at least two names, one of them ending like a unit's
    (``各乡街(园区);市直各单位``)."""
    return len(_names_in_list(text)) >= 2


def is_bare_statement(text: str) -> bool:
    """A line that is only units and their verb (``市发改委牵头落实``), as in a table copied one
    cell per line."""
    k = _listed(text, 150)
    if not k:
        return False
    pieces = [p for p in split_top_level(k, _PIECE_SEPARATORS) if p.strip()]
    names: list[str] = []
    for piece in pieces:
        m = _VERB_AT_END.match(piece)
        body = m.group(1) if m else piece
        # 甲局会同各县(市、区)组织实施: 会同 parts two names, as 、 does
        names.extend(n for n in split_units(body.replace(_HUITONG, "、")) if n)
    return (
        bool(_VERB_AT_END.match(pieces[-1]) if pieces else False)
        and bool(names)
        and all(len(n) <= 30 and _ends_like_unit(n) for n in names)
    )


# A statement that the first unit of each list leads (列第一位为牵头或汇总单位,下同 /
# 首位单位为牵头单位,下同): it names no unit itself; it holds for its own list and those after it.
_FIRST_LEADS_CORE = (
    # 牵头单位列第一位 (as a note of a 责任单位 column, too)
    r"(?:牵头(?:单位|部门)(?:列|排|排在|列在|放在)(?:第一位|首位|第一|最前)"
    # 列第一位为牵头单位 / 以下各项任务中,列第一位者为牵头单位 / 排在第一位的部门为牵头部门
    # (除标注“分别牵头”外,列第一位为牵头单位: the lists marked otherwise set apart first)
    r"|(?:除(?:标注|注明|标明)?[^,()]{1,12}外[,、]?)?"
    r"(?:责任单位|(?:以上|以下)?(?:各项)?任务|以上|以下)?(?:中)?[,、]?"
    r"(?:列|排|排名|排列)?(?:在)?(?:第一位|首位|第一个|第一)(?:的|者)?"
    # 列第一位者为工作牵头单位: the unit that leads the work
    r"(?:单位|部门)?(?:为|是)(?:工作)?(?:牵头|主责|主办)(?:单位|部门)?"
    r"(?:或汇总|和汇总|或主责)?(?:单位|部门)?"
    r"(?:[,;、]?(?:其他|其余|其它)(?:单位|部门)?(?:为|是)(?:配合|责任|协办)(?:单位|部门)?)?)"
    r"(?:[,;、]?\s*下同)?"
)
# in brackets of its own ((列第一位为牵头单位,下同)) or within a statement (…负责,列第一位者为
# 牵头单位): a closing bracket goes with it only when its opening one does
FIRST_LEADS = re.compile(rf"[(\[]{_FIRST_LEADS_CORE}[)\]][。;,]?|[,;]?{_FIRST_LEADS_CORE}[。;,]?")


def says_first_leads(text: str) -> bool:
    """Whether a text holds the statement that the first unit of each list leads."""
    return bool(FIRST_LEADS.search(fold(text)))


def first_leads_below(text: str) -> bool:
    """Whether a text says the first unit of each list leads for the lists after it too: with
    下同, or standing by itself (各项任务列第一位者为牵头单位。 / (以下各项任务中,列第一位者为
    牵头单位) / a 责任单位(列第一位为牵头单位) heading); not when said within one statement
    only, in its bracket ((甲局、乙部负责,列第一位者为牵头单位)) or after its units elsewhere
    (责任单位:甲局、乙部,列第一位的为牵头单位)."""
    k = fold(text)
    spans = _bracket_spans(k)
    for m in FIRST_LEADS.finditer(k):
        if "下同" in m.group() or k[m.start()] in "([":
            return True
        inside = [(s, e) for s, e in spans if s < m.start() and m.end() <= e]
        if not inside:
            if _closes_statement(k[: m.start()]):
                continue  # (责任单位:甲局、乙局,列第一位的为牵头单位): that statement's only
            return True
        s, e = inside[0]
        if not parse_statement(drop_first_leads(k[s + 1 : e - 1])).units:
            return True
    return False


def _closes_statement(before: str) -> bool:
    """Whether the (folded) text before a first-unit-leads note ends with a statement naming
    units, in the note's sentence: a labelled one (``责任单位:甲局、乙局,``), a bracketed one
    (``…。(甲局、乙局负责)``), bare units and their verb (``甲局、乙局负责,``) or names alone (a
    table's unit cell), on a line of its own or run on after the item's text. Said there without
    下同, the note is that statement's (as within its bracket); after any other words (a
    preamble's ``现将任务分解如下,``) it stands by itself and holds for every list after it."""
    k = before.rstrip(" ,;。、")
    sentences = [p for p in split_top_level(k, "。;") if p.strip()]
    if not sentences:
        return False
    last = re.split(r"[|\t]", sentences[-1])[-1].strip()  # (a table row's last cell)
    labels = [m for m in LABEL.finditer(last) if not re.fullmatch(DEADLINE_LABEL, m.group(3))]
    if labels:
        return bool(parse_statement(last[labels[0].start() :]).units)
    spans = _bracket_spans(last)
    if spans and spans[-1][1] == len(last):
        return _is_statement_body(last[spans[-1][0] + 1 : -1], True)
    return is_bare_statement(last) or is_unit_list(last)


def _first_leads(stmt: Statement) -> None:
    """The first unit of a statement that names no lead leads."""
    if stmt.units and not stmt.lead and not stmt.co_operating:
        stmt.lead.append(stmt.units[0])


def drop_first_leads(text: str) -> str:
    """The text without that statement (it names no unit)."""
    for m in reversed(list(FIRST_LEADS.finditer(fold(text)))):
        text = text[: m.start()] + text[m.end() :]
    return text


# the sentence that closes an item's text, after the end of the sentence before it
_LAST_SENTENCE = re.compile(r"(?<=[。;])([^。;]+)[。;]?$")


def _bracket_stands_apart(k: str) -> bool:
    """Whether a bracket in a (folded) text stands apart from the name before it: at the start,
    or after punctuation or a verb (…负责(2022年底前))."""
    for s, _e in _bracket_spans(k):
        before = k[:s].rstrip()
        if not before or before[-1] in ",;:、。" or _VERB_AT_END.match(before):
            return True
    return False


def _closing_sentence(k: str) -> int | None:
    """Where an unbracketed sentence closing an item's text starts when it is only units and
    their verbs (``…做好政策解读。县发改局牵头，各乡镇配合。`` / ``…。由县财政局牵头，县审计局
    配合。`` / ``…。县政府办负责。``); None for an ordinary sentence (``各乡镇要加强领导。``)."""
    m = _LAST_SENTENCE.search(k.rstrip())
    # (brackets only within the names: 各县(区)政府 — a bracket standing apart is a statement of
    # its own)
    if m is None or not m.start(1) or _bracket_stands_apart(m.group(1)):
        return None
    body = m.group(1).strip()
    if body.startswith("由"):
        body = body[1:]
    return m.start(1) if body and is_bare_statement(_without_time_limits(body)) else None


def _units_before_label(before: str) -> int | None:
    """Where the units and their verbs start that a label follows after a comma, in the
    sentence after the end of the one before (``…。市财政局牵头,市直各部门配合,完成时限:…``);
    None when the label follows an ordinary sentence."""
    if not before.endswith(","):
        return None
    start = max(before.rfind(c) for c in "。;!?？！") + 1
    body = before[start:].rstrip(", ")
    return start if body and is_bare_statement(body) else None


def _closes_with_time_limit(k: str, m: re.Match[str]) -> bool:
    """A time-limit label whose value, up to the end of the text, is only a time limit."""
    if not re.fullmatch(DEADLINE_LABEL, m.group(3)):
        return False
    pieces = [p for p in split_top_level(k[m.end() :].rstrip("。;, "), _PIECE_SEPARATORS)]
    return bool(pieces) and all(p.strip() and is_time_limit(p) for p in pieces)


_YEAR_ALONE = re.compile(r"^\d{4}\s*年度?$")


def _lost_closer(text: str) -> str:
    """A text whose statement's closing bracket a garbled copy turned into an opening one
    (``…。(A局牵头(``): the last bracket, opening nothing at the very end after a bracket left
    open, is read as the closer when what it closes reads as a statement."""
    k = fold(text).rstrip(" 。.;；\t")
    if len(k) < 3 or k[-1] not in _CLOSERS:
        return text
    stack: list[int] = []
    for i, ch in enumerate(k[:-1]):
        if ch in _CLOSERS:
            stack.append(i)
        elif stack and ch == _CLOSERS[k[stack[-1]]]:
            stack.pop()
    if len(stack) != 1 or k[stack[0]] != k[-1]:
        return text
    body = text[stack[0] + 1 : len(k) - 1]
    if not _is_statement_body(body, True):
        return text
    return text[: len(k) - 1] + _CLOSERS[k[-1]] + text[len(k) :]


def _left_open(before: str) -> bool:
    """The sentence before a label opens a bracket and never closes it (a copy that lost the
    closer, or garbled it: …建立台账(附件DO责任单位:…)."""
    sentence = before[max(before.rfind(c) for c in "。;!?？！") + 1 :]
    return left_open(sentence, "".join(_CLOSERS), "".join(_CLOSERS.values()))


def _closes_bracket(after: str) -> bool:
    """Whether a text closes a bracket it did not open."""
    depth = 0
    for ch in after:
        if ch in _CLOSERS:
            depth += 1
        elif ch in _CLOSERS.values():
            if not depth:
                return True
            depth -= 1
    return False


# a label opening a bracket (联系单位:, 联系人:): a statement's labels are read before this
_OTHER_LABEL = re.compile(r"^[^:,、;()]{1,8}:")


def find_statements(text: str, closing: bool = False) -> tuple[str, list[Statement]]:
    """Find the statements in a paragraph; return the text without them and the statements.

    Recognised: bracketed statements (``（牵头单位：…；责任单位：…）`` anywhere, ``（…负责落实）``
    at the end), and a labelled tail (``…。责任单位：…``) or a whole labelled line; with
    ``closing`` (the text of a numbered item), a closing sentence of only units and verbs too.
    """
    first_leads = says_first_leads(text)
    # brackets that say their first unit leads ((A局、B委、C库。排名第一的为牵头单位)) hold
    # names, whatever their names end with
    noted = {
        fold(drop_first_leads(text[s + 1 : e - 1])).strip().rstrip("。;,， ")
        for s, e in _bracket_spans(text)
        if first_leads and says_first_leads(text[s + 1 : e - 1])
    }
    text = drop_first_leads(text)
    text = _lost_closer(text)
    found: list[tuple[int, int]] = []
    spans = _bracket_spans(text)
    tail = len(text.rstrip(" 。.;；\t"))
    # a bracket of names alone closes the text (…做好…(丙办)。)
    last = spans[-1] if spans else (0, 0)
    names_close = last[1] >= tail > 0 and is_unit_list(fold(text[last[0] + 1 : last[1] - 1]))
    for start, end in spans:
        # (only statements after it, or a time limit in a bracket of its own: (甲局负责)(年底前))
        at_end = end >= tail or all(
            s >= end
            and (
                _is_statement_body(text[s + 1 : e - 1], True)
                or _only_time_limits(text[s + 1 : e - 1])
            )
            for s, e in spans
            if s >= end
        )
        body = text[start + 1 : end - 1]
        if _LEAD_MARK.fullmatch(fold(text[start:end])):
            continue  # 市甲局（总牵头）: a mark on the name before it, read with its list
        # right after the item's short heading ((一)选定事项(省政府办公厅牵头,省级部门配合)…)
        head = fold(text[:start]).strip()
        at_head = 0 < len(head) <= 20 and not re.search(_HEAD_PUNCT, head)
        if at_head and is_bare_statement(body):
            found.append((start, end))
        elif _is_statement_body(body, at_end):
            found.append((start, end))
        elif fold(body).strip().rstrip("。;,， ") in noted and _is_name_list(body):
            found.append((start, end))
        elif start and fold(text[start - 1]) in "。;" and _is_statement_body(body, True):
            # a bracket after a sentence's end, the item's text going on after it
            # (…产业目录。〔A牵头，B参与，C负责落实。〕按省的要求…): a statement too
            found.append((start, end))
        elif (
            start
            and fold(text[start - 1]) in "。;"
            and fold(text[end:]).strip(" 。;")
            and is_unit_list(_without_time_limits(fold(body)))
            and not _OTHER_LABEL.match(fold(body).strip())
        ):
            # a bracket of names alone closing one sentence group, the item's text going on
            # after it (…共享。(甲局、乙委)围绕…。(丙办)): a statement without a verb, as at the end
            found.append((start, end))
        elif (
            names_close
            and fold(text[end : end + 1]) in ("。", ";")
            and fold(text[end + 1 :]).strip(" 。;")
            and not _ends_like_unit(fold(text[:start]).rstrip())
            and is_unit_list(_without_time_limits(fold(body)))
            and not _OTHER_LABEL.match(fold(body).strip())
        ):
            # names closing a sentence before its full stop, as names close the item's last
            # (…情况(甲局、乙委)。做好…(丙办)。): each sentence's units are the item's
            found.append((start, end))
        elif (
            at_end
            and fold(text[:start]).rstrip()[-1:] in ("。", ";", ")", "]")
            and _only_time_limits(body)
            and not _YEAR_ALONE.match(fold(body).strip())
        ):
            # a time limit in a bracket of its own after the item's last sentence or its
            # statement (…。(2023年12月底前), …。(责任单位:…)(年底前)): the item's time limit
            # (one inside the sentence, …报送年报(1月底前)。, is the text's; a year alone may
            # be a span the text names: 年度报告(2023年))
            found.append((start, end))
        elif (
            end >= tail
            # after the last sentence's end, or closing it before its full stop
            # (…加强基层服务（甲局、乙委）。), not after a unit's name (某局（某中心）: its own)
            and (
                start == 0
                or text[start - 1] in "。；;"
                or (
                    text[end:].strip() in ("", "。")
                    and not _ends_like_unit(fold(text[:start]).rstrip())
                )
            )
            and is_unit_list(_without_time_limits(fold(body)))
            # (联系单位:办公室): a label not of a statement names whom to ask, not who does it
            and not _OTHER_LABEL.match(fold(body).strip())
        ):
            found.append(
                (start, end)
            )  # （区政府相关主管部门）: units without a verb, closing the item
    statements = [parse_statement(text[s + 1 : e - 1]) for s, e in found]
    rest = text
    for s, e in reversed(found):
        rest = rest[:s] + rest[e:]
    k = fold(rest)
    for m in LABEL.finditer(k):
        before = k[: m.start()].rstrip()
        if not before or before[-1] in "。;!?？！":
            statements.append(parse_statement(rest[m.start() :]))
            rest = rest[: m.start()]
            break
        at = _units_before_label(before)
        if at is not None:  # …。市财政局牵头,市直各部门配合,完成时限:年底前。
            statements.append(parse_statement(rest[at:]))
            rest = rest[:at]
            break
        if _left_open(before) and not _closes_bracket(k[m.end() :]):
            # …建立台账(附件1责任单位:…: a bracket the copy never closed before the label
            statements.append(parse_statement(rest[m.start() :]))
            rest = rest[: m.start()]
            break
        if before.endswith(",") and _closes_with_time_limit(k, m):
            # …,各单位要加强领导,完成时限:年底前。: the time limit closing the text
            statements.append(parse_statement(rest[m.start() :]))
            rest = rest[: m.start()]
            break
    if closing and not any(stmt.units for stmt in statements):
        # a closing sentence of units before a statement of the time limit alone
        # (…。市财政局牵头,市直各部门配合。完成时限:年底前。)
        at = _closing_sentence(fold(rest))
        if at is not None:
            body = rest[at:].strip().rstrip("。;；")
            statements.append(parse_statement(body[1:] if body.startswith("由") else body))
            rest = rest[:at]
    if first_leads:
        for stmt in statements:
            _first_leads(stmt)
    return rest.rstrip(), statements


def ends_with_statement(text: str) -> bool:
    """A text closing on a bracketed statement (…（责任单位：甲局）。 / …（甲局负责））."""
    k = fold(text).rstrip().rstrip("。;")
    spans = _bracket_spans(k)
    if not spans or spans[-1][1] != len(k):
        return False
    return _is_statement_body(k[spans[-1][0] + 1 : -1], True)


def is_statement_line(text: str) -> bool:
    """A paragraph that is only a statement (``责任处室：…`` or ``（牵头单位：…）``)."""
    text = drop_first_leads(text)
    k = fold(text).strip()
    if LABEL.match(k) or is_bare_statement(text) or _scope_note(k):
        return True
    first = LABEL.search(k)
    if first and is_bare_statement(k[: first.start()].rstrip(", ")):
        return True  # 市财政局牵头,市直各部门配合,完成时限:年底前
    spans = _bracket_spans(k)
    if len(spans) == 1 and spans[0] == (0, len(k.rstrip("。"))):
        return _is_statement_body(k[1 : spans[0][1] - 1], True)
    return False


def _scope_note(k: str) -> bool:
    """A (folded) sentence naming the units of every task after it, a remark closing it or not
    (以下各项工作均需甲局负责落实,不再一一列出。)."""
    pieces = [p for p in split_top_level(k.rstrip("。;, "), _PIECE_SEPARATORS) if p.strip()]
    while len(pieces) > 1 and _REMARK.match(pieces[-1].strip()):
        pieces.pop()
    m = _SCOPE_PREFIX.match(k)
    return len(pieces) == 1 and m is not None and is_bare_statement(k[m.end() : len(pieces[0])])


def parse_unit_cell(text: str, leads: bool) -> Statement:
    """Parse a table cell of units; ``leads`` when its column is a 牵头单位 column.

    Names on lines of their own within the cell, or set apart by spaces when each of them reads
    as a unit name, are separate units. A note in the cell that its first unit leads
    (市甲局、市乙局，列第一位的为牵头单位) names no unit: the first one leads."""
    if says_first_leads(text):
        stmt = parse_unit_cell(drop_first_leads(text), leads)
        stmt.text = text
        _first_leads(stmt)
        return stmt

    def joint(part: str) -> str:
        # a list closed by its verb (县发改局牵头 / 县财政局、县住建局配合) is a group of its own
        return "，" if _VERB_AT_END.match(fold(part)) else "、"

    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    text = "".join(
        ln + (joint(ln) if k + 1 < len(lines) and ln[-1] not in "、，,；;" else "")
        for k, ln in enumerate(lines)
    )
    words = text.split()
    if len(words) > 1 and all(is_unit_list(w) for w in words):
        text = "、".join(words)
    elif len(words) > 1 and all(_VERB_AT_END.match(fold(w)) for w in words[:-1]):
        text = "".join(w + (joint(w) if k + 1 < len(words) else "") for k, w in enumerate(words))
    if LABEL.search(fold(text)):
        return parse_statement(text)
    stmt = Statement(text=text)
    _read_units(text, leads, stmt)
    return stmt
