"""Word automatic numbering: render the number text of paragraphs that use w:numPr lists."""

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


class ListNumbering:
    """Counters for the lists of one document; ``label(p)`` gives a paragraph's number text."""

    def __init__(self, xml: bytes | None) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        if not xml:
            return
        try:
            root = ElementTree.fromstring(xml)  # noqa: S314 - stdlib parser, no external entities
        except ElementTree.ParseError:
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in root.findall(_W + "abstractNum"):
            lvls = {}
            for lvl in an.findall(_W + "lvl"):
                ilvl = int(lvl.get(_W + "ilvl", "0"))
                fmt = lvl.find(_W + "numFmt")
                text = lvl.find(_W + "lvlText")
                start = lvl.find(_W + "start")
                lvls[ilvl] = (
                    fmt.get(_W + "val", "decimal") if fmt is not None else "decimal",
                    text.get(_W + "val", "") if text is not None else "",
                    int(start.get(_W + "val", "1")) if start is not None else 1,
                )
            abstract[an.get(_W + "abstractNumId", "")] = lvls
        for num in root.findall(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            if ref is not None:
                self.levels[num.get(_W + "numId", "")] = abstract.get(ref.get(_W + "val", ""), {})

    def label(self, p: ElementTree.Element) -> str:
        """The number text Word shows before this paragraph, or ""."""
        num_pr = p.find(f"{_W}pPr/{_W}numPr")
        if num_pr is None:
            return ""
        num_id_el = num_pr.find(_W + "numId")
        ilvl_el = num_pr.find(_W + "ilvl")
        num_id = num_id_el.get(_W + "val", "") if num_id_el is not None else ""
        ilvl = int(ilvl_el.get(_W + "val", "0")) if ilvl_el is not None else 0
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        fmt, text, start = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if fmt == "bullet":
            return ""
        out = text
        for k in range(ilvl, -1, -1):
            if f"%{k + 1}" in out:
                kfmt, _, kstart = levels.get(k, ("decimal", "", 1))
                out = out.replace(f"%{k + 1}", _format(kfmt, counters.get(k, kstart)))
        return out
