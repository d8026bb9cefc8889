"""Write the basic catalog (基本目录, PUB-SCOPE-4, PUB-BASIC-2): entries, versions, Excel."""

import io
from datetime import date, datetime
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.errors import DomainError
from gongkai.core.officezip import office_zip_check
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role

from ..models import CatalogEntry, CatalogEntryVersion
from .items import require_role, today

CATALOG_ROLES = {Role.COORDINATOR}
#: Editable content of an entry, as stored in each version.
ENTRY_FIELDS = ("name", "subject", "content", "time_limit", "channel", "legal_basis")
#: Columns of the Excel workbook, in order (sheet 基本目录).
COLUMNS = "编号 上级编号 事项名称 公开主体 公开内容 公开时限 公开渠道 公开依据 生效日期".split()
SHEET = "基本目录"


def _snapshot(entry: CatalogEntry) -> dict:
    data = {name: getattr(entry, name) for name in ENTRY_FIELDS}
    data["parent"] = entry.parent.code if entry.parent_id else ""
    return data


def _save_entry(
    *,
    org: Organisation,
    actor,
    code: str,
    parent: CatalogEntry | None,
    fields: dict[str, Any],
    effective_from: date,
) -> tuple[CatalogEntry, bool]:
    """Create or change one entry; a change adds a version. Return (entry, changed)."""
    entry = CatalogEntry.objects.filter(org=org, code=code).first()
    new = entry is None
    if new:
        entry = CatalogEntry(org=org, code=code, effective_from=effective_from)
    before = {} if new else _snapshot(entry)
    entry.parent = parent
    for name in ENTRY_FIELDS:
        if name in fields:
            setattr(entry, name, (fields[name] or "").strip())
    ancestor = parent
    while ancestor is not None:
        if ancestor.pk is not None and ancestor.pk == entry.pk:
            raise DomainError(_("An entry cannot be filed under itself."), field="parent")
        ancestor = ancestor.parent
    after = _snapshot(entry)
    if not new and after == before:
        return entry, False
    if not new:
        entry.version += 1
        entry.effective_from = effective_from
    entry.full_clean()
    entry.save()
    CatalogEntryVersion.objects.create(
        entry=entry,
        version=entry.version,
        effective_from=effective_from,
        data=after,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    audit_record(
        actor=actor,
        obj=entry,
        action="publishing.catalog_create" if new else "publishing.catalog_change",
        before=before,
        after=after,
    )
    return entry, True


@transaction.atomic
def catalog_entry_save(
    *,
    org: Organisation,
    actor,
    code: str,
    parent: CatalogEntry | None,
    fields: dict[str, Any],
    effective_from: date | None = None,
) -> CatalogEntry:
    """Add or change one catalog entry; every change is kept as a version with its date."""
    require_role(actor=actor, org=org, roles=CATALOG_ROLES)
    if parent is not None and parent.org_id != org.pk:
        raise DomainError(_("The parent entry belongs to another organisation."), field="parent")
    entry, _changed = _save_entry(
        org=org,
        actor=actor,
        code=code.strip(),
        parent=parent,
        fields=fields,
        effective_from=effective_from or today(),
    )
    return entry


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _parse_date(value: Any, row: int) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise DomainError(
            _("Row %(row)s: “%(value)s” is not a date (YYYY-MM-DD).") % {"row": row, "value": value}
        ) from exc


@transaction.atomic
def catalog_import(*, org: Organisation, actor, data: bytes) -> int:
    """Import the catalog from Excel, all or nothing; return how many entries changed.

    A parent must be defined in the workbook (above or below) or exist already; any bad row
    stops the import with its row number and nothing is written.
    """
    from openpyxl import load_workbook

    require_role(actor=actor, org=org, roles=CATALOG_ROLES)
    office_zip_check(data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise DomainError(_("The file is not an Excel workbook (.xlsx).")) from exc
    sheet = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    if not rows or [_cell(c) for c in rows[0][: len(COLUMNS)]] != COLUMNS:
        raise DomainError(
            _("The first row must hold the columns: %(columns)s.")
            % {"columns": " | ".join(COLUMNS)}
        )
    parsed: list[tuple[int, str, str, dict, date]] = []
    codes_in_file: set[str] = set()
    for number, raw in enumerate(rows[1:], start=2):
        cells = [_cell(c) for c in (list(raw) + [None] * len(COLUMNS))[: len(COLUMNS)]]
        if not any(cells):
            continue
        code, parent_code, name = cells[0], cells[1], cells[2]
        if not code or not name:
            raise DomainError(
                _("Row %(row)s: the number and the name are required.") % {"row": number}
            )
        if code in codes_in_file:
            raise DomainError(
                _("Row %(row)s: the number %(code)s appears twice.") % {"row": number, "code": code}
            )
        codes_in_file.add(code)
        fields = dict(zip(ENTRY_FIELDS, cells[2:8], strict=True))
        effective = _parse_date(raw[8] if len(raw) > 8 else None, number) or today()
        parsed.append((number, code, parent_code, fields, effective))
    existing = set(CatalogEntry.objects.filter(org=org).values_list("code", flat=True))
    for number, code, parent_code, _fields, _eff in parsed:
        if parent_code and parent_code not in codes_in_file | existing:
            raise DomainError(
                _("Row %(row)s: the parent number “%(parent)s” does not exist.")
                % {"row": number, "parent": parent_code},
                code="unknown_parent",
            )
        if parent_code == code:
            raise DomainError(
                _("Row %(row)s: an entry cannot be its own parent.") % {"row": number}
            )
    changed = 0
    pending = list(parsed)
    saved: dict[str, CatalogEntry] = {e.code: e for e in CatalogEntry.objects.filter(org=org)}
    while pending:
        progress = False
        for row in list(pending):
            number, code, parent_code, fields, effective = row
            if parent_code and parent_code in codes_in_file and not _ready(parent_code, pending):
                continue
            parent = saved.get(parent_code) if parent_code else None
            entry, did = _save_entry(
                org=org, actor=actor, code=code, parent=parent, fields=fields,
                effective_from=effective,
            )  # fmt: skip
            saved[code] = entry
            changed += did
            pending.remove(row)
            progress = True
        if not progress:
            raise DomainError(
                _("Row %(row)s: the parent numbers form a loop.") % {"row": pending[0][0]}
            )
    return changed


def _ready(parent_code: str, pending: list) -> bool:
    return all(row[1] != parent_code for row in pending)


def catalog_export(*, org: Organisation) -> bytes:
    """The organisation's catalog as an Excel workbook in the import format."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.append(COLUMNS)
    for entry in CatalogEntry.objects.filter(org=org).select_related("parent"):
        sheet.append(
            [
                entry.code,
                entry.parent.code if entry.parent_id else "",
                *(getattr(entry, name) for name in ENTRY_FIELDS),
                entry.effective_from.isoformat(),
            ]
        )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
