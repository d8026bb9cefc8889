"""Errors raised by the work-plan parser, with messages users can read.

The messages are msgids of the plans catalog. Inside the platform they are shown in the active
language; on the command line (no Django settings) the parser reads the same catalog itself and
speaks Chinese, as the platform does.
"""

import gettext as stdlib_gettext
from functools import cache
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext

#: The plans app's catalog, read directly when Django is not set up.
_LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
_CLI_LANGUAGE = "zh_Hans"


def gettext_noop(message: str) -> str:
    """Mark ``message`` for the catalog by name (Django's own needs its settings)."""
    return message


@cache
def _standalone_catalog() -> stdlib_gettext.NullTranslations:
    return stdlib_gettext.translation(
        "django", localedir=_LOCALE_DIR, languages=[_CLI_LANGUAGE], fallback=True
    )


def translate(message: str) -> str:
    """``message`` in the active language, or in Chinese when Django is not set up."""
    if settings.configured:
        return gettext(message)
    return _standalone_catalog().gettext(message)


class ParseError(Exception):
    """A document could not be parsed; ``message`` (and ``str(error)``) is for the user.

    ``message`` is a msgid of this module (or a text already translated, such as an Office
    package refusal); ``params`` fill its named placeholders when it is shown.
    """

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.msgid = message
        self.params = params

    @property
    def message(self) -> str:
        text = translate(self.msgid)
        return text % self.params if self.params else text

    def __str__(self) -> str:
        return self.message


EMPTY = gettext_noop("The file is empty; choose a file with content.")
TOO_LARGE = gettext_noop(
    "The file is larger than 20 MB and cannot be parsed; split it and upload the parts."
)
UNSUPPORTED = gettext_noop(
    "Unsupported file type “%(ext)s”; upload a .txt, .docx, .xlsx, .xls, .html or .pdf file."
)
NOT_DOCX = gettext_noop(
    "The file is not a valid Word (.docx) file: it may be damaged or in the old .doc format. "
    "Save it as .docx and upload it again."
)
NOT_XLSX = gettext_noop(
    "The file is not a valid Excel (.xlsx) workbook: it may be damaged or in the old .xls "
    "format. Save it as .xlsx and upload it again."
)
NOT_XLS = gettext_noop(
    "The file is not a valid Excel (.xls) workbook: it may be damaged or protected. "
    "Save it as .xlsx and upload it again."
)
PDF_NO_TEXT = gettext_noop(
    "The PDF has no text layer to extract (it may be a scan); upload a PDF with a text layer "
    "or a Word file."
)
PDF_BROKEN = gettext_noop("The PDF file cannot be read; it may be damaged or encrypted.")
NO_TEXT = gettext_noop("No text could be read from the file; check the file.")
NO_NUMBERING = gettext_noop(
    "No task numbering (such as “一、”, “（一）” or “1.”) was found, so the tasks cannot be "
    "broken down; check that the file is a work plan or a task breakdown."
)
BAD_ENCODING = gettext_noop(
    "The file's text encoding cannot be recognised; save it as a UTF-8 text file and upload "
    "it again."
)
NOT_FOUND = gettext_noop("File not found: %(path)s")
LAYOUT_FAILED = gettext_noop(
    "The layout of this file could not be worked out (the failure has been recorded for the "
    "maintainers). Save it as a Word (.docx) or plain text (.txt) file and upload it again; if "
    "it still cannot be parsed, send the file to the system administrator."
)
