"""The chart of how a site's score moved: bars drawn as SVG by the template."""

from decimal import Decimal

from .models import CheckRun

WIDTH = 600
HEIGHT = 160


def score_chart(runs: list[CheckRun]) -> dict:
    """One bar per finished check, oldest first; a vetoed check shows as a bar of 0."""
    if not runs:
        return {"bars": []}
    step = WIDTH // max(len(runs), 1)
    bars = []
    for n, run in enumerate(runs):
        score = run.score if run.score is not None else Decimal(0)
        height = int(min(score, Decimal(130)) * (HEIGHT - 30) / 130)
        bars.append(
            {
                "x": n * step + 8,
                "y": HEIGHT - 20 - height,
                "width": max(step - 16, 4),
                "height": height,
                "label": run.finished_at,
                "score": score.normalize() if score % 1 else int(score),
                "vetoed": run.vetoed,
                "failed": run.passed is False,
            }
        )
    return {"bars": bars, "width": WIDTH, "height": HEIGHT, "baseline": HEIGHT - 20}
