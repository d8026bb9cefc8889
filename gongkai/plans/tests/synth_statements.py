"""Made-up prose work plans whose items close with unit and time-limit statements, with gold.

A deterministic (seeded) generator writes plans in the genre's shape: a title, a preamble,
sections numbered 一、 / （一） / 1. / （1）, items of one to three sentences. They name no
real body and copy no sentence of a document: offices, tasks and dates are drawn from small
made-up vocabularies. Each plan carries its statements in one form (FORMS below), as plans
write them: a closing bracket (（责任单位：A、B）, （牵头单位：A；配合单位：B、C）,
（A牵头，B、C配合）, （A负责）, （责任单位：A，完成时限：…）), a label in square brackets
(【责任单位】A), half-width square brackets, tortoise-shell brackets, label lines under the
item (set apart by blank lines too), other label words of each role (责任部门, 牵头处室,
承办单位 …), a verb in the item's last sentence (由A牵头，B配合 / A会同B负责 /
各县（市、区）政府负责落实), names holding brackets, lists split by 、，,；; or broken over
lines, 按职责分工负责 closings, a lead marked in the list (A（牵头）、B), a time limit as an
element of the statement (A负责，2024年底前完成) or labelled in many shapes, a statement right
after the item's heading, a statement on an item whose sub-items have none or after its
sub-items, brackets in the text that are no statement (（含电子证照）), inline 一是/二是, a time
limit in the text, numbers past ten and other number punctuation, a note that every later task
is also some body's (以下各项工作均需…落实), a note that the first unit named leads, statements
on unnumbered paragraphs under a heading, verbs of two words (参与配合, 负责组织实施, 督促指导,
做好配合), bodies of many kinds (党校, 工商联, 供销社), collective names holding 、 or 和, names
set apart by spaces, labels alone on their line, and each of them in traditional characters.
The gold follows ``shared/workplans/README.md``: paths from the printed numbers, every unit
named, a deadline only from a time-limit statement.

Scored with score.py's own ``score`` / ``prf`` (through ``forms_eval``'s helpers), pooled per
form.

Left out: lists a person could not split either (names run together with no separator,
市财政局市教育局); a bare list of names closing the item's last sentence with neither bracket,
label nor verb (a sentence of the item or its units? a reader guesses); a note that the first
unit leads beside a statement that says who leads (the two disagree); and 主办 / 承办 / 协办单位
labels on lines of their own (only in brackets): such a line is a web page's footer too, and the
copy cleaner that drops footers is not among the modules these forms were fixed in.

Run with ``python -m gongkai.plans.tests.synth_statements [-v] [FORM ...]`` (``make eval-plans``
does); the fast slice in ``test_parsing_synth_statements.py`` runs a few seeds of each form.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from .forms_eval import _S2T, _figures, _predict

# --- vocabularies (made up: no body or place of a document) -------------------------------------

_OFFICES = (
    "市发展改革委",
    "市财政局",
    "市教育局",
    "市民政局",
    "市人力资源社会保障局",
    "市自然资源局",
    "市生态环境局",
    "市住房城乡建设局",
    "市交通运输局",
    "市农业农村局",
    "市商务局",
    "市文化广电旅游局",
    "市卫生健康委",
    "市应急管理局",
    "市市场监管局",
    "市统计局",
    "市医保局",
    "市司法局",
    "市公安局",
    "市委宣传部",
    "市委网信办",
    "市科技局",
    "市工业和信息化局",
    "市水务局",
    "市林业局",
    "市数据局",
    "市信访局",
    "市体育局",
)
# names holding brackets, and collective names, as plans write them
_BRACKETED = (
    "市委编办（市审改办）",
    "各县（市、区）人民政府",
    "各县（市、区）政府",
    "市政府办公室（市政务公开办）",
    "各乡镇（街道）",
    "市行政审批局（市政务服务中心）",
)
_COLLECTIVE = ("市直各有关单位", "市直有关部门", "各县（市、区）", "各开发区管委会")

_TITLE_TOPICS = (
    "政务公开工作要点",
    "优化营商环境重点任务分工方案",
    "数字政府建设工作方案",
    "民生实事项目实施方案",
    "安全生产专项整治工作方案",
    "基层治理能力提升行动方案",
)
_PLACES = ("东川市", "青岚市", "白河市", "云溪市", "临川市", "石岭市")
_VERBS = ("推进", "完善", "健全", "加强", "深化", "优化", "规范", "建立", "提升", "扩大")
_OBJECTS = (
    "政务数据共享",
    "项目审批流程",
    "基层公共服务",
    "信用信息归集",
    "重点领域信息公开",
    "企业开办服务",
    "社会救助制度",
    "应急物资储备",
    "农村人居环境整治",
    "公共法律服务体系",
    "政策解读机制",
    "办事指南编制",
    "监督检查机制",
    "便民服务网点建设",
)
_EXTRAS = (
    "，形成长效机制",
    "，确保按期完成",
    "，及时向社会公开进展情况",
    "，提高群众满意度",
    "，做到应公开尽公开",
    "，逐步实现全市统一标准",
    "",
)
_HEADINGS = (
    "加强组织领导",
    "夯实工作基础",
    "突出重点领域",
    "提升服务效能",
    "强化监督保障",
    "推动改革创新",
)
_DEADLINES = (
    "2024年6月底前",
    "2024年12月底前",
    "2024年9月30日前",
    "长期坚持",
    "持续推进",
    "年底前",
    "2025年3月底前",
)
_CN = "一二三四五六七八九十"


@dataclass
class Statement:
    """What an item carries: text closing its last line, lines under it, and their gold."""

    inline: str = ""
    lines: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    deadline: str = ""


@dataclass
class Ctx:
    """A plan's draws: its random generator and the note-given units every task also has."""

    rng: random.Random
    every: list[str] = field(default_factory=list)


# --- helpers ------------------------------------------------------------------------------------


def _names(ctx: Ctx, k: int, bracketed: float = 0.2) -> list[str]:
    """k distinct unit names, some holding brackets."""
    out: list[str] = []
    while len(out) < k:
        r = ctx.rng.random()
        if r < bracketed:
            name = ctx.rng.choice(_BRACKETED)
        elif r < bracketed + 0.1:
            name = ctx.rng.choice(_COLLECTIVE)
        else:
            name = ctx.rng.choice(_OFFICES)
        if name not in out and not any(_same_level(name, o) for o in out):
            out.append(name)
    return out


def _same_level(a: str, b: str) -> bool:
    """Two collective names of the counties' level would read as one body twice."""
    return a.startswith("各县") and b.startswith("各县")


def _join(ctx: Ctx, names: list[str], seps: str = "、") -> str:
    out = names[0]
    for n in names[1:]:
        out += ctx.rng.choice(seps) + n
    return out


def _sentence(ctx: Ctx, extra: bool = True) -> str:
    s = ctx.rng.choice(_VERBS) + ctx.rng.choice(_OBJECTS)
    if extra:
        s += ctx.rng.choice(_EXTRAS)
    return s + "。"


def _dedup(names: list[str]) -> list[str]:
    out: list[str] = []
    for n in names:
        if n not in out:
            out.append(n)
    return out


# --- statement forms ---------------------------------------------------------------------------


def f_bracket_resp(ctx: Ctx) -> Statement:
    names = _names(ctx, ctx.rng.randint(1, 3))
    return Statement(inline=f"（责任单位：{_join(ctx, names)}）", units=names)


def f_bracket_lead_coop(ctx: Ctx) -> Statement:
    lead = _names(ctx, ctx.rng.randint(1, 2))
    coop = [n for n in _names(ctx, ctx.rng.randint(1, 3) + len(lead)) if n not in lead][:3]
    sep = ctx.rng.choice("；，")
    coop_label = ctx.rng.choice(("配合单位", "责任单位"))
    text = f"（牵头单位：{_join(ctx, lead)}{sep}{coop_label}：{_join(ctx, coop)}）"
    return Statement(inline=text, units=lead + coop, lead=lead)


def f_bracket_verb_lead(ctx: Ctx) -> Statement:
    lead = _names(ctx, 1)
    coop = [n for n in _names(ctx, 4) if n not in lead][: ctx.rng.randint(1, 3)]
    verb = ctx.rng.choice(("配合", "参与", "配合落实"))
    text = f"（{lead[0]}牵头，{_join(ctx, coop)}{verb}）"
    return Statement(inline=text, units=lead + coop, lead=lead)


def f_bracket_fuze(ctx: Ctx) -> Statement:
    names = _names(ctx, ctx.rng.randint(1, 3))
    verb = ctx.rng.choice(("负责", "负责落实", "按职责负责"))
    return Statement(inline=f"（{_join(ctx, names)}{verb}）", units=names)


def f_bracket_resp_deadline(ctx: Ctx) -> Statement:
    names = _names(ctx, ctx.rng.randint(1, 3))
    dl = ctx.rng.choice(_DEADLINES)
    sep = ctx.rng.choice("，；")
    label = ctx.rng.choice(("完成时限", "完成时间", "时间要求"))
    text = f"（责任单位：{_join(ctx, names)}{sep}{label}：{dl}）"
    return Statement(inline=text, units=names, deadline=dl)


def f_square_label(ctx: Ctx) -> Statement:
    names = _names(ctx, ctx.rng.randint(1, 3))
    if ctx.rng.random() < 0.5:
        lead = names[:1]
        rest = _names(ctx, 5)
        coop = [n for n in rest if n not in names][:2]
        text = f"【牵头单位】{lead[0]}【配合单位】{_join(ctx, coop)}"
        return Statement(inline=text, units=lead + coop, lead=lead)
    return Statement(inline=f"【责任单位】{_join(ctx, names)}", units=names)


def f_square_ascii(ctx: Ctx) -> Statement:
    names = _names(ctx, ctx.rng.randint(1, 3))
    return Statement(inline=f"[责任单位：{_join(ctx, names)}]", units=names)


def f_tortoise(ctx: Ctx) -> Statement:
    names = _names(ctx, ctx.rng.randint(2, 3))
    if ctx.rng.random() < 0.5:
        return Statement(inline=f"〔责任单位：{_join(ctx, names)}〕", units=names)
    text = f"〔{names[0]}牵头，{_join(ctx, names[1:])}配合〕"
    return Statement(inline=text, units=names, lead=names[:1])


def f_label_lines(ctx: Ctx) -> Statement:
    r = ctx.rng.random()
    dl = ctx.rng.choice(_DEADLINES) if ctx.rng.random() < 0.6 else ""
    if r < 0.5:
        names = _names(ctx, ctx.rng.randint(1, 3))
        lines = [f"责任单位：{_join(ctx, names)}"]
        st = Statement(lines=lines, units=names)
    else:
        lead = _names(ctx, 1)
        coop = [n for n in _names(ctx, 4) if n not in lead][: ctx.rng.randint(1, 3)]
        lines = [f"牵头单位：{lead[0]}", f"配合单位：{_join(ctx, coop)}"]
        st = Statement(lines=lines, units=lead + coop, lead=lead)
    if dl:
        st.lines.append(f"完成时限：{dl}")
        st.deadline = dl
    return st


def f_verb_sentence(ctx: Ctx) -> Statement:
    r = ctx.rng.random()
    if r < 0.4:
        lead = _names(ctx, 1, bracketed=0.1)
        coop = [n for n in _names(ctx, 4) if n not in lead][: ctx.rng.randint(1, 2)]
        return Statement(
            inline=f"由{lead[0]}牵头，{_join(ctx, coop)}配合。", units=lead + coop, lead=lead
        )
    if r < 0.7:
        a, b = _names(ctx, 2, bracketed=0.1)
        verb = ctx.rng.choice(("负责", "负责落实", "组织实施"))
        return Statement(inline=f"{a}会同{b}{verb}。", units=[a, b], lead=[a])
    name = ctx.rng.choice(("各县（市、区）政府", "各县（市、区）人民政府", "各乡镇（街道）"))
    return Statement(inline=f"{name}负责落实。", units=[name])


def f_names_brackets(ctx: Ctx) -> Statement:
    """Every name of the list holds a bracket or is collective, in a closing bracket."""
    k = ctx.rng.randint(2, 3)
    pool = list(_BRACKETED + _COLLECTIVE)
    names: list[str] = []
    while len(names) < k:
        n = ctx.rng.choice(pool)
        if n not in names and not any(_same_level(n, o) for o in names):
            names.append(n)
    label = ctx.rng.choice(("责任单位：", "牵头单位：", ""))
    verb = "负责" if not label else ""
    return Statement(
        inline=f"（{label}{_join(ctx, names)}{verb}）",
        units=names,
        lead=names if label == "牵头单位：" else [],
    )


def f_separators(ctx: Ctx) -> Statement:
    names = _names(ctx, ctx.rng.randint(3, 4), bracketed=0.1)
    text = _join(ctx, names, "、，,；;")
    if ctx.rng.random() < 0.5:
        return Statement(inline=f"（责任单位：{text}）", units=names)
    return Statement(lines=[f"责任单位：{text}"], units=names)


def f_line_breaks(ctx: Ctx) -> Statement:
    """A statement broken over lines after a separator, as a narrow copy breaks it."""
    names = _names(ctx, ctx.rng.randint(3, 4), bracketed=0.1)
    cut = ctx.rng.randint(1, len(names) - 1)
    head, tail = _join(ctx, names[:cut]), _join(ctx, names[cut:])
    if ctx.rng.random() < 0.5:
        return Statement(lines=[f"责任单位：{head}、", tail], units=names)
    return Statement(
        inline=f"（牵头单位：{head}；\n配合单位：{tail}）", units=names, lead=names[:cut]
    )


def f_sentence_break(ctx: Ctx) -> Statement:
    """A closing sentence of units and verbs broken over two lines after a separator."""
    names = _names(ctx, ctx.rng.randint(3, 4), bracketed=0.1)
    lead, coop = names[:1], names[1:]
    cut = ctx.rng.randint(1, len(coop) - 1)
    text = f"由{lead[0]}牵头，{_join(ctx, coop[:cut])}、\n{_join(ctx, coop[cut:])}配合。"
    return Statement(inline=text, units=names, lead=lead)


def f_duty_division(ctx: Ctx) -> Statement:
    names = _names(ctx, ctx.rng.randint(1, 3))
    verb = ctx.rng.choice(("按职责分工负责", "按职责分工负责落实", "根据职责分工负责"))
    if ctx.rng.random() < 0.5:
        return Statement(inline=f"（{_join(ctx, names)}{verb}）", units=names)
    return Statement(inline=f"{_join(ctx, names)}{verb}。", units=names)


def f_note_every(ctx: Ctx) -> Statement:
    """The plan's note (written in build) gives every task its units besides the item's own."""
    st = f_bracket_resp(ctx) if ctx.rng.random() < 0.5 else f_bracket_fuze(ctx)
    st.units = _dedup(st.units + ctx.every)
    return st


def f_first_leads(ctx: Ctx) -> Statement:
    names = _names(ctx, ctx.rng.randint(2, 3))
    if ctx.rng.random() < 0.5:
        note = ctx.rng.choice(("排在第一位的为牵头单位", "列第一位的为牵头单位"))
        return Statement(inline=f"（{_join(ctx, names)}负责，{note}）", units=names, lead=names[:1])
    return Statement(inline=f"（责任单位：{_join(ctx, names)}）", units=names, lead=names[:1])


def f_head_bracket(ctx: Ctx) -> Statement:
    """The statement right after the item's short heading, its text going on after it; the
    heading is written by build (the first sentence stays before the bracket)."""
    lead = _names(ctx, 1)
    coop = [n for n in _names(ctx, 3) if n not in lead][:2]
    return Statement(
        inline=f"（{lead[0]}牵头，{_join(ctx, coop)}配合）", units=lead + coop, lead=lead
    )


def f_deadline_element(ctx: Ctx) -> Statement:
    names = _names(ctx, ctx.rng.randint(1, 2))
    r = ctx.rng.random()
    if r < 0.5:
        dl = ctx.rng.choice(("2024年6月底前完成", "2024年底前完成", "长期坚持", "持续推进"))
        return Statement(inline=f"（{_join(ctx, names)}负责，{dl}）", units=names, deadline=dl)
    dl = ctx.rng.choice(_DEADLINES)
    label = ctx.rng.choice(("完成时间", "完成期限", "完成时限"))
    return Statement(
        inline=f"（责任单位：{_join(ctx, names)}；{label}：{dl}）", units=names, deadline=dl
    )


def f_lead_mark(ctx: Ctx) -> Statement:
    names = _names(ctx, ctx.rng.randint(2, 3))
    listed = names[0] + "（牵头）、" + _join(ctx, names[1:])
    return Statement(inline=f"（责任单位：{listed}）", units=names, lead=names[:1])


_LABEL_WORDS = (
    ("责任部门", "牵头部门", "配合部门"),
    ("责任单位", "牵头单位", "参与单位"),
    ("责任处室", "牵头处室", "配合处室"),
    ("承办单位", "主办单位", "协办单位"),
)


def f_label_words(ctx: Ctx) -> Statement:
    resp, lead_w, coop_w = ctx.rng.choice(_LABEL_WORDS)
    names = _names(ctx, ctx.rng.randint(1, 3))
    if ctx.rng.random() < 0.5:
        text = f"{resp}：{_join(ctx, names)}"
        st = Statement(units=names)
    else:
        coop = [n for n in _names(ctx, 4) if n not in names][:2]
        text = f"{lead_w}：{_join(ctx, names)}；{coop_w}：{_join(ctx, coop)}"
        st = Statement(units=names + coop, lead=names)
    # (主办 / 承办 / 协办单位： on a line of their own are read as a web page's footer by the
    # copy cleaner, which this generator's parser helpers do not own: in brackets only)
    if ctx.rng.random() < 0.5 or resp == "承办单位":
        st.inline = f"（{text}）"
    else:
        st.lines = [part for part in text.split("；")]
    return st


def f_text_asides(ctx: Ctx) -> Statement:
    """Brackets in the item's text that are no statement (marked by build), and one closing it."""
    return f_bracket_resp(ctx) if ctx.rng.random() < 0.5 else f_bracket_verb_lead(ctx)


def f_blank_lines(ctx: Ctx) -> Statement:
    """Label lines set apart by blank lines, as some copies print every paragraph."""
    st = f_label_lines(ctx)
    st.lines = [x for line in st.lines for x in ("", line)]
    return st


def f_verb_variety(ctx: Ctx) -> Statement:
    """Other verbs and 等 closings, in a closing bracket or the last sentence."""
    a, b, c = _names(ctx, 3)
    forms = (
        (f"{a}牵头负责，{b}、{c}配合落实", [a, b, c], [a]),
        (f"{a}负责，{b}、{c}参与", [a, b, c], []),
        (f"{a}、{b}分别负责", [a, b], []),
        (f"{a}牵头，{c}负责落实", [a, c], [a]),
        (f"{a}、{b}等部门负责", [a, b], []),
        (f"{a}牵头，{b}等相关部门配合", [a, b], [a]),
        (f"责任单位：{a}、{b}等有关部门", [a, b], []),
    )
    text, units, lead = ctx.rng.choice(forms)
    if text.startswith("责任单位") or ctx.rng.random() < 0.6:
        return Statement(inline=f"（{text}）", units=units, lead=lead)
    return Statement(inline=f"{text}。", units=units, lead=lead)


def f_label_line_variety(ctx: Ctx) -> Statement:
    """A label line holding both labels, or a leader's line before the unit's."""
    names = _names(ctx, ctx.rng.randint(1, 3))
    dl = ctx.rng.choice(_DEADLINES)
    if ctx.rng.random() < 0.5:
        return Statement(
            lines=[f"责任单位：{_join(ctx, names)}；完成时限：{dl}"], units=names, deadline=dl
        )
    leader = ctx.rng.choice(("责任领导", "牵头领导", "分管领导"))
    return Statement(lines=[f"{leader}：王某某", f"责任单位：{_join(ctx, names)}"], units=names)


def f_bracket_own_line(ctx: Ctx) -> Statement:
    """A closing bracket on a line of its own under the item."""
    st = ctx.rng.choice((f_bracket_resp, f_bracket_lead_coop, f_bracket_verb_lead))(ctx)
    st.lines, st.inline = [st.inline], ""
    return st


def f_label_with_verbs(ctx: Ctx) -> Statement:
    a, b, c = _names(ctx, 3)
    text = f"责任单位：{a}牵头，{b}、{c}配合"
    if ctx.rng.random() < 0.5:
        return Statement(inline=f"（{text}）", units=[a, b, c], lead=[a])
    return Statement(lines=[text], units=[a, b, c], lead=[a])


def f_square_colon(ctx: Ctx) -> Statement:
    names = _names(ctx, ctx.rng.randint(1, 3))
    return Statement(inline=f"【责任单位：{_join(ctx, names)}】", units=names)


def f_spaced_names(ctx: Ctx) -> Statement:
    """Names set apart by spaces, as a copy of a table cell or a typed list writes them."""
    names = _names(ctx, ctx.rng.randint(2, 3), bracketed=0.0)
    text = " ".join(names)
    if ctx.rng.random() < 0.5:
        return Statement(lines=[f"责任单位：{text}"], units=names)
    return Statement(inline=f"（责任单位：{text}）", units=names)


# bodies of other kinds than 局 / 委 / 办: what their names end with varies
_OTHER_KINDS = (
    "市委党校",
    "市文联",
    "市工商联",
    "市红十字会",
    "市供销社",
    "市人武部",
    "市总工会",
    "团市委",
    "市妇联",
    "市科协",
    "市融媒体中心",
    "市消防救援支队",
    "市税务局",
    "市住房公积金管理中心",
    "市档案馆",
    "市中级人民法院",
    "市人民检察院",
    "市邮政管理局",
    "国网某某供电公司",
    "市城投集团",
)


def f_office_kinds(ctx: Ctx) -> Statement:
    """Bodies of many kinds, in a verb sentence or a bracket of names and their verb."""
    names = ctx.rng.sample(_OTHER_KINDS, ctx.rng.randint(1, 3))
    verb = ctx.rng.choice(("负责", "负责落实", "按职责分工负责"))
    if ctx.rng.random() < 0.5:
        return Statement(inline=f"{_join(ctx, names)}{verb}。", units=names)
    return Statement(inline=f"（{_join(ctx, names)}{verb}）", units=names)


_DEADLINE_VALUES = (
    "2024年12月31日前",
    "2024年第三季度",
    "2024年6月",
    "每季度",
    "每年12月底前",
    "2024年11月底前完成",
    "2025年6月底前全面完成",
)


def f_deadline_values(ctx: Ctx) -> Statement:
    """Time limits of many shapes, labelled, in brackets with the units or on lines before."""
    names = _names(ctx, ctx.rng.randint(1, 2))
    dl = ctx.rng.choice(_DEADLINE_VALUES)
    r = ctx.rng.random()
    if r < 0.4:
        lead = [n for n in _names(ctx, 3) if n not in names][:1]
        text = f"（牵头单位：{lead[0]}；责任单位：{_join(ctx, names)}；完成时限：{dl}）"
        return Statement(inline=text, units=lead + names, lead=lead, deadline=dl)
    if r < 0.7:
        return Statement(
            lines=[f"完成时限：{dl}", f"责任单位：{_join(ctx, names)}"], units=names, deadline=dl
        )
    return Statement(
        inline=f"（责任单位：{_join(ctx, names)}；时间：{dl}）", units=names, deadline=dl
    )


def f_bracket_variety(ctx: Ctx) -> Statement:
    """Brackets of other shapes: two in a row, 由 inside, names alone, a first-leads note."""
    a, b, c = _names(ctx, 3)
    r = ctx.rng.randrange(5)
    if r == 0:
        return Statement(
            inline=f"（牵头单位：{a}）（配合单位：{b}、{c}）", units=[a, b, c], lead=[a]
        )
    if r == 1:
        dl = ctx.rng.choice(_DEADLINES)
        return Statement(
            inline=f"（责任单位：{a}、{b}）（完成时限：{dl}）", units=[a, b], deadline=dl
        )
    if r == 2:
        return Statement(inline=f"（由{a}负责，{b}配合）", units=[a, b])
    if r == 3:
        return Statement(inline=f"（{a}、{b}）", units=[a, b])
    return Statement(
        lines=[f"责任单位：{a}、{b}、{c}（排在第一位的为牵头单位）"], units=[a, b, c], lead=[a]
    )


def f_labels_one_line(ctx: Ctx) -> Statement:
    """Two labels on one line set apart by spaces."""
    a, b, c = _names(ctx, 3)
    return Statement(lines=[f"牵头单位：{a}　　配合单位：{b}、{c}"], units=[a, b, c], lead=[a])


_MORE_COLLECTIVES = (
    "市直相关部门（单位）",
    "各乡镇党委、政府",
    "各县（市、区）党委和政府",
    "市、县两级政府",
    "各街道、社区",
    "各县（市、区）人民政府、开发区管委会",
)


def f_collective_names(ctx: Ctx) -> Statement:
    """Collective names holding 、 or 和 (each one unit), with other names."""
    coll = ctx.rng.choice(_MORE_COLLECTIVES)
    if coll.endswith("开发区管委会"):  # two units: 、 parts a county's government and a zone's
        names = ["各县（市、区）人民政府", "开发区管委会"]
    else:
        names = [coll]
    others = _names(ctx, ctx.rng.randint(0, 2), bracketed=0.0)
    others = [n for n in others if not n.startswith("各")]
    units = others + names if ctx.rng.random() < 0.5 else names + others
    text = "、".join(units)
    if ctx.rng.random() < 0.5:
        return Statement(inline=f"（责任单位：{text}）", units=units)
    return Statement(inline=f"（{text}负责）", units=units)


def f_closing_run(ctx: Ctx) -> Statement:
    """For build: the parent's statement on a line of its own after its sub-items."""
    return ctx.rng.choice((f_bracket_resp, f_bracket_verb_lead, f_bracket_fuze))(ctx)


def f_verb_compounds(ctx: Ctx) -> Statement:
    """Verbs of two words, or a verb with how it is done (参与配合, 负责组织实施, 主要负责,
    督促指导 … 做好配合)."""
    a, b, c = _names(ctx, 3)
    lead_v = ctx.rng.choice(("牵头", "牵头负责", "负责牵头", "负总责", "主要负责", "督促指导"))
    coop_v = ctx.rng.choice(
        ("参与配合", "协助配合", "积极配合", "配合实施", "协同配合", "分工负责", "做好配合")
    )
    text = f"{a}{lead_v}，{b}、{c}{coop_v}"
    lead = [a] if "牵头" in lead_v else []
    if ctx.rng.random() < 0.5:
        return Statement(inline=f"（{text}）", units=[a, b, c], lead=lead)
    return Statement(inline=f"{text}。", units=[a, b, c], lead=lead)


def f_label_value_below(ctx: Ctx) -> Statement:
    """A label alone on its line, its value on the next; or 【责任单位】 on a line of its own."""
    names = _names(ctx, ctx.rng.randint(1, 3))
    r = ctx.rng.random()
    if r < 0.5:
        return Statement(lines=["责任单位：", _join(ctx, names)], units=names)
    return Statement(lines=[f"【责任单位】{_join(ctx, names)}"], units=names)


def f_deadline_forms(ctx: Ctx) -> Statement:
    """Time limits beside the units: after a semicolon, in a bracket of their own, on a line."""
    names = _names(ctx, ctx.rng.randint(1, 2))
    dl = ctx.rng.choice(("2024年6月底前", "2024年底前完成", "2024年9月底前完成", "长期坚持"))
    r = ctx.rng.randrange(4)
    if r == 0:
        return Statement(inline=f"（{_join(ctx, names)}负责；{dl}）", units=names, deadline=dl)
    if r == 1:
        return Statement(inline=f"（{_join(ctx, names)}负责）（{dl}）", units=names, deadline=dl)
    if r == 2:
        label = ctx.rng.choice(("时限要求", "完成期限", "完成时间"))
        return Statement(
            lines=[f"责任单位：{_join(ctx, names)}", f"{label}：{dl}"], units=names, deadline=dl
        )
    return Statement(inline=f"（责任单位：{_join(ctx, names)}，{dl}）", units=names, deadline=dl)


def f_paragraph_mixed(ctx: Ctx) -> Statement:
    """For paragraphs under a heading: label lines, a verb sentence or a square-bracket label."""
    return ctx.rng.choice((f_label_lines, f_verb_sentence, f_square_label, f_bracket_fuze))(ctx)


FormFn = Callable[[Ctx], Statement]

# form name -> (statement writer, what the plan adds: "" / "every" / "first" / "paragraph")
FORMS: dict[str, tuple[FormFn, str]] = {
    "bracket_resp": (f_bracket_resp, ""),
    "bracket_lead_coop": (f_bracket_lead_coop, ""),
    "bracket_verb_lead": (f_bracket_verb_lead, ""),
    "bracket_fuze": (f_bracket_fuze, ""),
    "bracket_resp_deadline": (f_bracket_resp_deadline, ""),
    "square_label": (f_square_label, ""),
    "square_ascii": (f_square_ascii, ""),
    "tortoise": (f_tortoise, ""),
    "label_lines": (f_label_lines, ""),
    "verb_sentence": (f_verb_sentence, ""),
    "names_brackets": (f_names_brackets, ""),
    "separators": (f_separators, ""),
    "line_breaks": (f_line_breaks, ""),
    "duty_division": (f_duty_division, ""),
    "note_every": (f_note_every, "every"),
    "first_leads_note": (f_first_leads, "first"),
    "paragraph_under_heading": (f_bracket_resp, "paragraph"),
    "paragraph_other_forms": (f_paragraph_mixed, "paragraph"),
    "parent_statement": (f_bracket_resp, "parent"),
    "parent_label_lines": (f_label_lines, "parent"),
    "verb_variety": (f_verb_variety, ""),
    "label_line_variety": (f_label_line_variety, ""),
    "number_punctuation": (f_bracket_resp, "numbers"),
    "bracket_own_line": (f_bracket_own_line, ""),
    "label_with_verbs": (f_label_with_verbs, ""),
    "square_colon": (f_square_colon, ""),
    "spaced_names": (f_spaced_names, ""),
    "office_kinds": (f_office_kinds, ""),
    "collective_names": (f_collective_names, ""),
    "closing_run": (f_closing_run, "run"),
    "sentence_break": (f_sentence_break, ""),
    "verb_compounds": (f_verb_compounds, ""),
    "label_value_below": (f_label_value_below, ""),
    "deadline_forms": (f_deadline_forms, ""),
    "bracket_variety": (f_bracket_variety, ""),
    "labels_one_line": (f_labels_one_line, ""),
    "deadline_values": (f_deadline_values, ""),
    "inline_enumeration": (f_bracket_resp, "enumeration"),
    "time_in_text": (f_bracket_fuze, "time"),
    "many_items": (f_bracket_resp, "many"),
    "head_bracket": (f_head_bracket, "head"),
    "deadline_element": (f_deadline_element, ""),
    "lead_mark": (f_lead_mark, ""),
    "label_words": (f_label_words, ""),
    "text_asides": (f_text_asides, "asides"),
    "blank_lines": (f_blank_lines, ""),
}
# forms re-written in traditional characters, text and gold alike: all of them
TRADITIONAL = tuple(FORMS)


# --- plans --------------------------------------------------------------------------------------


_ASIDES = ("（含电子证照）", "（以下简称“一网通办”）", "（试行）", "（2024—2026年）")


def _item_text(ctx: Ctx, st: Statement, extra: str = "") -> list[str]:
    """An item's sentences with its statement: lines (the first without its number)."""
    n = ctx.rng.randint(1, 3)
    sentences = [_sentence(ctx, extra=False)] + [_sentence(ctx) for _ in range(n - 1)]
    if extra == "asides":
        k = ctx.rng.randrange(len(sentences))
        cut = sentences[k].index("。") if "，" not in sentences[k] else sentences[k].index("，")
        aside = ctx.rng.choice(_ASIDES)
        sentences[k] = sentences[k][:cut] + aside + sentences[k][cut:]
    if extra == "enumeration":  # 一是…；二是…: no items (NOTES §4)
        sentences[-1] = (
            f"一是{ctx.rng.choice(_VERBS)}{ctx.rng.choice(_OBJECTS)}；"
            f"二是{ctx.rng.choice(_VERBS)}{ctx.rng.choice(_OBJECTS)}。"
        )
    if extra == "time":  # a time limit in the text: no deadline statement
        sentences[-1] = (
            sentences[-1].rstrip("。") + f"，力争于{ctx.rng.choice(_DEADLINES[:3])}完成。"
        )
    if extra == "head":
        head = ctx.rng.choice(_VERBS) + ctx.rng.choice(_OBJECTS)
        rest = "".join(_sentence(ctx) for _ in range(max(1, n - 1)))
        return [head + st.inline + rest, *st.lines]
    body = "".join(sentences)
    if st.inline.startswith(("（", "〔", "[")):
        body = body.rstrip("。") + st.inline + "。" if ctx.rng.random() < 0.3 else body + st.inline
    elif st.inline:
        body += st.inline
    return body.split("\n") + st.lines


def build(form: str, seed: int) -> tuple[str, list[dict]]:
    """A made-up plan in the form and its gold tasks."""
    base = form.removesuffix("_trad")
    writer, extra = FORMS[base]
    ctx = Ctx(random.Random(f"{form}:{seed}"))
    place = ctx.rng.choice(_PLACES)
    lines = [f"{place}2024年{ctx.rng.choice(_TITLE_TOPICS)}", ""]
    lines.append(
        f"为{ctx.rng.choice(_VERBS)}{ctx.rng.choice(_OBJECTS)}，根据上级有关要求，"
        "结合我市实际，制定本方案。"
    )
    if extra == "every":
        ctx.every = _names(ctx, 1, bracketed=0.5)
        note = ctx.rng.choice(
            (
                f"以下各项工作均需{ctx.every[0]}负责落实，不再一一列出。",
                f"（以下各项任务均需{ctx.every[0]}落实，不再一一列出）",
                f"以下均需{ctx.every[0]}落实。",
            )
        )
        lines.append(note)
    if extra == "first":
        lines.append(
            ctx.rng.choice(("各项任务中排在第一位的为牵头单位。", "（列第一位的为牵头单位，下同）"))
        )
    depth = ctx.rng.choice((2, 3, 3, 4))
    if extra == "paragraph":
        depth = ctx.rng.choice((2, 3))
    if extra in ("parent", "run"):
        depth = 4
    tasks: list[dict] = []

    def leaf(path: list[str], number: str) -> None:
        st = writer(ctx)
        text = _item_text(ctx, st, extra)
        lines.append(number + text[0])
        lines.extend(text[1:])
        tasks.append(_gold(path, st))

    def paragraphs(path: list[str]) -> None:
        for k in range(ctx.rng.randint(1, 2)):
            st = writer(ctx)
            text = _item_text(ctx, st)
            lines.extend(text)
            tasks.append(_gold([*path, f"¶{k + 1}"], st))

    if extra == "many":  # numbers past ten: 十一、 / （十二） / 12.
        lines.append("一、主要任务")
        sub_count = ctx.rng.randint(11, 13)
        for j in range(sub_count):
            label = _cn_number(j + 1)
            sub = f"（{label}）"
            if ctx.rng.random() < 0.5:
                leaf(["一", sub], sub)
                continue
            lines.append(f"{sub}{ctx.rng.choice(_VERBS)}{ctx.rng.choice(_OBJECTS)}")
            for k in range(ctx.rng.randint(1, 12) if j == 0 else 1):
                leaf(["一", sub, str(k + 1)], f"{k + 1}.")
    headings = ctx.rng.sample(_HEADINGS, 3)
    for i in range(ctx.rng.randint(2, 3) if extra != "many" else 0):
        lines.append(f"{_CN[i]}、{headings[i]}")
        top = [_CN[i]]
        for j in range(ctx.rng.randint(1, 3)):
            sub = f"（{_CN[j]}）"
            if depth == 2:
                if extra == "paragraph":
                    lines.append(f"{sub}{ctx.rng.choice(_VERBS)}{ctx.rng.choice(_OBJECTS)}")
                    paragraphs([*top, sub])
                else:
                    leaf([*top, sub], sub)
                continue
            lines.append(f"{sub}{ctx.rng.choice(_VERBS)}{ctx.rng.choice(_OBJECTS)}")
            for k in range(ctx.rng.randint(1, 3)):
                num = str(k + 1)
                if depth == 3:
                    if extra == "paragraph":
                        lines.append(f"{num}.{ctx.rng.choice(_VERBS)}{ctx.rng.choice(_OBJECTS)}")
                        paragraphs([*top, sub, num])
                    else:
                        leaf([*top, sub, num], f"{num}.")
                    continue
                if extra == "run":  # sub-items, then the parent's statement on its own line
                    st = writer(ctx)
                    lines.append(f"{num}.{ctx.rng.choice(_VERBS)}{ctx.rng.choice(_OBJECTS)}")
                    for m in range(ctx.rng.randint(2, 3)):
                        lines.append(f"（{m + 1}）{_sentence(ctx)}")
                        tasks.append(_gold([*top, sub, num, f"（{m + 1}）"], st))
                    lines.append(st.inline)
                    continue
                if extra == "parent":
                    st = writer(ctx)
                    text = _item_text(ctx, st)
                    lines.append(f"{num}." + text[0])
                    lines.extend(text[1:])
                    for m in range(ctx.rng.randint(2, 3)):
                        lines.append(f"（{m + 1}）{_sentence(ctx)}")
                        tasks.append(_gold([*top, sub, num, f"（{m + 1}）"], st))
                    continue
                lines.append(f"{num}.{ctx.rng.choice(_VERBS)}{ctx.rng.choice(_OBJECTS)}")
                for m in range(ctx.rng.randint(1, 2)):
                    leaf([*top, sub, num, f"（{m + 1}）"], f"（{m + 1}）")
    lines.append("")
    lines.append("各部门要高度重视，认真抓好落实，确保各项任务按期完成。")
    if extra == "numbers":  # 1、 or 1． for 1., (1) for （1）: the same numbers (paths alike)
        dot = ctx.rng.choice(("、", "．"))
        lines = [re.sub(r"^(\d{1,2})\.", rf"\g<1>{dot}", ln) for ln in lines]
        lines = [re.sub(r"^（(\d{1,2})）", r"(\1)", ln) for ln in lines]
    text = "\n".join(lines) + "\n"
    if form.endswith("_trad"):
        text = _S2T.convert(text)
        tasks = [_traditional(t) for t in tasks]
    return text, tasks


def _cn_number(n: int) -> str:
    """一 … 十, 十一 … 十九."""
    return _CN[n - 1] if n <= 10 else "十" + _CN[n - 11]


def _gold(path: list[str], st: Statement) -> dict:
    return {
        "path": path,
        "units": _dedup(st.units),
        "lead": st.lead,
        "deadline": st.deadline,
    }


def _traditional(task: dict) -> dict:
    task = dict(task)
    task["units"] = [_S2T.convert(u) for u in task["units"]]
    task["lead"] = [_S2T.convert(u) for u in task["lead"]]
    task["deadline"] = _S2T.convert(task["deadline"])
    return task


def all_forms() -> list[str]:
    return [*FORMS, *(f"{f}_trad" for f in TRADITIONAL)]


# --- scoring ------------------------------------------------------------------------------------


def score_form(form: str, seeds: range, verbose: bool = False) -> tuple[float, float, float]:
    """Pooled F1 of tasks, (task, unit), (task, deadline) over the form's plans."""
    from .test_parsing_real import _score_module

    sc = _score_module()
    totals: Counter[str] = Counter()
    for seed in seeds:
        text, gold = build(form, seed)
        pred = _predict(text)
        counts = sc.score(pred, gold)
        totals.update(counts)
        if verbose and min(_figures(sc, counts)) < 1.0:
            _show(form, seed, pred, gold)
    return _figures(sc, totals)


def _show(form: str, seed: int, pred: list[dict], gold: list[dict]) -> None:
    print(f"  -- {form} seed {seed}")
    got = {"/".join(t["path"]): t for t in pred}
    for g in gold:
        key = "/".join(g["path"])
        p = got.pop(key, None)
        if p is None:
            print(f"     missing {key}: {g['units']} {g['deadline']!r}")
        elif set(p["units"]) != set(g["units"]) or p["deadline"] != g["deadline"]:
            print(f"     {key}: got {p['units']} {p['deadline']!r}")
            print(f"     {' ' * len(key)}  want {g['units']} {g['deadline']!r}")
    for key, p in got.items():
        print(f"     extra {key}: {p['units']} {p['deadline']!r}")


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")] or all_forms()
    seeds = range(20)
    print(f"== made-up prose plans with unit statements ({len(seeds)} plans a form), pooled F1")
    for name in names:
        ft, fu, fd = score_form(name, seeds, verbose)
        print(f"{name:28s} tasks F1 {ft:.3f}; units F1 {fu:.3f}; deadlines F1 {fd:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
