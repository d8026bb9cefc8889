"""Made-up whole documents: a plan with what is around it, in the structures real plans take.

A seeded generator writes a work plan as a whole document, each form turning one part of its
structure (FORMS below) and leaving the rest plain: the issuing notice around the plan
(关于印发…的通知, the addressees' line, 现将…印发给你们，请认真贯彻落实。, issuer and date, an
附件 line, then the plan's heading), with or without numbered requirements of its own
(README, second batch: they are no tasks, the plan starts at its heading); numbering systems and
their mixes (一、 / （一） / 1. / 1、 / （1） / (1) / ①, levels left out); 第一条 articles, some
holding （一） items (twenty-first batch: 第一条 a path element); 一是…二是… inside a paragraph
(NOTES §4: no item); numbers running on across sections; sections without tasks of their own
(一、指导思想, 二、工作目标 with text, 保障措施 items: numbered items without a statement are tasks
without units, NOTES §3 and the tenth batch's correction); a heading standing alone with its text
below (a task, its text below no statement), or with paragraphs carrying statements below
(NOTES §1: the heading groups them, they are ¶N); an item with its statement and unnumbered
paragraphs with statements after it (NOTES §1: the item and its ¶N); sub-items run on inside one
paragraph (（一）…。1.…（责任单位：…）2.…); an 附件 task table after the prose (its rows at the
root, tenth batch); closing lines (（此件公开发布）, 抄送：…, …印发); a web copy's page furniture
(forms_eval's ``page_furniture``); some forms indented with blank lines between paragraphs
(``_indented``) or printed with page numbers and a running header (``_pages``, forms_eval's
``page_breaks``); headings of sections numbered each in a mix of their own, items of a level
with and without sub-items, a space after the numbers, a line under the title saying who
adopted the plan; and each form in traditional characters. The statements are
synth_statements' writers (brackets, label lines, closing sentences), the table synth_tables'.

The gold follows ``shared/workplans/README.md`` and the README's decisions: paths from the
printed numbers (punctuation dropped, brackets full-width), ¶N for unnumbered paragraphs with a
statement, counted under their parent, units and deadlines from statements only. Scored with
score.py's ``score`` / ``prf`` through forms_eval's helpers, pooled per form, with one more
figure: the F1 of whole paths (score.py matches tasks by their last number only, so a wrong tree
can score 1.000 there).

Left out, where the schema and decisions do not settle the form:
- 第一章 chapters over articles (whether a chapter is a path element is not decided), and 附则:
  a numbered 三、附则 is an open case in the README;
- an attachment table repeating the body's tasks (open in the README: which copy counts);
- unnumbered paragraphs without a statement between ¶N paragraphs under an item that is a task
  itself (NOTES §1 counts ¶N under the item, but says nothing of a heading that is both);
- a notice's numbered requirements AFTER the plan (a person reads them as the notice's, but the
  decision only speaks of those before the plan);
- 一是…二是… each on a line of its own (they read as items then; the decision is for inline ones);
- a paragraph with a statement after the last sub-item of a heading (¶N of the heading or a part
  of the last sub-item? a reader guesses); 1) numbers (their path element is not settled);
  第一部分 parts.

With ``--forms`` each form (simplified characters) goes through each of forms_eval's transforms
that changes it (a PDF's re-wrap and copy, page numbers, a Word file, a web page, a copy that
lost its line breaks …), the gold through its ``_transform_gold``: a line per (form, transform)
below 1.000 and a line per transform. Where a PDF's re-wrap leaves a paragraph that cannot be
told from wrapped text (a one-line paragraph as long as the width, ending a sentence, after a
full line), a person doubts it too; the asserted slice (``test_parsing_synth_forms.py``) keeps
to the transforms that matter most.

Run with ``python -m gongkai.plans.tests.synth_documents [-v] [--seeds FROM-TO] [FORM ...]``, or
``… --forms [FORM ...] [TRANSFORM ...]`` (``make eval-plans`` runs both); the fast slices in
``test_parsing_synth_documents.py`` and ``test_parsing_synth_forms.py`` run a few seeds.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from . import synth_statements as ss
from . import synth_tables as st
from .forms_eval import (
    _S2T,
    GOLD_TRANSFORMS,
    TRANSFORMS,
    FileForm,
    _figures,
    _predict,
    _transform_gold,
    page_breaks,
    page_furniture,
)

SEEDS = 20
_CN = "一二三四五六七八九十"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
_WRITERS = (
    ss.f_bracket_resp,
    ss.f_bracket_lead_coop,
    ss.f_bracket_fuze,
    ss.f_label_lines,
    ss.f_verb_sentence,
    ss.f_bracket_resp_deadline,
)
_ADDRESSEES = (
    "各县（市、区）人民政府，市政府各部门、各直属机构：",
    "各乡镇人民政府、街道办事处，区政府各部门：",
    "市直各有关单位：",
)
_ISSUERS = ("东川市人民政府办公室", "青岚市人民政府", "白河区人民政府办公室", "云溪县人民政府")
_DATES = ("2024年2月26日", "2024年3月8日", "2023年12月29日", "2024年4月15日")
_GUIDE = (
    "坚持以人民为中心的发展思想，紧紧围绕中心工作，统筹推进各项改革任务，"
    "为经济社会高质量发展提供有力保障。"
)
_GUIDE_ENUM = "一是坚持问题导向，聚焦突出问题；二是坚持系统观念，统筹各方力量；三是坚持依法依规。"
_GOAL = "到2024年底，各项制度机制更加健全，服务能力明显提升，群众满意度进一步提高。"
_SAFEGUARDS = ("加强组织领导", "强化督促检查", "加强宣传引导", "严格考核问责")
_SAFE_TEXT = (
    "各单位要高度重视，主要负责同志亲自部署，确保各项任务落到实处。",
    "要建立工作台账，定期调度进展情况，对工作不力的及时督促整改。",
    "要通过多种渠道宣传工作成效，营造良好氛围。",
)
_REQUIREMENTS = (
    "高度重视，加强领导。各地各部门要把此项工作摆上重要议事日程。",
    "明确责任，抓好落实。各牵头单位要细化工作措施，按时完成任务。",
    "强化督查，确保实效。市政府办公室将适时开展督导检查。",
)
_CLOSING = (
    "（此件公开发布）",
    "抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院。",
    "东川市人民政府办公室　　　　　2024年3月1日印发",
)


@dataclass
class Doc:
    ctx: ss.Ctx
    lines: list[str] = field(default_factory=list)
    tasks: list[dict] = field(default_factory=list)
    marks: dict[str, str] = field(default_factory=dict)  # one punctuation a style in a document
    attachments: bool = False  # the notice lists two attachments (1. the plan, 2. its table)
    uneven: bool = False  # some items at a level with sub-items carry none (a task themselves)
    intro: bool = False  # headings of items with sub-items go on with a sentence of text

    @property
    def rng(self) -> random.Random:
        return self.ctx.rng

    def statement(self) -> ss.Statement:
        return self.rng.choice(_WRITERS)(self.ctx)

    def heading(self) -> str:
        return self.rng.choice(ss._VERBS) + self.rng.choice(ss._OBJECTS)

    def item(self, number: str, path: list[str], with_statement: bool = True) -> None:
        """A numbered item: its text (and statement) on the number's line, label lines below."""
        if not with_statement:
            self.lines.append(number + ss._sentence(self.ctx) + ss._sentence(self.ctx))
            self.tasks.append(_empty(path))
            return
        s = self.statement()
        text = ss._item_text(self.ctx, s)
        self.lines.append(number + text[0])
        self.lines.extend(text[1:])
        self.tasks.append(ss._gold(path, s))

    def paragraph(self, path: list[str]) -> None:
        """An unnumbered paragraph with a statement: ¶N under path."""
        s = self.statement()
        self.lines.extend(ss._item_text(self.ctx, s))
        self.tasks.append(ss._gold(path, s))


def _empty(path: list[str]) -> dict:
    return {"path": path, "units": [], "lead": [], "deadline": ""}


# --- numbering -----------------------------------------------------------------------------------


def _label(doc: Doc, style: str, n: int) -> tuple[str, str]:
    """The printed number of the n-th item (from 1) in a style, and its path element; a space
    after the numbers of the document's items, sometimes (1. 推进…, （一）　加强…)."""
    number, key = _label_bare(doc, style, n)
    if "space" not in doc.marks:
        doc.marks["space"] = doc.rng.choice(("", "", " ", "　"))
    return number + doc.marks["space"], key


def _label_bare(doc: Doc, style: str, n: int) -> tuple[str, str]:
    cn = ss._cn_number(n)
    if style not in doc.marks:
        doc.marks[style] = doc.rng.choice(("full", "full", "half"))
    half = doc.marks[style] == "half"
    if style == "cn":
        return f"{cn}、", cn
    if style == "pcn":
        return (f"({cn})" if half else f"（{cn}）"), f"（{cn}）"
    if style == "ar":
        return f"{n}{'.' if half else doc.marks.setdefault('dot', doc.rng.choice('、．.'))}", str(n)
    if style == "par":
        return (f"({n})" if half else f"（{n}）"), f"（{n}）"
    if style == "circ":
        return _CIRCLED[n - 1], _CIRCLED[n - 1]
    raise ValueError(style)


def _tree(doc: Doc, styles: list[str], path: list[str], counters: dict[str, int] | None = None):
    """Items of the levels ``styles`` under ``path``; a counter shared across sections for a style
    found in ``counters`` (numbers running on)."""
    style, rest = styles[0], styles[1:]
    for k in range(doc.rng.randint(1, 3)):
        if counters is not None and style in counters:
            counters[style] += 1
            n = counters[style]
        else:
            n = k + 1
        number, key = _label(doc, style, n)
        if not rest or (doc.uneven and doc.rng.random() < 0.3):
            doc.item(number, [*path, key])
            continue
        head = number + doc.heading()
        if doc.intro:  # the heading's sentence goes on with text of its own, no statement
            head += "。" + ss._sentence(doc.ctx)
        doc.lines.append(head)
        _tree(doc, rest, [*path, key], counters)


# --- the plan's parts ----------------------------------------------------------------------------


def _title(doc: Doc) -> str:
    return f"{doc.rng.choice(ss._PLACES)}2024年{doc.rng.choice(ss._TITLE_TOPICS)}"


def _preamble(doc: Doc) -> None:
    doc.lines.append(
        f"为{doc.rng.choice(ss._VERBS)}{doc.rng.choice(ss._OBJECTS)}，根据上级有关要求，"
        "结合本地实际，制定本方案。"
    )


def _notice(doc: Doc, title: str, requirements: bool = False) -> None:
    """The issuing notice: its title, addressees, issuing sentence, issuer, date, 附件 line."""
    doc.lines += [f"关于印发{title}的通知", "", doc.rng.choice(_ADDRESSEES)]
    doc.lines.append(f"现将《{title}》印发给你们，请认真贯彻落实。")
    if requirements:
        doc.lines[-1] = f"现将《{title}》印发给你们，并就有关事项通知如下："
        for k, text in enumerate(_REQUIREMENTS):
            doc.lines.append(f"{_CN[k]}、{text}")
    if doc.rng.random() < 0.5:
        doc.lines.append("（联系人：王某某，联系电话：0000-12345678）")
    doc.lines += ["", doc.rng.choice(_ISSUERS), doc.rng.choice(_DATES)]
    if doc.attachments:
        doc.lines += [f"附件：1.{title}", f"　　　2.{title}重点任务分工表"]
    elif doc.rng.random() < 0.5:
        doc.lines.append(f"附件：{title}")
    doc.lines.append("")


_INTROS = (
    "围绕上述目标，重点抓好以下工作：",
    "各地各部门要结合实际，认真做好以下工作。",
    "今年重点推进以下几个方面的工作：",
)


def _sections(doc: Doc, styles: list[str], counters: dict[str, int] | None = None) -> None:
    for i in range(doc.rng.randint(2, 3)):
        doc.lines.append(f"{_CN[i]}、{doc.rng.choice(ss._HEADINGS)}")
        if doc.intro and doc.rng.random() < 0.6:  # a paragraph without statement before items
            doc.lines.append(doc.rng.choice(_INTROS))
        _tree(doc, styles, [_CN[i]], counters)


def _closing_sentence(doc: Doc) -> None:
    doc.lines += ["", "各部门要高度重视，认真抓好落实，确保各项任务按期完成。"]


# --- forms ---------------------------------------------------------------------------------------


_ADOPTED = ("（{}　{}）", "（{}{}印发）", "（{}第5次常务会议审议通过，{}）")


def d_plain(doc: Doc) -> None:
    doc.lines += [_title(doc), ""]
    if doc.rng.random() < 0.4:  # a line under the title: who adopted or issued it, and when
        when, who = doc.rng.choice(_DATES), doc.rng.choice(_ISSUERS)
        form = doc.rng.choice(_ADOPTED)
        doc.lines.insert(
            -1, form.format(who, when) if "常务" not in form else form.format(who, when)
        )
    _preamble(doc)
    _sections(doc, ["pcn"])
    _closing_sentence(doc)


def d_notice(doc: Doc) -> None:
    title = _title(doc)
    _notice(doc, title)
    doc.lines += [title, ""]
    _preamble(doc)
    _sections(doc, ["pcn", "ar"])


def d_notice_requirements(doc: Doc) -> None:
    title = _title(doc)
    _notice(doc, title, requirements=True)
    doc.lines += [title, ""]
    _preamble(doc)
    _sections(doc, ["pcn"])


_MIXES = (
    ["ar"],
    ["pcn", "ar"],
    ["pcn", "ar", "par"],
    ["pcn", "ar", "par", "circ"],
    ["par"],
    ["ar", "par"],
    ["pcn", "par"],
)


def d_numbering(doc: Doc) -> None:
    doc.lines += [_title(doc), ""]
    _preamble(doc)
    _sections(doc, list(doc.rng.choice(_MIXES)))


def d_no_sections(doc: Doc) -> None:
    """Items from the root: （一） or 1. first."""
    doc.lines += [_title(doc), ""]
    _preamble(doc)
    mixes = (["pcn"], ["ar"], ["pcn", "ar"], ["ar", "par"], ["cn"], ["cn", "ar"])
    _tree(doc, list(doc.rng.choice(mixes)), [])


def d_numbers_run_on(doc: Doc) -> None:
    """Numbers of one level running on across sections (the levels below starting again)."""
    doc.lines += [_title(doc), ""]
    _preamble(doc)
    styles = doc.rng.choice((["ar"], ["pcn", "ar"], ["pcn"], ["pcn", "ar"]))
    at = doc.rng.randrange(len(styles))
    _sections(doc, list(styles), counters={styles[at]: 0})


def d_uneven_depth(doc: Doc) -> None:
    """Items of one level, some with sub-items, some without (a task themselves)."""
    doc.uneven = True
    doc.lines += [_title(doc), ""]
    _preamble(doc)
    _sections(doc, list(doc.rng.choice(_MIXES[1:4])))


def d_section_mixes(doc: Doc) -> None:
    """Each section numbered in a mix of its own (（一） then 1. in one, 1. alone in another)."""
    doc.lines += [_title(doc), ""]
    _preamble(doc)
    for i in range(doc.rng.randint(2, 4)):
        doc.lines.append(f"{_CN[i]}、{doc.rng.choice(ss._HEADINGS)}")
        _tree(doc, list(doc.rng.choice(_MIXES)), [_CN[i]])


def d_deep_heading_below(doc: Doc) -> None:
    """Items of the lowest level standing alone, paragraphs with statements below (¶N)."""
    doc.lines += [_title(doc), ""]
    _preamble(doc)
    styles = list(doc.rng.choice((["pcn", "ar"], ["ar"], ["pcn", "ar", "par"])))
    for i in range(doc.rng.randint(2, 3)):
        doc.lines.append(f"{_CN[i]}、{doc.rng.choice(ss._HEADINGS)}")
        _tree_below(doc, styles, [_CN[i]])


def _tree_below(doc: Doc, styles: list[str], path: list[str]) -> None:
    for k in range(doc.rng.randint(1, 3)):
        number, key = _label(doc, styles[0], k + 1)
        doc.lines.append(number + doc.heading())
        if len(styles) > 1:
            _tree_below(doc, styles[1:], [*path, key])
            continue
        for m in range(doc.rng.randint(1, 2)):
            doc.paragraph([*path, key, f"¶{m + 1}"])


def d_heading_intro(doc: Doc) -> None:
    """Headings going on with text of their own, paragraphs without statement before items."""
    doc.intro = True
    doc.lines += [_title(doc), ""]
    _preamble(doc)
    _sections(doc, list(doc.rng.choice((["pcn", "ar"], ["pcn", "ar", "par"], ["ar", "par"]))))


def d_articles(doc: Doc) -> None:
    doc.lines += [_title(doc), ""]
    for n in range(1, doc.rng.randint(4, 7)):
        number = f"第{ss._cn_number(n)}条"
        sep = doc.rng.choice(("　", " ", ""))
        r = doc.rng.random()
        if n == 1 or r < 0.25:
            doc.item(number + sep, [number], with_statement=False)
        elif r < 0.5:
            doc.lines.append(number + sep + doc.heading() + "。具体包括：")
            for k in range(doc.rng.randint(2, 3)):
                doc.item(f"（{_CN[k]}）", [number, f"（{_CN[k]}）"])
        else:
            doc.item(number + sep, [number])


def d_inline_enumeration(doc: Doc) -> None:
    doc.lines += [_title(doc), ""]
    _preamble(doc)
    for i in range(doc.rng.randint(2, 3)):
        doc.lines.append(f"{_CN[i]}、{doc.rng.choice(ss._HEADINGS)}")
        for j in range(doc.rng.randint(1, 3)):
            s = doc.statement()
            text = ss._item_text(doc.ctx, s, "enumeration")
            doc.lines.append(f"（{_CN[j]}）" + text[0])
            doc.lines.extend(text[1:])
            doc.tasks.append(ss._gold([_CN[i], f"（{_CN[j]}）"], s))


def _guiding(doc: Doc, at: int) -> int:
    """一、指导思想 / 二、工作目标 with text below (tasks without units), or 一、总体要求 over
    （一）指导思想 …; returns the next section's index."""
    if doc.rng.random() < 0.5:
        guide = _GUIDE if doc.rng.random() < 0.5 else _GUIDE_ENUM
        for head, text in (("指导思想", guide), ("工作目标", _GOAL)):
            doc.lines += [f"{_CN[at]}、{head}", text]
            doc.tasks.append(_empty([_CN[at]]))
            at += 1
        return at
    doc.lines.append(f"{_CN[at]}、总体要求")
    for j, (head, text) in enumerate((("指导思想", _GUIDE), ("工作目标", _GOAL))):
        if doc.rng.random() < 0.5:
            doc.lines += [f"（{_CN[j]}）{head}", text]
        else:
            doc.lines.append(f"（{_CN[j]}）{head}。{text}")
        doc.tasks.append(_empty([_CN[at], f"（{_CN[j]}）"]))
    return at + 1


def _safeguards(doc: Doc, at: int) -> None:
    doc.lines.append(f"{_CN[at]}、保障措施")
    if doc.rng.random() < 0.3:  # paragraphs below, no items: the section a task without units
        doc.lines += list(doc.rng.sample(_SAFE_TEXT, 2))
        doc.tasks.append(_empty([_CN[at]]))
        return
    for j, head in enumerate(doc.rng.sample(_SAFEGUARDS, doc.rng.randint(2, 3))):
        doc.lines.append(f"（{_CN[j]}）{head}。{doc.rng.choice(_SAFE_TEXT)}")
        doc.tasks.append(_empty([_CN[at], f"（{_CN[j]}）"]))


def d_sections_without_tasks(doc: Doc) -> None:
    doc.lines += [_title(doc), ""]
    _preamble(doc)
    at = _guiding(doc, 0)
    doc.lines.append(f"{_CN[at]}、主要任务")
    _tree(doc, ["pcn"] if doc.rng.random() < 0.5 else ["pcn", "ar"], [_CN[at]])
    _safeguards(doc, at + 1)


def d_heading_text_below(doc: Doc) -> None:
    """（一）heading alone; below it text without a statement (the heading a task) or paragraphs
    with statements (¶N, the heading grouping them)."""
    doc.lines += [_title(doc), ""]
    _preamble(doc)
    for i in range(doc.rng.randint(2, 3)):
        doc.lines.append(f"{_CN[i]}、{doc.rng.choice(ss._HEADINGS)}")
        for j in range(doc.rng.randint(1, 3)):
            sub = f"（{_CN[j]}）"
            doc.lines.append(sub + doc.heading())
            if doc.rng.random() < 0.4:
                doc.lines.append(ss._sentence(doc.ctx) + ss._sentence(doc.ctx))
                doc.tasks.append(_empty([_CN[i], sub]))
                continue
            for k in range(doc.rng.randint(1, 2)):
                doc.paragraph([_CN[i], sub, f"¶{k + 1}"])


def d_paragraphs_after_item(doc: Doc) -> None:
    """An item with its statement, then unnumbered paragraphs with statements: the item, its ¶N."""
    doc.lines += [_title(doc), ""]
    _preamble(doc)
    for i in range(doc.rng.randint(2, 3)):
        doc.lines.append(f"{_CN[i]}、{doc.rng.choice(ss._HEADINGS)}")
        for j in range(doc.rng.randint(1, 3)):
            sub = f"（{_CN[j]}）"
            doc.item(sub, [_CN[i], sub])
            if doc.rng.random() < 0.6:
                for k in range(doc.rng.randint(1, 2)):
                    doc.paragraph([_CN[i], sub, f"¶{k + 1}"])


def d_runon_subitems(doc: Doc) -> None:
    """（一）heading。1.…（statement）2.…（statement） in one paragraph."""
    doc.lines += [_title(doc), ""]
    _preamble(doc)
    for i in range(doc.rng.randint(2, 3)):
        doc.lines.append(f"{_CN[i]}、{doc.rng.choice(ss._HEADINGS)}")
        for j in range(doc.rng.randint(1, 3)):
            sub = f"（{_CN[j]}）"
            line = sub + doc.heading() + doc.rng.choice(("。", "：", "。" + ss._sentence(doc.ctx)))
            paren = doc.rng.random() < 0.3
            end = doc.rng.choice(("。", "；"))
            count = doc.rng.randint(2, 3)
            for k in range(count):
                if doc.rng.random() < 0.6:
                    s = ss.f_bracket_resp(doc.ctx)
                else:
                    s = ss.f_bracket_fuze(doc.ctx)
                number, key = (
                    (f"（{k + 1}）", f"（{k + 1}）") if paren else (f"{k + 1}.", str(k + 1))
                )
                text = ss._sentence(doc.ctx, extra=False).rstrip("。")
                line += f"{number}{text}{s.inline}{end if k < count - 1 else '。'}"
                doc.tasks.append(ss._gold([_CN[i], sub, key], s))
            doc.lines.append(line)


def d_attachment_table(doc: Doc) -> None:
    title = _title(doc)
    doc.lines += [title, ""]
    _preamble(doc)
    at = _guiding(doc, 0)
    _safeguards(doc, at)
    table = st.make_table(doc.rng.randrange(10**6), "pipes")
    label = doc.rng.choice(("附件", "附件1", "附件："))
    doc.lines += ["", label]
    if not table.title:
        doc.lines.append(f"{title}重点任务分工表")
    doc.lines.append(st._pipes(table, doc.rng))
    doc.tasks += table.gold


def d_notice_attachments(doc: Doc) -> None:
    """A notice listing two attachments (附件：1.… 2.…: no task list), the plan, then 附件2's
    table (its rows at the root)."""
    doc.attachments = True
    title = _title(doc)
    _notice(doc, title)
    doc.lines += ["附件1", title, ""]
    _preamble(doc)
    at = _guiding(doc, 0)
    doc.lines.append(f"{_CN[at]}、主要任务")
    _tree(doc, ["pcn"], [_CN[at]])
    _safeguards(doc, at + 1)
    table = st.make_table(doc.rng.randrange(10**6), "pipes")
    doc.lines += ["", "附件2", f"{title}重点任务分工表"]
    table.title = ""
    doc.lines.append(st._pipes(table, doc.rng))
    doc.tasks += table.gold
    doc.lines += ["", _CLOSING[1]]


def d_closing_lines(doc: Doc) -> None:
    """Closing lines; before them, sometimes, the plan's issuer and date (signed at its end)."""
    d_notice(doc) if doc.rng.random() < 0.5 else d_plain(doc)
    doc.lines.append("")
    if doc.rng.random() < 0.5:
        doc.lines += [doc.rng.choice(_ISSUERS), doc.rng.choice(_DATES), ""]
    doc.lines += [ln for ln in _CLOSING if doc.rng.random() < 0.8]


def d_web_page(doc: Doc) -> None:
    doc.rng.choice((d_plain, d_notice, d_sections_without_tasks))(doc)


def d_whole(doc: Doc) -> None:
    """A notice, sections without tasks, the main tasks in a mix of levels, closing lines."""
    title = _title(doc)
    _notice(doc, title, requirements=doc.rng.random() < 0.3)
    doc.lines += [title, ""]
    _preamble(doc)
    at = _guiding(doc, 0)
    doc.lines.append(f"{_CN[at]}、主要任务")
    _tree(doc, list(doc.rng.choice(_MIXES[1:4])), [_CN[at]])
    _safeguards(doc, at + 1)
    doc.lines.append("")
    doc.lines += list(_CLOSING[:2])


FormFn = Callable[[Doc], None]
FORMS: dict[str, FormFn] = {
    "plain": d_plain,
    "notice": d_notice,
    "notice_requirements": d_notice_requirements,
    "numbering": d_numbering,
    "no_sections": d_no_sections,
    "numbers_run_on": d_numbers_run_on,
    "articles": d_articles,
    "inline_enumeration": d_inline_enumeration,
    "sections_without_tasks": d_sections_without_tasks,
    "heading_text_below": d_heading_text_below,
    "paragraphs_after_item": d_paragraphs_after_item,
    "runon_subitems": d_runon_subitems,
    "attachment_table": d_attachment_table,
    "closing_lines": d_closing_lines,
    "heading_intro": d_heading_intro,
    "uneven_depth": d_uneven_depth,
    "section_mixes": d_section_mixes,
    "deep_heading_below": d_deep_heading_below,
    "notice_attachments": d_notice_attachments,
    "web_page": d_web_page,
    "whole": d_whole,
}


def _indented(lines: list[str], rng: random.Random) -> list[str]:
    """A web copy's layout: paragraphs indented by full-width spaces, blank lines between them
    (table rows as they are)."""
    gap = rng.random() < 0.5
    out: list[str] = []
    for line in lines:
        if not line.strip() or "|" in line:
            out.append(line)
            continue
        out.append("　　" + line)
        if gap:
            out.append("")
    return out


def build(form: str, seed: int) -> tuple[str, list[dict]]:
    """A made-up document in the form and its gold tasks."""
    base = form.removesuffix("_trad")
    doc = Doc(ss.Ctx(random.Random(f"doc:{form}:{seed}")))
    FORMS[base.removesuffix("_indented").removesuffix("_pages")](doc)
    lines = doc.lines
    if base.endswith("_indented"):
        lines = _indented("\n".join(lines).split("\n"), doc.rng)
    text = "\n".join(lines) + "\n"
    if base.endswith("_pages"):
        text = page_breaks(text)
    if base == "web_page":
        text = page_furniture(text)
    tasks = doc.tasks
    if form.endswith("_trad"):
        text = _S2T.convert(text)
        tasks = [_traditional(t) for t in tasks]
    return text, tasks


def _traditional(task: dict) -> dict:
    task = ss._traditional(task)
    task["path"] = [_S2T.convert(p) for p in task["path"]]
    return task


INDENTED = ("whole", "heading_text_below", "paragraphs_after_item", "articles", "uneven_depth")


# forms also printed with page numbers and a running header (forms_eval's page_breaks)
PAGES = ("whole", "heading_text_below", "notice_requirements", "paragraphs_after_item", "articles")


def all_forms() -> list[str]:
    plain = [*FORMS, *(f"{f}_indented" for f in INDENTED), *(f"{f}_pages" for f in PAGES)]
    return [*plain, *(f"{f}_trad" for f in plain)]


# --- scoring -------------------------------------------------------------------------------------


def _paths(tasks: list[dict]) -> Counter[str]:
    return Counter("/".join(t["path"]) for t in tasks if not t.get("ignore"))


def _counts(sc, pred: list[dict], gold: list[dict]) -> Counter[str]:
    """score.py's counts of a document, and those of its whole paths."""
    counts = Counter(sc.score(pred, gold))
    gp, pp = _paths(gold), _paths(pred)
    counts["paths_tp"] = sum((gp & pp).values())
    counts["paths_pred"], counts["paths_gold"] = sum(pp.values()), sum(gp.values())
    return counts


def score_form(form: str, seeds: range, verbose: bool = False) -> tuple[float, ...]:
    """Pooled F1 of tasks, (task, unit), (task, deadline) as score.py counts them, and of paths."""
    from .test_parsing_real import _score_module

    sc = _score_module()
    totals: Counter[str] = Counter()
    for seed in seeds:
        text, gold = build(form, seed)
        pred = _predict(text)
        counts = _counts(sc, pred, gold)
        totals.update(counts)
        figures = (*_figures(sc, counts), _path_f1(sc, counts))
        if verbose and min(figures) < 1.0:
            ss._show(form, seed, pred, gold)
    return (*_figures(sc, totals), _path_f1(sc, totals))


# --- the documents in the forms real copies take (``--forms``) ---------------------------------
# Each form's documents (in simplified characters: traditional is a transform) through each of
# forms_eval's transforms, the gold through its _transform_gold (and the paths, which that leaves
# alone, through the same change). A transform applies to a form where it changes some of its
# documents; only those documents are scored.


def _transformed_gold(name: str, tasks: list[dict]) -> list[dict]:
    change = GOLD_TRANSFORMS.get(name)
    out = _transform_gold(name, tasks)
    if change is None:
        return out
    return [{**t, "path": [change(p) for p in t["path"]]} for t in out]


# Copies without bars (tabs or blanks between cells, cells one per line, a Markdown table): a
# cell's line break would read as the next cell or row there, so those copies write each cell on
# one line, as synth_tables' ``tabs`` / ``spaces`` / ``blank_lines`` do (its docstring). The
# documents' tables are written with '|' and cells of two lines (a row closing with '|' on the
# line after its opening); before such a transform the lines of a row are joined.
_ONE_LINE_CELLS = frozenset(
    {
        "tab_cells",
        "spaced_cells",
        "markdown_rows",
        "cells_one_per_line",
        "cells_indented_blank",
        "cells_blank_runs",
        "cells_blank_lines_numbers",
    }
)


def _cells_on_one_line(text: str) -> str:
    """Each row written with '|' on one line: a row's line that does not close with a bar (one
    with bars, or one without them after a closed row: its first cell's first paragraph) goes
    on with the next line with bars (the cell's second paragraph)."""
    out: list[str] = []
    for line in text.split("\n"):
        opened = bool(out) and out[-1].strip() != "" and not out[-1].rstrip().endswith("|")
        in_row = opened and ("|" in out[-1] or (len(out) > 1 and out[-2].rstrip().endswith("|")))
        if "|" in line and in_row:
            out[-1] += line
        else:
            out.append(line)
    return "\n".join(out)


def score_form_transform(
    form: str, name: str, seeds: range, verbose: bool = False
) -> tuple[Counter[str], int]:
    """score.py's counts (and paths') pooled over the seeds' documents the transform changes,
    and how many it changed."""
    from .test_parsing_real import _score_module

    sc = _score_module()
    totals: Counter[str] = Counter()
    changed = 0
    for seed in seeds:
        text, gold = build(form, seed)
        source = _cells_on_one_line(text) if name in _ONE_LINE_CELLS else text
        cast = TRANSFORMS[name](source)
        if not isinstance(cast, FileForm) and cast == source:
            continue
        changed += 1
        gold = _transformed_gold(name, gold)
        pred = _predict(cast)
        counts = _counts(sc, pred, gold)
        totals.update(counts)
        if verbose and min((*_figures(sc, counts), _path_f1(sc, counts))) < 1.0:
            ss._show(f"{form} {name}", seed, pred, gold)
    return totals, changed


def _all_four(sc, c: Counter[str]) -> tuple[float, ...]:
    return (*_figures(sc, c), _path_f1(sc, c))


def plain_forms() -> list[str]:
    """The forms in simplified characters (traditional is one of the transforms)."""
    return [f for f in all_forms() if not f.endswith("_trad")]


def score_forms_transform(
    name: str, seeds: range, forms: list[str] | None = None
) -> tuple[float, ...]:
    """The four figures of a transform pooled over the forms (all plain ones by default)."""
    from .test_parsing_real import _score_module

    pooled: Counter[str] = Counter()
    for form in forms or plain_forms():
        pooled.update(score_form_transform(form, name, seeds)[0])
    return _all_four(_score_module(), pooled)


def _line(label: str, f: tuple[float, ...], extra: str = "") -> str:
    return (
        f"{label:48s} tasks F1 {f[0]:.3f}; units F1 {f[1]:.3f}; deadlines F1 {f[2]:.3f};"
        f" paths F1 {f[3]:.3f}{extra}"
    )


def main_forms(forms: list[str], names: list[str], seeds: range, verbose: bool) -> int:
    from .test_parsing_real import _score_module

    sc = _score_module()
    span = f"seeds {seeds.start}–{seeds.stop - 1}"
    print(f"== made-up whole documents in forms_eval's forms ({span}), pooled F1 below 1.000")
    summary: dict[str, tuple[Counter[str], int, int]] = {}
    for name in names:
        pooled: Counter[str] = Counter()
        docs = pairs = 0
        for form in forms:
            counts, changed = score_form_transform(form, name, seeds, verbose)
            if not changed:
                continue
            pooled.update(counts)
            docs, pairs = docs + changed, pairs + 1
            f = _all_four(sc, counts)
            if min(f) < 1.0:
                print(_line(f"{form} {name}", f, f" ({changed} documents)"))
        summary[name] = (pooled, docs, pairs)
    print("== per transform, pooled over the forms it applies to")
    for name, (pooled, docs, pairs) in summary.items():
        if not docs:
            print(f"{name:48s} applies to no form")
            continue
        print(_line(name, _all_four(sc, pooled), f" ({pairs} forms, {docs} documents)"))
    return 0


def _path_f1(sc, c: Counter[str]) -> float:
    return sc.prf(c["paths_tp"], c["paths_pred"], c["paths_gold"])[2]


def main(argv: list[str]) -> int:
    given = "--seeds" in argv
    seeds, argv = st._seeds(argv)
    seeds = seeds if given else range(SEEDS)
    verbose = "-v" in argv
    if "--forms" in argv:  # FORM and TRANSFORM names in any order
        args = [a for a in argv if not a.startswith("-")]
        plain = plain_forms()
        forms = [a for a in args if a in plain] or plain
        names = [a for a in args if a in TRANSFORMS] or list(TRANSFORMS)
        return main_forms(forms, names, seeds, verbose)
    names = [a for a in argv if not a.startswith("-")] or all_forms()
    span = f"seeds {seeds.start}–{seeds.stop - 1}"
    print(f"== made-up whole documents ({len(seeds)} per form, {span}), pooled F1")
    for name in names:
        ft, fu, fd, fp = score_form(name, seeds, verbose)
        print(
            f"{name:30s} tasks F1 {ft:.3f}; units F1 {fu:.3f}; deadlines F1 {fd:.3f};"
            f" paths F1 {fp:.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
