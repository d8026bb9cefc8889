"""Word (.docx) and Excel (.xlsx) attachments: text layout for scanning and masking in place."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from typing import Any

from gongkai.core.officezip import OfficeZipRefused, office_zip_check

from .findings import EMAIL, Finding, PrivacyError
from .layout import TextLayout, apply_edits


def _one_line(text: str) -> str:
    """Line breaks inside a run or cell become spaces (same length) so table rows stay lines."""
    return re.sub(r"[\r\n\v]", " ", text)


def _zip_check(data: bytes) -> None:
    try:
        office_zip_check(data)
    except OfficeZipRefused as exc:
        raise PrivacyError(exc.message) from exc


def _open_docx(data: bytes) -> Any:
    import docx

    _zip_check(data)
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds for broken packages
        raise PrivacyError(
            "无法读取该 Word 文档（.docx），文件可能已损坏或不是 docx 格式。"
        ) from exc


def _paragraph(layout: TextLayout, paragraph: Any) -> None:
    from docx.text.hyperlink import Hyperlink

    for item in paragraph.iter_inner_content():
        runs = item.runs if isinstance(item, Hyperlink) else [item]
        for run in runs:
            layout.add(_one_line(run.text), run)


def _table(layout: TextLayout, table: Any, in_cell: bool) -> None:
    from docx.table import _Cell

    for row in table.rows:
        for index, tc in enumerate(row._tr.tc_lst):
            if index:
                layout.add("\t")
            cell = _Cell(tc, table)
            _blocks(layout, cell.iter_inner_content(), in_cell=True)
            layout.add("\t" * (tc.grid_span - 1))
        layout.add(" " if in_cell else "\n")


def _blocks(layout: TextLayout, blocks: Iterable[Any], in_cell: bool = False) -> None:
    """Paragraphs end with a newline; inside a table cell with a space (rows stay one line)."""
    from docx.table import Table

    for count, block in enumerate(blocks):
        if in_cell and count:
            layout.add(" ")
        if isinstance(block, Table):
            _table(layout, block, in_cell)
        else:
            _paragraph(layout, block)
            if not in_cell:
                layout.add("\n")


def _docx_layout(document: Any) -> TextLayout:
    layout = TextLayout()
    _blocks(layout, document.iter_inner_content())
    for section in document.sections:
        for part in (section.header, section.footer):
            if not part.is_linked_to_previous:
                _blocks(layout, part.iter_inner_content())
    return layout


def docx_text(data: bytes) -> str:
    """Body paragraphs and tables in document order (cells separated by tabs), then headers
    and footers."""
    return _docx_layout(_open_docx(data)).text


def mask_docx(data: bytes, findings: list[Finding]) -> bytes:
    """Replace the findings inside their runs; run formatting is kept. A finding split
    across runs gets its masked form in the first run and is removed from the others.
    mailto: hyperlink targets of masked e-mail addresses are masked as well."""
    document = _open_docx(data)
    layout = _docx_layout(document)
    for index, edits in layout.edits(findings).items():
        run = layout.pieces[index][1]
        run.text = apply_edits(run.text, edits)  # type: ignore[attr-defined]
    emails = [f for f in findings if f.kind == EMAIL]
    for rel in document.part.rels.values():
        if rel.is_external and emails:
            for f in emails:
                rel._target = rel._target.replace(f.text, f.masked)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _open_xlsx(data: bytes) -> Any:
    import openpyxl

    _zip_check(data)
    try:
        return openpyxl.load_workbook(io.BytesIO(data))
    except Exception as exc:  # openpyxl raises many kinds for broken packages
        raise PrivacyError(
            "无法读取该 Excel 表格（.xlsx），文件可能已损坏或不是 xlsx 格式。"
        ) from exc


def _cell_text(value: object) -> str | None:
    """Text of a cell for scanning; None for formulas and empty cells."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return None if value.startswith("=") else value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _xlsx_layout(workbook: Any) -> TextLayout:
    layout = TextLayout()
    for sheet in workbook.worksheets:
        layout.add(f"【{sheet.title}】\n")
        for row in sheet.iter_rows():
            texts = [(cell, _cell_text(cell.value)) for cell in row]
            while texts and not texts[-1][1]:
                texts.pop()
            for index, (cell, text) in enumerate(texts):
                if index:
                    layout.add("\t")
                if text:
                    layout.add(_one_line(text), cell)
            layout.add("\n")
    return layout


def xlsx_text(data: bytes) -> str:
    """Each sheet: a 【sheet name】 line, then one line per row, cells separated by tabs."""
    return _xlsx_layout(_open_xlsx(data)).text


def mask_xlsx(data: bytes, findings: list[Finding]) -> bytes:
    """Replace the findings inside their cells (masked cells become text cells)."""
    workbook = _open_xlsx(data)
    layout = _xlsx_layout(workbook)
    for index, edits in layout.edits(findings).items():
        cell = layout.pieces[index][1]
        cell.value = apply_edits(_cell_text(cell.value) or "", edits)  # type: ignore[attr-defined]
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
