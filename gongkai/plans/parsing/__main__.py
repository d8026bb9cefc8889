"""Command line without Django: ``python -m gongkai.plans.parsing [--format json|table] FILE``."""

from __future__ import annotations

import argparse
import sys

from . import ParseError, parse_file
from .render import to_json, to_table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="plan parse", description="解析工作要点文件")
    parser.add_argument("--format", choices=("json", "table"), default="json")
    parser.add_argument("file")
    args = parser.parse_args(argv)
    try:
        plan = parse_file(args.file)
    except ParseError as exc:
        sys.stderr.write(f"解析失败：{exc.message}\n")
        return 2
    text = to_json(plan) if args.format == "json" else to_table(plan)
    sys.stdout.buffer.write((text + "\n").encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
