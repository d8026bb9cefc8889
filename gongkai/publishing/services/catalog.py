"""Write the basic catalog (基本目录, PUB-SCOPE-4, PUB-BASIC-2): entries, versions, Excel."""

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.errors import DomainError
from gongkai.core.xlsx import Row, RowErrors, Sheet, WorkbookReader, workbook_bytes
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


@transaction.atomic
def catalog_import(*, org: Organisation, actor, data: bytes) -> int:
    """Import the catalog from Excel, all or nothing; return how many entries changed.

    A parent must be defined in the workbook (above or below) or exist already; every bad row
    is listed (ImportFailed) with its row number and nothing is written.
    """
    require_role(actor=actor, org=org, roles=CATALOG_ROLES)
    with WorkbookReader(data) as book:
        rows = book.rows(
            SHEET if book.has_sheet(SHEET) else None, required=COLUMNS[:-1], optional=COLUMNS[-1:]
        )
    errors = RowErrors()
    codes_in_file: dict[str, int] = {}
    parsed: list[tuple[Row, str, str, dict, date]] = []
    for row in rows:
        if not errors.require(row, "编号", "事项名称") or not errors.unique(
            row, "编号", codes_in_file
        ):
            continue
        fields = {
            name: row.text(column) for name, column in zip(ENTRY_FIELDS, COLUMNS[2:8], strict=True)
        }
        effective = errors.date(row, "生效日期") or today()
        parsed.append((row, row.text("编号"), row.text("上级编号"), fields, effective))
    existing = set(CatalogEntry.objects.filter(org=org).values_list("code", flat=True))
    for row, code, parent_code, _fields, _eff in parsed:
        if parent_code == code:
            errors.add(row, _("an entry cannot be its own parent."), column="上级编号")
        elif parent_code and parent_code not in codes_in_file.keys() | existing:
            errors.add(
                row,
                _("the parent number “%(parent)s” does not exist.") % {"parent": parent_code},
                column="上级编号",
            )
    errors.raise_if_any()
    return _save_in_parent_order(org=org, actor=actor, parsed=parsed, codes=set(codes_in_file))


def _save_in_parent_order(*, org: Organisation, actor, parsed: list, codes: set[str]) -> int:
    """Save the parsed rows, each after its parent; any refusal stops the import (all or
    nothing, with the row named)."""
    errors = RowErrors()
    changed = 0
    pending = list(parsed)
    saved: dict[str, CatalogEntry] = {e.code: e for e in CatalogEntry.objects.filter(org=org)}
    while pending:
        progress = False
        for item in list(pending):
            row, code, parent_code, fields, effective = item
            if parent_code and parent_code in codes and not _ready(parent_code, pending):
                continue
            try:
                entry, did = _save_entry(
                    org=org, actor=actor, code=code, parent=saved.get(parent_code),
                    fields=fields, effective_from=effective,
                )  # fmt: skip
            except (DomainError, ValidationError) as exc:
                errors.add(row, _refusal(exc))
            else:
                saved[code] = entry
                changed += did
            pending.remove(item)
            progress = True
        if not progress:
            for row, *_rest in pending:
                errors.add(row, _("the parent numbers form a loop."), column="上级编号")
            break
    errors.raise_if_any()
    return changed


def _refusal(exc: DomainError | ValidationError) -> str:
    return exc.message if isinstance(exc, DomainError) else "；".join(exc.messages)


def _ready(parent_code: str, pending: list) -> bool:
    return all(row[1] != parent_code for row in pending)


def catalog_export(*, org: Organisation) -> bytes:
    """The organisation's catalog as an Excel workbook in the import format."""
    entries = CatalogEntry.objects.filter(org=org).select_related("parent")
    return workbook_bytes(
        Sheet(
            SHEET,
            COLUMNS,
            (
                [
                    entry.code,
                    entry.parent.code if entry.parent_id else "",
                    *(getattr(entry, name) for name in ENTRY_FIELDS),
                    entry.effective_from.isoformat(),
                ]
                for entry in entries
            ),
        )
    )
