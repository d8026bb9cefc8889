"""Writes of the reports app: the figures staff enter where Gongkai holds no records."""

from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.errors import DomainError
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import require_role

from .formats import (
    ENTERED,
    FEE_ITEMS,
    FIRST_REPORT_YEAR,
    T3_CARRIED_OUT,
    T3_COLUMNS,
    format_for,
    narrative_parts,
)
from .models import EnteredFigure, FeeItems, ReportNarrative


def enterable_cells(year: int) -> dict[str, list[tuple[str, str]]]:
    """The cells of the report on ``year`` that staff may enter, by table.

    Table 二: the blocks whose records Gongkai does not hold (《条例》第二十条第（五）（六）（八）
    项, and （九） in the 2019 format). Table 三: row 四 only, for a year Gongkai did not count, so
    that the next report's carry-over can be compared with the published figure.
    """
    fmt = format_for(year)
    return {
        "二": fmt.t2_cells(ENTERED),
        "三": [(T3_CARRIED_OUT, column) for column in T3_COLUMNS],
    }


@transaction.atomic
def figure_enter(
    *,
    org: Organisation,
    year: int,
    table: str,
    row: str,
    column: str,
    value: Decimal | int | None,
    actor,
    note: str = "",
) -> EnteredFigure | None:
    """Enter (or, with ``value`` None, clear) one figure of ``org``'s report on ``year``.

    《条例》第五十条: the report states the figures as they are, so each entry records who
    entered it and its source, and is audited. Only the coordinator enters them.
    """
    require_role(actor=actor, org=org, roles={Role.COORDINATOR})
    if year < FIRST_REPORT_YEAR:
        raise DomainError(
            _("Annual reports in this format start with the year %(year)d.")
            % {"year": FIRST_REPORT_YEAR},
            field="year",
        )
    if (row, column) not in enterable_cells(year).get(table, []):
        raise DomainError(
            _("Table %(table)s of the %(year)d report has no cell “%(row)s / %(column)s” to enter.")
            % {"table": table, "year": year, "row": row, "column": column},
            field="column",
        )
    existing = EnteredFigure.objects.filter(
        org=org, year=year, table=table, row=row, column=column
    ).first()
    before = {"value": str(existing.value)} if existing else {}
    if value is None:
        if existing is None:
            return None
        audit_record(
            actor=actor, obj=existing, action="reports.figure_clear", before=before, org=org
        )
        existing.delete()
        return None
    value = Decimal(value)
    if value < 0 and not column.endswith("增/减"):
        raise DomainError(_("A count or an amount cannot be negative."), field="value")
    figure = existing or EnteredFigure(org=org, year=year, table=table, row=row, column=column)
    figure.value, figure.note, figure.entered_by = value, note.strip(), actor
    figure.full_clean()
    figure.save()
    audit_record(
        actor=actor,
        obj=figure,
        action="reports.figure_enter",
        before=before,
        after={"value": str(value), "note": figure.note},
        org=org,
    )
    return figure


@transaction.atomic
def figures_save(
    *,
    org: Organisation,
    year: int,
    values: dict[tuple[str, str, str], Decimal | None],
    actor,
    note: str = "",
) -> int:
    """Save the entered figures of ``org``'s report on ``year`` at once; return how many
    changed.

    ``values`` maps (table, row, column) to the value, None to clear it. Table 三's row 四 is
    the previous year's (the report Gongkai did not count), so it is stored under ``year - 1``.
    Unchanged cells are left alone and not audited; all or nothing.
    """
    require_role(actor=actor, org=org, roles={Role.COORDINATOR})
    stored = {
        (f.year, f.table, f.row, f.column): f.value
        for f in EnteredFigure.objects.filter(org=org, year__in=(year - 1, year))
    }
    changed = 0
    for (table, row, column), value in values.items():
        cell_year = year - 1 if table == "三" else year
        if stored.get((cell_year, table, row, column)) == value:
            continue
        figure_enter(
            org=org,
            year=cell_year,
            table=table,
            row=row,
            column=column,
            value=value,
            actor=actor,
            note=note,
        )
        changed += 1
    return changed


@transaction.atomic
def narrative_save(*, org: Organisation, year: int, sections: dict[str, str], actor):
    """Save the written parts of ``org``'s report on ``year`` (《条例》第五十条).

    Only the parts of the year's format are kept; texts are stripped. The coordinator writes
    them; each save is audited with the parts it changed.
    """
    require_role(actor=actor, org=org, roles={Role.COORDINATOR})
    if year < FIRST_REPORT_YEAR:
        raise DomainError(
            _("Annual reports in this format start with the year %(year)d.")
            % {"year": FIRST_REPORT_YEAR},
            field="year",
        )
    keys = [key for key, _heading in narrative_parts(format_for(year))]
    texts = {key: (sections.get(key) or "").strip() for key in keys}
    narrative, _created = ReportNarrative.objects.get_or_create(org=org, year=year)
    changed = sorted(k for k in keys if narrative.sections.get(k, "") != texts[k])
    narrative.sections, narrative.updated_by = texts, actor
    narrative.save()
    audit_record(
        actor=actor,
        obj=narrative,
        action="reports.narrative_save",
        after={"changed": changed},
        org=org,
    )
    return narrative


@transaction.atomic
def fee_items_save(*, org: Organisation, items: list[tuple[str, str]], actor) -> FeeItems:
    """Save which information-processing fee items ``org`` reports in section 六 and their
    wording, in order (AR-SEC6-1; 国办函〔2020〕109号). ``items`` are (key, label) pairs, key
    one of ``FEE_ITEMS``; an empty label takes the default wording. Audited."""
    require_role(actor=actor, org=org, roles={Role.COORDINATOR})
    unknown = [key for key, _label in items if key not in FEE_ITEMS]
    if unknown:
        raise DomainError(_("Unknown fee item."), field="items")
    if len({key for key, _label in items}) != len(items):
        raise DomainError(_("Each fee item can be reported only once."), field="items")
    stored = [{"key": key, "label": label.strip() or FEE_ITEMS[key]} for key, label in items]
    row, _created = FeeItems.objects.get_or_create(org=org)
    before = row.items
    row.items = stored
    row.updated_by = actor
    row.save()
    audit_record(
        actor=actor,
        obj=row,
        action="reports.fee_items_save",
        before={"items": before},
        after={"items": stored},
    )
    return row
