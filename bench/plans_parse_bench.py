"""Benchmark: parse a ~500-task plan built from the renumbered seeds; print time and memory."""

from __future__ import annotations

import re
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from gongkai.plans.parsing import parse_document  # noqa: E402
from gongkai.plans.parsing.numbering import int_to_cn, match_marker  # noqa: E402

SEEDS = REPO / "gongkai" / "plans" / "data" / "seeds"
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
    """Concatenate the numbered seeds, renumbering the top-level sections, until ~target tasks."""
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


def main() -> None:
    text, expected = synthetic_plan()
    data = text.encode("utf-8")
    parse_document(data, "warmup.txt")  # load dictionaries and caches once
    start = time.perf_counter()
    plan = parse_document(data, "synthetic.txt")
    elapsed = time.perf_counter() - start
    tracemalloc.start()
    parse_document(data, "synthetic.txt")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"document: {len(text)} characters, {len(plan.source_lines)} lines")
    print(f"tasks: {len(plan.tasks)} (seeds give {expected})")
    print(f"wall time: {elapsed * 1000:.0f} ms")
    print(f"peak memory (tracemalloc, separate run): {peak / 1024 / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
