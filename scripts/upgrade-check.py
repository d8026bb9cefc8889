"""List the pins in pyproject.toml that have a newer release on the package index.

Run as ``make upgrade-check`` (with the project's virtual environment). For each exact pin
(dependencies and every optional extra) it asks pip for the released versions, as JSON, and
prints the newest release in the same series (same major.minor: a patch or security release,
the safe upgrade) and the newest release overall (which may need code changes). Django is kept
on its LTS series, so only its patch releases count as due.

Never fails for want of a network: when the index cannot be reached it says so and exits 0.
Exit status 0 whether or not something is outdated; the list is for a person to read.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from packaging.version import InvalidVersion, Version

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^\s*([A-Za-z0-9_.\-]+)(\[[^\]]*\])?\s*==\s*([^\s;]+)")


def pins(pyproject: Path) -> list[tuple[str, str]]:
    """(name, version) of every ``name==version`` requirement, in file order."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    lines = list(project.get("dependencies", []))
    for extra in project.get("optional-dependencies", {}).values():
        lines += extra
    found = []
    for line in lines:
        match = PIN.match(line)
        if match:
            found.append((match.group(1), match.group(3)))
    return found


def released(name: str) -> list[str] | None:
    """The versions the index offers for ``name`` (newest first), or None if it cannot tell."""
    try:
        result = subprocess.run(  # noqa: S603 - pip itself, a name from pyproject.toml
            [sys.executable, "-m", "pip", "index", "versions", "--json", "--timeout", "10", name],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if result.returncode != 0:
        return None
    try:
        return json.loads(result.stdout).get("versions", [])
    except json.JSONDecodeError:
        return None


def newer(pinned: str, versions: list[str]) -> tuple[str | None, str | None]:
    """(newest in the pinned series, newest overall), each None when the pin is already it."""
    current = Version(pinned)
    parsed = []
    for text in versions:
        try:
            parsed.append(Version(text))
        except InvalidVersion:
            continue
    later = [v for v in parsed if v > current and not v.is_prerelease]
    same_series = [v for v in later if v.release[:2] == current.release[:2]]
    patch = str(max(same_series)) if same_series else None
    latest = str(max(later)) if later else None
    return patch, latest


def main() -> int:
    wanted = pins(ROOT / "pyproject.toml")
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda pin: released(pin[0]), wanted))
    if all(answer is None for answer in answers):
        print("upgrade-check: the package index cannot be reached (offline?); nothing was checked.")
        return 0
    rows, unknown = [], []
    for (name, pinned), versions in zip(wanted, answers, strict=True):
        if versions is None:
            unknown.append(name)
            continue
        patch, latest = newer(pinned, versions)
        if name.lower() == "django":
            latest = patch  # Django stays on its LTS series (pyproject.toml, docs/operations.md)
        if patch or latest:
            rows.append((name, pinned, patch or "-", latest or "-"))
    if rows:
        width = max(len(row[0]) for row in rows)
        print(f"{'package':<{width}}  {'pinned':<12}  {'same series':<12}  newest")
        for name, pinned, patch, latest in rows:
            print(f"{name:<{width}}  {pinned:<12}  {patch:<12}  {latest}")
    else:
        answered = len(wanted) - len(unknown)
        print(f"upgrade-check: none of the {answered} pins the index answered for is outdated.")
    if unknown:
        print("upgrade-check: could not ask the index about: " + ", ".join(unknown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
