"""Unit and time-limit statements of prose plans, on made-up text (``synth_statements.py``):
a rule each, and a fast slice of the generator's forms."""

from __future__ import annotations

from gongkai.plans.parsing.pipeline import parse_document
from gongkai.plans.parsing.units import split_units


def _tasks(text: str) -> dict[str, dict]:
    plan = parse_document(text.encode("utf-8"), "plan.txt").to_dict()
    return {"/".join(t["path"]): t for t in plan["tasks"]}


def test_two_collective_names_each_with_its_own_each() -> None:
    # 各县（市、区）、各乡镇（街道）: the second opens with its own 各, so it does not complete the
    # first as 市人民政府 completes 各州、
    assert split_units("各县（市、区）、各乡镇（街道）、甲局") == [
        "各县（市、区）",
        "各乡镇（街道）",
        "甲局",
    ]
