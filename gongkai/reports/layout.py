"""The report's tables in the order a page or document prints them (preview and HTML file)."""

from .formats import ENTERED, T3_COLUMNS, T4_COLUMNS, T4_GROUPS, T6_ROW
from .selectors import AnnualTables, plain_number


def report_layout(tables: AnnualTables, flagged: frozenset | set = frozenset()) -> dict:
    """The tables in the order a page prints them, each cell with whether a check flags it."""

    def cells(table: str, row: str, values: dict, columns) -> list[dict]:
        return [
            {"value": plain_number(values[c]), "flagged": (table, row, c) in flagged}
            for c in columns
        ]

    fmt = tables.fmt
    return {
        "sections": dict(fmt.sections),
        "t2": [
            {
                "caption": block.caption,
                "columns": block.columns,
                "entered": block.source == ENTERED,
                "rows": [
                    (row, cells("二", row, tables.t2[row], block.columns)) for row in block.rows
                ],
            }
            for block in fmt.t2_blocks
        ],
        "t3": [
            (row, cells("三", row.code, tables.t3[row.code], T3_COLUMNS) if row.data else [])
            for row in fmt.t3_rows
        ],
        "t4": [c for group in T4_GROUPS for c in cells("四", group, tables.t4[group], T4_COLUMNS)],
        "t6": [(item, plain_number(v)) for item, v in tables.t6.get(T6_ROW, {}).items()],
    }
