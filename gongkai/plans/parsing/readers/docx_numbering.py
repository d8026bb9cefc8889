"""Word automatic numbering: render the number text of paragraphs that use w:numPr lists.

A paragraph takes its list from its own properties (w:pPr/w:numPr) or from its paragraph style
(a heading style carrying the numbering, through its w:basedOn chain), the level from the
paragraph, the style, or the list level linked to the style (w:lvl/w:pStyle). A list instance
may restart a level (w:lvlOverride/w:startOverride); a level restarts after a higher one unless
its w:lvlRestart says otherwise. python-docx reads none of this (it gives no number text), so
the few rules of ECMA-376 §17.9 a plan needs are written here.
"""

from __future__ import annotations

from xml.etree import ElementTree

from ..numbering import int_to_cn

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_CHINESE = {"chineseCounting", "chineseCountingThousand", "ideographTraditional",
            "taiwaneseCounting", "taiwaneseCountingThousand", "chineseLegalSimplified"}  # fmt: skip


def _format(fmt: str, n: int) -> str:
    if fmt in _CHINESE:
        return int_to_cn(n)
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n)
    if fmt == "none" or fmt == "bullet":
        return ""
    return str(n)


def _val(el: ElementTree.Element | None, default: str = "") -> str:
    return el.get(_W + "val", default) if el is not None else default


def _xml(data: bytes | None) -> ElementTree.Element | None:
    if not data:
        return None
    try:
        return ElementTree.fromstring(data)  # noqa: S314 - stdlib parser, no external entities
    except ElementTree.ParseError:
        return None


class _Level:
    """One level of a list: its number format, text, start, the level after which it restarts
    (None: never) and the paragraph style linked to it."""

    def __init__(self, lvl: ElementTree.Element, ilvl: int) -> None:
        self.fmt = _val(lvl.find(_W + "numFmt"), "decimal")
        self.text = _val(lvl.find(_W + "lvlText"))
        self.start = int(_val(lvl.find(_W + "start"), "1") or 1)
        restart = lvl.find(_W + "lvlRestart")
        # restarts after any higher level by default; 0 = never; n = after level n (1-based)
        self.restart_after: int | None = (
            ilvl if restart is None else int(_val(restart, "0")) or None
        )
        self.style = _val(lvl.find(_W + "pStyle"))


class ListNumbering:
    """Counters for the lists of one document; ``label(p)`` gives a paragraph's number text."""

    def __init__(self, xml: bytes | None, styles_xml: bytes | None = None) -> None:
        self.levels: dict[str, dict[int, _Level]] = {}
        self.starts: dict[str, dict[int, int]] = {}  # a list instance's start overrides
        self.counters: dict[str, dict[int, int]] = {}
        self.styles: dict[str, tuple[str, str, str]] = {}  # styleId: (basedOn, numId, ilvl)
        root = _xml(xml)
        if root is not None:
            self._read_lists(root)
        styles = _xml(styles_xml)
        if styles is not None:
            for st in styles.findall(_W + "style"):
                num_pr = st.find(f"{_W}pPr/{_W}numPr")
                self.styles[st.get(_W + "styleId", "")] = (
                    _val(st.find(_W + "basedOn")),
                    _val(num_pr.find(_W + "numId")) if num_pr is not None else "",
                    _val(num_pr.find(_W + "ilvl")) if num_pr is not None else "",
                )

    def _read_lists(self, root: ElementTree.Element) -> None:
        abstract: dict[str, dict[int, _Level]] = {}
        for an in root.findall(_W + "abstractNum"):
            lvls = {}
            for lvl in an.findall(_W + "lvl"):
                ilvl = int(lvl.get(_W + "ilvl", "0"))
                lvls[ilvl] = _Level(lvl, ilvl)
            abstract[an.get(_W + "abstractNumId", "")] = lvls
        for num in root.findall(_W + "num"):
            num_id = num.get(_W + "numId", "")
            self.levels[num_id] = abstract.get(_val(num.find(_W + "abstractNumId")), {})
            for override in num.findall(_W + "lvlOverride"):
                start = override.find(_W + "startOverride")
                if start is not None:
                    ilvl = int(override.get(_W + "ilvl", "0"))
                    self.starts.setdefault(num_id, {})[ilvl] = int(_val(start, "1") or 1)

    def _style_list(self, style_id: str) -> tuple[str, str]:
        """(numId, ilvl) a paragraph style gives, through its basedOn chain ("" where none)."""
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            based_on, num_id, ilvl = self.styles.get(style_id, ("", "", ""))
            if num_id:
                return num_id, ilvl
            style_id = based_on
        return "", ""

    def _list_of(self, p: ElementTree.Element) -> tuple[str, int] | None:
        style_id = _val(p.find(f"{_W}pPr/{_W}pStyle"))
        style_num, style_ilvl = self._style_list(style_id)
        num_pr = p.find(f"{_W}pPr/{_W}numPr")
        num_id = _val(num_pr.find(_W + "numId")) if num_pr is not None else ""
        ilvl = _val(num_pr.find(_W + "ilvl")) if num_pr is not None else ""
        num_id = num_id or style_num
        if not num_id or num_id == "0":  # numId 0: the paragraph's numbering switched off
            return None
        levels = self.levels.get(num_id, {})
        if not ilvl and num_id == style_num:
            linked = next(
                (k for k, lv in levels.items() if style_id and lv.style == style_id), None
            )
            ilvl = style_ilvl or (str(linked) if linked is not None else "")
        return num_id, int(ilvl or 0)

    def label(self, p: ElementTree.Element) -> str:
        """The number text Word shows before this paragraph, or ""."""
        found = self._list_of(p)
        if found is None:
            return ""
        num_id, ilvl = found
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        starts = self.starts.get(num_id, {})
        level = levels[ilvl]
        start = starts.get(ilvl, level.start)
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            after = levels[deeper].restart_after if deeper in levels else deeper
            if after is not None and after > ilvl:
                del counters[deeper]
        if level.fmt == "bullet":
            return ""
        out = level.text
        for k in range(ilvl, -1, -1):
            if f"%{k + 1}" in out:
                shown = levels.get(k)
                fmt = shown.fmt if shown else "decimal"
                first = starts.get(k, shown.start if shown else 1)
                out = out.replace(f"%{k + 1}", _format(fmt, counters.get(k, first)))
        return out
