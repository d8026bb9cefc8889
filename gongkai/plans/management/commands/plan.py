"""Management command ``plan``: ``plan parse [--format json|table] FILE`` parses a work plan."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser

from gongkai.plans.parsing import ParseError, parse_file
from gongkai.plans.parsing.render import to_json, to_table


class Command(BaseCommand):
    help = "工作要点：parse 解析工作要点文件并输出任务（JSON 或表格）。"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True, title="子命令")
        parse = sub.add_parser("parse", help="解析 .txt/.docx/.html/.pdf 工作要点文件")
        parse.add_argument("--format", choices=("json", "table"), default="json", help="输出格式")
        parse.add_argument("file", help="要解析的文件")

    def handle(self, *args: object, **options: object) -> None:
        if options.get("action") != "parse":
            raise CommandError("请指定子命令：parse", returncode=2)
        try:
            plan = parse_file(str(options["file"]))
        except ParseError as exc:
            raise CommandError(f"解析失败：{exc.message}", returncode=2) from exc
        text = to_json(plan) if options["format"] == "json" else to_table(plan)
        out = self.stdout._out
        buffer = getattr(out, "buffer", None)
        if buffer is not None:
            out.flush()
            buffer.write((text + "\n").encode("utf-8"))
            buffer.flush()
        else:
            self.stdout.write(text)
