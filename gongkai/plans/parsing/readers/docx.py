"""Word (.docx) reader: body paragraphs and tables with gridSpan / vMerge merged cells."""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

from gongkai.core.officezip import OfficeZipRefused, office_zip_check

from .. import errors
from ..errors import ParseError
from ..model import Block, Cell
from .docx_numbering import ListNumbering

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _val(el: ElementTree.Element | None, default: str = "") -> str:
    if el is None:
        return default
    return el.get(_W + "val", default)


def _para_text(p: ElementTree.Element) -> str:
    """Text of a paragraph: runs, tabs and breaks; deleted text and field codes are skipped."""
    parts: list[str] = []
    for el in p.iter():
        tag = el.tag
        if tag == _W + "t":
            parts.append(el.text or "")
        elif tag == _W + "tab":
            parts.append("\t")
        elif tag in (_W + "br", _W + "cr"):
            parts.append("\n")
    return "".join(parts)


def _para_style(p: ElementTree.Element) -> str:
    style = _val(p.find(f"{_W}pPr/{_W}pStyle")).lower()
    if style.startswith("title"):
        return "title"
    if style.startswith("heading") or style.isdigit():
        return "heading"
    return ""


def _cell_text(tc: ElementTree.Element) -> str:
    lines = []
    for p in tc.iter(_W + "p"):
        text = _para_text(p).strip()
        if text:
            lines.append(text)
    return "\n".join(lines)


def _table(tbl: ElementTree.Element) -> list[list[Cell]]:
    grid: list[list[Cell]] = []
    for tr in tbl.findall(_W + "tr"):
        row: list[Cell] = []
        for tc in tr.findall(_W + "tc"):
            tc_pr = tc.find(_W + "tcPr")
            span = 1
            merge = None
            if tc_pr is not None:
                try:
                    span = max(1, int(_val(tc_pr.find(_W + "gridSpan"), "1")))
                except ValueError:
                    span = 1
                vm = tc_pr.find(_W + "vMerge")
                if vm is not None:
                    merge = _val(vm, "continue") or "continue"
            col = len(row)
            if merge == "continue" and grid and col < len(grid[-1]):
                text, spanned = grid[-1][col].text, True
            else:
                text, spanned = _cell_text(tc), False
            for k in range(span):
                row.append(Cell(text, spanned=spanned or k > 0))
        grid.append(row)
    return grid


def _part(zf: zipfile.ZipFile, name: str) -> bytes | None:
    """The document's numbering or styles part, None where the file has none."""
    try:
        return zf.read(f"word/{name}.xml")
    except KeyError:
        return None


def read_docx(data: bytes) -> list[Block]:
    """Read the main document part of a .docx file."""
    try:
        office_zip_check(data)
    except OfficeZipRefused as exc:
        raise ParseError(exc.message) from exc
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            xml = zf.read("word/document.xml")
            numbering_xml, styles_xml = (_part(zf, n) for n in ("numbering", "styles"))
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ParseError(errors.NOT_DOCX) from exc
    try:
        root = ElementTree.fromstring(xml)  # noqa: S314 - stdlib parser, no external entities
    except ElementTree.ParseError as exc:
        raise ParseError(errors.NOT_DOCX) from exc
    body = root.find(_W + "body")
    if body is None:
        raise ParseError(errors.NOT_DOCX)
    blocks: list[Block] = []
    numbering = ListNumbering(numbering_xml, styles_xml)

    def walk(parent: ElementTree.Element) -> None:
        for el in parent:
            if el.tag == _W + "p":
                style = _para_style(el)
                text = _para_text(el)
                number = numbering.label(el)
                if number and text.strip():
                    text = number + text
                for line in text.split("\n"):
                    blocks.append(Block("para", line, style=style))
            elif el.tag == _W + "tbl":
                rows = _table(el)
                if rows:
                    blocks.append(Block("table", rows=rows))
            elif el.tag in (_W + "sdt", _W + "sdtContent", _W + "customXml"):
                walk(el)

    walk(body)
    return blocks
