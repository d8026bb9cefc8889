"""Where the parser tests find their documents: ../shared beside the repo, else vendored copies."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
DATA = Path(__file__).resolve().parent / "data"


def workplans_dir() -> Path:
    """The work-plan gold and variants: ``../shared/workplans`` when present, else vendored."""
    shared = REPO.parent / "shared" / "workplans"
    return shared if (shared / "score.py").is_file() else REPO / "tests" / "data" / "workplans"


def seeds_dir() -> Path:
    """The five seed documents: ``../shared/seeds`` when present, else vendored."""
    shared = REPO.parent / "shared" / "seeds"
    return shared if shared.is_dir() else REPO / "gongkai" / "plans" / "data" / "seeds"
