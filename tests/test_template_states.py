"""Templates read states through booleans the views or models give them, never status codes.

A status string compared in a template breaks silently when a state is renamed or a new one
added; a boolean named for what the page shows is checked where the states are defined.
"""

import re
from pathlib import Path

APPS = Path(__file__).resolve().parents[1] / "gongkai"
STATUS_COMPARED = re.compile(r"""status\s*(==|!=)\s*["']""")


def test_no_template_compares_a_status_with_a_string():
    found = [
        f"{path.relative_to(APPS)}:{number}: {line.strip()}"
        for path in sorted(APPS.glob("*/templates/**/*.html"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if STATUS_COMPARED.search(line)
    ]
    assert not found, "\n".join(found)
