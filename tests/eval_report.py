"""Figures the evaluation slices of the suite report; printed at the end of every test run.

The whole sets, tuning and held-out parts, run with ``make eval``.
"""

LINES: list[str] = []


def record(line: str) -> None:
    """Keep one line of figures for the end of the run."""
    LINES.append(line)
