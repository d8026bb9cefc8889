"""A long plan built from the seeds: their bodies one after another, the top-level sections
renumbered, as a province's plan of several hundred tasks (the parse benchmark times it; a test
checks no task is lost on the way)."""

from __future__ import annotations

import re
from pathlib import Path

from gongkai.plans.parsing import parse_document
from gongkai.plans.parsing.numbering import int_to_cn, match_marker

SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"
TOP = re.compile(r"^\s*[一二三四五六七八九十百]+\s*[、.．]")


def body_lines(path: Path) -> list[str]:
    """The seed's lines from its first top-level section on (the notice is left out)."""
    lines = path.read_text("utf-8").splitlines()
    for i, line in enumerate(lines):
        marker = match_marker(line)
        if marker is not None and marker.style == "cn_dun":
            return lines[i:]
    return []


def synthetic_plan(target_tasks: int = 500) -> tuple[str, int]:
    """Concatenate the numbered seeds, renumbering the top-level sections, until ~target tasks;
    returns the text and the tasks the seeds give parsed one by one."""
    seeds = [p for p in sorted(SEEDS.glob("*.txt")) if body_lines(p)]
    per_round = sum(len(parse_document(p.read_bytes(), p.name).tasks) for p in seeds)
    rounds = max(1, round(target_tasks / per_round))
    out = ["2024年某省政务公开工作要点（基准测试）"]
    section = 0
    for _ in range(rounds):
        for seed in seeds:
            for line in body_lines(seed):
                if TOP.match(line):
                    section += 1
                    line = TOP.sub(int_to_cn(section) + "、", line, count=1)
                out.append(line)
    return "\n".join(out) + "\n", rounds * per_round
