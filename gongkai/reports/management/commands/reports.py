"""`gongkai reports annual`: print the tables of an annual report, computed from the records."""

import json
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from gongkai.core.commands import TranslatedCommand
from gongkai.orgs.models import Organisation
from gongkai.orgs.selectors import org_resolve
from gongkai.reports.checks import report_findings
from gongkai.reports.formats import (
    T2_FIRST_COLUMN,
    T3_COLUMNS,
    T4_COLUMNS,
    T4_GROUPS,
    T6_ROW,
)
from gongkai.reports.selectors import AnnualTables, annual_tables, plain_number


def _org(value: str) -> Organisation:
    """The organisation with this organisation code, or else this name, short name or alias."""
    value = value.strip()
    found = Organisation.objects.filter(code=value).exclude(code="").first() or org_resolve(
        name=value
    )
    if found is None:
        raise CommandError(
            _("--org: no organisation has the code or name “%(org)s”.") % {"org": value}
        )
    return found


def _year(value: str) -> int:
    try:
        year = int(value)
    except ValueError:
        year = 0
    if not 2019 <= year <= 9999:
        raise CommandError(
            _(
                "--year: “%(value)s” is not a report year; annual reports in the statutory "
                "format start with 2019."
            )
            % {"value": value}
        )
    return year


def _cell(value) -> str:
    return "—" if value is None else str(plain_number(value))


class Command(TranslatedCommand):
    help = gettext_lazy("Annual disclosure reports: print a report's tables (`annual`).")

    def add_arguments(self, parser: ArgumentParser) -> None:
        commands = parser.add_subparsers(dest="subcommand", required=True)
        annual = commands.add_parser(
            "annual",
            help=gettext_lazy(
                "Print the tables of an organisation's annual report on a year, computed from "
                "the records, and the findings of their checks."
            ),
        )
        annual.add_argument(
            "--org",
            required=True,
            metavar="CODE",
            help=gettext_lazy("Organisation code (or name)."),
        )
        annual.add_argument(
            "--year", required=True, metavar="YYYY", help=gettext_lazy("Report year.")
        )
        annual.add_argument(
            "--format",
            choices=("json", "table"),
            default="table",
            dest="output",
            help=gettext_lazy("json: the tables as JSON; table (default): as text."),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        tables = annual_tables(org=_org(options["org"]), year=_year(options["year"]))
        findings = report_findings(tables)
        if options["output"] == "json":
            self.stdout.write(json.dumps(tables.as_json(), ensure_ascii=False, indent=2))
            for finding in findings:
                self.stderr.write(self._finding(finding))
            return
        for line in self._text(tables):
            self.stdout.write(line)
        for finding in findings:
            self.stdout.write(self._finding(finding))

    @staticmethod
    def _finding(finding) -> str:
        kind = _("Blocks publication") if finding.blocking else _("Warning")
        return _("%(kind)s: %(message)s") % {"kind": kind, "message": finding.message}

    @staticmethod
    def _text(tables: AnnualTables) -> list[str]:
        fmt = tables.fmt
        titles = dict(fmt.sections)
        lines = [
            _("Annual report %(year)d of %(org)s (format %(document)s)")
            % {"year": tables.year, "org": tables.org.name, "document": fmt.document},
            "",
            titles["二"],
        ]
        for block in fmt.t2_blocks:
            lines += [block.caption, "\t".join((T2_FIRST_COLUMN, *block.columns))]
            lines.extend(
                "\t".join((row, *(_cell(tables.t2[row][c]) for c in block.columns)))
                for row in block.rows
            )
        lines += ["", titles["三"], "\t".join(("", *T3_COLUMNS))]
        for row in fmt.t3_rows:
            values = [_cell(tables.t3[row.code][c]) for c in T3_COLUMNS] if row.data else []
            lines.append("\t".join(("  " * row.depth + row.label, *values)))
        lines += ["", titles["四"], "\t".join(("", *T4_COLUMNS))]
        lines.extend(
            "\t".join((group, *(_cell(tables.t4[group][c]) for c in T4_COLUMNS)))
            for group in T4_GROUPS
        )
        if tables.t6:
            lines += ["", titles["六"]]
            lines.extend(
                f"{T6_ROW} {item}\t{_cell(value)}" for item, value in tables.t6[T6_ROW].items()
            )
        lines.append("")
        return lines
