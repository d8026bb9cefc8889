"""Excel workbooks (.xlsx): read rows by column name, list every bad row, write exports.

Every importer reads the same way: the header row is found by the names of its columns (in any
order, within the first rows of the sheet, so a title line may stand above it), cells are read
alike (a number typed 1.0 or "1.0" is 1, a date is a date, text is stripped, an empty cell is
None), and the importer collects what is wrong with each row in a ``RowErrors``. Nothing is
saved when any row is bad (``all_or_nothing``): ``ImportFailed`` lists every error with its
sheet and row, and the column where one is at fault.
"""

import io
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from .dates import NotADate, parse_date
from .errors import DomainError
from .officezip import office_zip_check

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#: The header row is looked for in this many rows at the top of a sheet.
HEADER_ROWS = 10
#: How many errors the summary message of ImportFailed quotes (``errors`` holds them all).
QUOTED_ERRORS = 20

_INTEGRAL = re.compile(r"[+-]?(?:0|[1-9]\d*)(?:\.0+)?")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SPACE = re.compile(r"\s+")


def cell_value(value: Any) -> Any:
    """A cell as every importer reads it: None when empty, a whole number as int (whether
    typed as the number 1.0 or the text "1.0"), a date (a date-time at midnight, or text
    written YYYY-MM-DD) as a date, text stripped."""
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return None
        if _INTEGRAL.fullmatch(value):
            return int(value.split(".")[0])
        if _ISO_DATE.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                return value
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date()
    return value


def cell_text(value: Any) -> str:
    """A value read by ``cell_value`` as text ("" for an empty cell, 2024-06-01 for a date)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _header_name(value: Any) -> str:
    """Header cells match whatever spaces or line breaks were typed inside them."""
    return _SPACE.sub("", cell_text(cell_value(value)))


@dataclass(frozen=True)
class Row:
    """One non-empty row under the header: its sheet, its row number in Excel, its cells."""

    sheet: str
    number: int
    values: Mapping[str, Any]

    def get(self, column: str) -> Any:
        return self.values.get(column)

    def text(self, column: str) -> str:
        return cell_text(self.values.get(column))

    def has(self, column: str) -> bool:
        """Whether the sheet has this (optional) column at all."""
        return column in self.values


def where(*, sheet: str, row: int, column: str | None = None) -> str:
    if column:
        return _("sheet “%(sheet)s” row %(row)d, column “%(column)s”") % {
            "sheet": sheet,
            "row": row,
            "column": column,
        }
    return _("sheet “%(sheet)s” row %(row)d") % {"sheet": sheet, "row": row}


class ImportFailed(DomainError):
    """Rows of the workbook were refused and nothing was saved; ``errors`` lists every one."""

    def __init__(self, errors: list[str]):
        quoted = "；".join(errors[:QUOTED_ERRORS]) + ("……" if len(errors) > QUOTED_ERRORS else "")
        super().__init__(
            _("Nothing was imported; correct these rows and try again: %(errors)s")
            % {"errors": quoted},
            code="import_failed",
        )
        self.errors = errors


@dataclass
class RowErrors:
    """What is wrong with the rows of a workbook, each message with its sheet and row."""

    messages: list[str] = field(default_factory=list)

    def add(self, row: Row, message: str, *, column: str | None = None) -> None:
        self.messages.append(
            _("%(where)s: %(message)s")
            % {"where": where(sheet=row.sheet, row=row.number, column=column), "message": message}
        )

    def require(self, row: Row, *columns: str) -> bool:
        """Record each of ``columns`` left empty in ``row``; True when all are filled."""
        empty = [c for c in columns if row.get(c) is None]
        for column in empty:
            self.add(row, _("this cell may not be empty."), column=column)
        return not empty

    def unique(self, row: Row, column: str, seen: dict[str, int]) -> bool:
        """Record a value of ``column`` met before (``seen`` maps values to their first row)."""
        value = row.text(column)
        if value in seen:
            self.add(
                row,
                _("“%(value)s” already appears in row %(first)d.")
                % {"value": value, "first": seen[value]},
                column=column,
            )
            return False
        seen[value] = row.number
        return True

    def date(self, row: Row, column: str) -> date | None:
        """The date in ``column`` (None when empty), read by ``dates.parse_date``: a date cell,
        or text such as 2024-05-06, 2024/5/6, 2024.5.6 or 2024年5月6日. A cell that is not a
        date is recorded."""
        value = row.get(column)
        try:
            return parse_date(value)
        except NotADate:
            self.add(
                row,
                _("“%(value)s” is not a date (YYYY-MM-DD).") % {"value": cell_text(value)},
                column=column,
            )
            return None

    def __bool__(self) -> bool:
        return bool(self.messages)

    def raise_if_any(self) -> None:
        if self.messages:
            raise ImportFailed(self.messages)


@contextmanager
def all_or_nothing() -> Iterator[RowErrors]:
    """Run an import in one transaction that is rolled back when any row error was recorded."""
    errors = RowErrors()
    with transaction.atomic():
        yield errors
        errors.raise_if_any()


def _not_a_workbook() -> DomainError:
    return DomainError(_("The file is not an Excel workbook (.xlsx)."), code="not_xlsx")


class WorkbookReader:
    """An uploaded workbook, opened read-only; use it as a context manager."""

    def __init__(self, data: bytes):
        from openpyxl import load_workbook

        office_zip_check(data)
        try:
            self._book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
            raise _not_a_workbook() from exc
        self._sheets = {ws.title.strip(): ws for ws in self._book.worksheets}

    def __enter__(self) -> "WorkbookReader":
        return self

    def __exit__(self, *exc_info) -> None:
        self._book.close()

    def has_sheet(self, name: str) -> bool:
        return name in self._sheets

    def rows(
        self, sheet: str | None = None, *, required: Sequence[str], optional: Sequence[str] = ()
    ) -> list[Row]:
        """The non-empty rows under the header of ``sheet`` (the first sheet when None).

        Each row holds every required column and the optional ones the sheet has; other
        columns are ignored. A missing sheet or required column refuses the whole file.
        """
        if sheet is None:
            worksheet = self._book.worksheets[0]
        elif sheet in self._sheets:
            worksheet = self._sheets[sheet]
        else:
            raise DomainError(
                _("The workbook has no sheet named “%(sheet)s”.") % {"sheet": sheet},
                code="no_sheet",
            )
        name = worksheet.title.strip()
        try:
            worksheet.reset_dimensions()  # some programs write a wrong size; read every row
            raw = list(worksheet.iter_rows(values_only=True))
        except Exception as exc:  # a damaged sheet fails only when it is read
            raise _not_a_workbook() from exc
        number, index = _find_header(raw, name, list(required), list(optional))
        rows = []
        for offset, cells in enumerate(raw[number:], start=number + 1):
            values = {
                column: cell_value(cells[i]) if i < len(cells) else None
                for column, i in index.items()
            }
            if any(v is not None for v in values.values()):
                rows.append(Row(sheet=name, number=offset, values=values))
        return rows


def _find_header(
    raw: list[tuple], sheet: str, required: list[str], optional: list[str]
) -> tuple[int, dict[str, int]]:
    """(the header's row number, column -> index) of the first row with every required column."""
    best: list[str] = required
    for number, cells in enumerate(raw[:HEADER_ROWS], start=1):
        names = [_header_name(c) for c in cells]
        missing = [c for c in required if c not in names]
        if not missing:
            wanted = required + [c for c in optional if c in names]
            return number, {c: names.index(c) for c in wanted}
        if len(missing) < len(best):
            best = missing
    raise DomainError(
        _("Sheet “%(sheet)s”: the header row lacks the columns %(columns)s.")
        % {"sheet": sheet, "columns": "、".join(f"“{c}”" for c in best)},
        code="missing_columns",
    )


def read_rows(
    data: bytes,
    *,
    sheet: str | None = None,
    required: Sequence[str],
    optional: Sequence[str] = (),
) -> list[Row]:
    """The rows of one sheet of the workbook ``data`` (see ``WorkbookReader.rows``)."""
    with WorkbookReader(data) as book:
        return book.rows(sheet, required=required, optional=optional)


@dataclass(frozen=True)
class Sheet:
    """One sheet of an export: an optional title line, the header row, the rows."""

    name: str
    header: Sequence[str]
    rows: Iterable[Sequence[Any]] = ()
    title: str = ""
    #: Column widths in characters; given widths also wrap long text in the rows.
    widths: Sequence[int] = ()


def workbook_bytes(*sheets: Sheet) -> bytes:
    """An .xlsx file with ``sheets``, header rows in bold."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for spec in sheets:
        sheet = book.create_sheet(spec.name)
        if spec.title:
            sheet.append([spec.title])
            sheet.cell(row=1, column=1).font = Font(bold=True, size=14)
        sheet.append(list(spec.header))
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        first = sheet.max_row + 1
        for row in spec.rows:
            sheet.append(list(row))
        for column, width in enumerate(spec.widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width
        if spec.widths:
            for row in sheet.iter_rows(min_row=first):
                for cell in row:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
