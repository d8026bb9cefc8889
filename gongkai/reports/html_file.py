"""The annual report as one HTML file: what the portal publishes, readable on a phone.

Self-contained (styles inline, nothing fetched), because the portal serves published report
files in a sandbox that allows inline styles only. The tables have the formats' merged header
cells and scroll sideways on a narrow screen.
"""

from django.template.loader import render_to_string

from .formats import T3_CORNER, T4_COLUMNS, T4_GROUPS, T4_LAWSUIT, narrative_parts
from .layout import report_layout
from .selectors import AnnualTables


def report_title(tables: AnnualTables) -> str:
    """The report's title as agencies publish it."""
    return f"{tables.org.name}{tables.year}年政府信息公开工作年度报告"


def report_html(tables: AnnualTables, texts: dict[str, str]) -> str:
    """Return the report on ``tables.year`` with the written ``texts`` as an HTML document."""
    layout = report_layout(tables)
    layout["texts"] = {
        key: (heading, texts.get(key, "")) for key, heading in narrative_parts(tables.fmt)
    }
    width = max(len(block["columns"]) for block in layout["t2"])
    for block in layout["t2"]:
        block["span"] = width - len(block["columns"]) + 1
    context = {
        "title": report_title(tables),
        "layout": layout,
        "t2_width": width,
        "t3_corner": T3_CORNER,
        "t4_columns": T4_COLUMNS,
        "t4_groups": T4_GROUPS,
        "t4_lawsuit": T4_LAWSUIT,
    }
    return render_to_string("reports/report_document.html", context)
