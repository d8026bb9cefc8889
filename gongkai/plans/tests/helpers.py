"""Shared helpers of the plans tests: the seed documents and made-up text parsed as a plan."""

from pathlib import Path

from gongkai.plans.parsing import parse_blocks
from gongkai.plans.parsing.model import Block

SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"


def seed(prefix: str) -> tuple[bytes, str]:
    path = next(SEEDS.glob(prefix + "_*.txt"))
    return path.read_bytes(), path.name


def parse_text(text: str):
    """A plan parsed from made-up text, each line a paragraph (as a pasted document reads)."""
    return parse_blocks([Block("para", line) for line in text.split("\n")])


def parse_tasks(text: str):
    """The tasks of a plan parsed from made-up text (see parse_text)."""
    return parse_text(text).tasks


TABLE_FORMS = ("pipes", "tabs", "cells")


def table_text(title: str, rows: list[list[str]], form: str) -> str:
    """A made-up table under its title as copies flatten it: rows of cells closed by bars
    (``pipes``), cells set apart by tabs (``tabs``), or one cell per line (``cells``)."""
    lines = [title]
    if form == "pipes":
        lines += [" | ".join(r) + " |" for r in rows]
    elif form == "tabs":
        lines += ["\t".join(r) for r in rows]
    else:
        lines += [cell for r in rows for cell in r]
    return "\n".join(lines)
