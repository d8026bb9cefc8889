"""Benchmark: parse a ~500-task plan built from the renumbered seeds; print time and memory."""

from __future__ import annotations

import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from gongkai.plans.parsing import parse_document  # noqa: E402
from gongkai.plans.tests.long_plan import synthetic_plan  # noqa: E402


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
