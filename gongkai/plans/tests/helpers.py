"""Shared helpers of the plans tests: the seed documents."""

from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"


def seed(prefix: str) -> tuple[bytes, str]:
    path = next(SEEDS.glob(prefix + "_*.txt"))
    return path.read_bytes(), path.name
