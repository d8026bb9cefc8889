"""Template helpers of letters: the one Chinese date format, the case's procedural letters."""

from datetime import date

from django import template

from ..forms.procedural import LetterKindForm
from ..letter_text import chinese_date
from ..models import Application

register = template.Library()


@register.filter
def cn_date(day: date | None) -> str:
    """Write ``day`` as the letters do (2024年10月8日), on screen as in .docx and PDF."""
    return chinese_date(day) if day else ""


@register.simple_tag
def procedural_letters_of(app: Application) -> dict:
    """Return the case's procedural letters, oldest first, and the form to write one."""
    letters = app.procedural_letters.select_related("drafted_by", "issued_by")
    return {"letters": list(letters), "kind_form": LetterKindForm(prefix="letter")}


@register.filter
def letter_paragraphs(body: str) -> list[dict]:
    """Split a letter's text into its salutation (the first line ending in ：) and paragraphs,
    as the .docx and PDF lay it out."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    return [
        {"text": line, "salutation": i == 0 and line.endswith("：")} for i, line in enumerate(lines)
    ]
