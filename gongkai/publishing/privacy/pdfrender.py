"""Draw plain text on A4 PDF pages with reportlab's built-in CJK font (no system font needed)."""

from __future__ import annotations

PDF_FONT = "STSong-Light"
_SIZE, _LEADING, _MARGIN = 10.5, 16.0, 56.0
#: Punctuation that never opens a line (避头点): it hangs in the margin instead.
_NO_LINE_START = frozenset("，。、；：！？）》」』”’,.;:!?)")


def _font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))


def draw_text_page(pdf, page_text: str) -> None:
    """Draw one page's text on A4, wrapping long lines and running onto further pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics

    _font()
    width, height = A4
    pdf.setPageSize(A4)
    y = height - _MARGIN
    pdf.setFont(PDF_FONT, _SIZE)
    for paragraph in page_text.split("\n"):
        line = ""
        for char in paragraph.replace("\t", "    ") + "\n":
            wide = (
                char not in _NO_LINE_START
                and pdfmetrics.stringWidth(line + char, PDF_FONT, _SIZE) > width - 2 * _MARGIN
            )
            if char == "\n" or wide:
                if y < _MARGIN:
                    pdf.showPage()
                    pdf.setPageSize(A4)
                    pdf.setFont(PDF_FONT, _SIZE)
                    y = height - _MARGIN
                pdf.drawString(_MARGIN, y, line)
                y -= _LEADING
                line = ""
            if char != "\n":
                line += char
    pdf.showPage()
