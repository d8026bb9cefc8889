"""Markdown's marks taken off a text's lines, the lines kept as they are.

Plans kept in code repositories, or copied through a converter (html2text, a crawler's
Markdown output), carry Markdown's marks: a heading's hashes (``## 一、主要任务``), bold labels
and headings (``**责任单位**：``, ``**（一）推进某某**``) and escaped numbers (``1\\. 做好…``).
Rendering the file with a Markdown library would join its lines into paragraphs (and the lines
are what the parser reads: a PDF's copy broken at its width, one cell per line), so the marks are
taken off line by line instead. Asterisks that mask a name (``2025年**县``, ``《****学校…》``)
are no bold marks: only a bold run that is a whole line, opens a line with a heading's number,
fills a cell or is a label before its colon is unmarked.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^\s{0,3}#{1,6}[ \t]+(?=\S)")
# a bold run that is the whole line, opens it with a heading's number, fills a table cell, or is a
# label before its colon (**镇**村 at a line's head is two masked names, no bold heading)
_NUMBERED = (
    r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、]|第)"
)
_BOLD_LINE = re.compile(
    r"^(\s*)\*\*([^*\n]+?)\*\*(?=\s*$)|^(\s*)\*\*(" + _NUMBERED + r"[^*\n]*?)\*\*"
)
_BOLD_CELL = re.compile(r"(?<=\|)(\s*)\*\*([^*|\n]+?)\*\*(?=\s*\|)")
# bold runs opening a line, only blanks between them: one bold heading a converter broke into
# spans (**1** **.** **做好某事。**, **2.某事** **。**)
_BOLD_RUN = re.compile(r"\*\*([^*\n]+?)\*\*")
_RUN_GAP = re.compile(r"[ \t\u3000]*(?=\*\*[^*\n]+?\*\*)")
_OPENS_NUMBERED = re.compile(_NUMBERED)
# (a label's length leaves room for pinyin after its characters: 责(zé)任(rèn)单位)
_BOLD_LABEL = re.compile(r"\*\*([^*\n]{1,40}?)\*\*(?=\s*[:：])|\*\*([^*\n]{1,40}?[:：])\*\*")
# an escaped mark: 1\. 做好…, \- , \*
_ESCAPE = re.compile(r"\\([.\-*_#+()\[\]`>!|])")


def plain_line(line: str) -> str:
    """The line without Markdown's heading hashes, bold marks and escapes."""
    if "*" not in line and "#" not in line and "\\" not in line:
        return line
    line = _HEADING.sub("", line)
    line = _joined_head_runs(line)
    line = _BOLD_LINE.sub(
        lambda m: (m.group(1) or m.group(3) or "") + (m.group(2) or m.group(4)), line
    )
    line = _BOLD_CELL.sub(r"\1\2", line)
    line = _BOLD_LABEL.sub(lambda m: m.group(1) or m.group(2), line)
    return _ESCAPE.sub(r"\1", line)


def _joined_head_runs(line: str) -> str:
    """A line opening with bold runs set apart by blanks only, which together open with a
    heading's number (**1** **.** **建设某园区。**, **3** **.** **推进** **某项工作。**,
    **4.做好某事** **。**), read as the runs' text joined: the converter split one bold heading
    into spans at its formatting's seams, and the blanks between them are the seams'."""
    indent = len(line) - len(line.lstrip())
    at, parts = indent, []
    while m := _BOLD_RUN.match(line, at):
        parts.append(m.group(1))
        at = m.end()
        gap = _RUN_GAP.match(line, at)
        if not gap or not _BOLD_RUN.match(line, gap.end()):
            break
        at = gap.end()
    if len(parts) < 2 or not _OPENS_NUMBERED.match("".join(parts)):
        return line
    return line[:indent] + "".join(p.strip() for p in parts) + line[at:]
