"""The quarterly spot-check report (网站抽查情况) as a Word document: per site its result and
its problems, each with its evidence (MON-RUN-1: quarterly spot checks, results published)."""

import io

from django.utils.translation import gettext as _
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from gongkai.applications.letter_files import BODY_PT, DOCX_BODY_FONT, DOCX_TITLE_FONT, TITLE_PT

from .evidence import evidence_words, finding_name

HEADING_FONT = "黑体"
TABLE_PT = 10.5


def _font(run, name: str, size: float, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _para(document, text: str, *, font=DOCX_BODY_FONT, size=BODY_PT, center=False):
    para = document.add_paragraph()
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(para.add_run(text), font, size)
    return para


def verdict(run) -> str:
    if run.vetoed:
        return _("Failed (veto item)")
    if run.passed:
        return _("Passed, %(score)s points") % {"score": run.score.normalize()}
    return _("Failed, %(score)s points") % {"score": run.score.normalize()}


def quarter_docx(*, year: int, quarter: int, rows: list[dict]) -> bytes:
    document = Document()
    _para(
        document,
        _("Spot check of government websites, quarter %(quarter)s of %(year)s")
        % {"quarter": quarter, "year": year},
        font=DOCX_TITLE_FONT,
        size=TITLE_PT,
        center=True,
    )
    if not rows:
        _para(document, _("No site was checked in this quarter."))
    for n, row in enumerate(rows, start=1):
        run = row["run"]
        _para(document, f"{n}. {row['site'].name}（{row['site'].base_url}）", font=HEADING_FONT)
        _para(
            document,
            _("Checked %(when)s; %(pages)s addresses fetched; result: %(verdict)s")
            % {
                "when": run.finished_at.strftime("%Y-%m-%d"),
                "pages": run.pages_fetched,
                "verdict": verdict(run),
            },
        )
        problems = [f for group in row["groups"] for f in group["rows"]]
        if not problems:
            _para(document, _("No problem found."))
            continue
        table = document.add_table(rows=1 + len(problems), cols=4)
        table.style = "Table Grid"
        for c, title in enumerate(
            (_("Problem"), _("Column or item"), _("Page address"), _("Evidence"))
        ):
            _font(table.cell(0, c).paragraphs[0].add_run(title), DOCX_BODY_FONT, TABLE_PT, True)
        for r, finding in enumerate(problems, start=1):
            for c, text in enumerate(
                (
                    finding.get_kind_display(),
                    finding_name(finding),
                    finding.url,
                    evidence_words(finding),
                )
            ):
                _font(table.cell(r, c).paragraphs[0].add_run(str(text)), DOCX_BODY_FONT, TABLE_PT)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
