"""The real-document set (tests/data/workplans_real): score.py on the tuning part, as a fast slice.

The held-out part is scored by ``make eval-plans`` and reported, never tuned against.
"""

from __future__ import annotations

import re
import subprocess
import sys

from gongkai.plans.parsing import parse_file
from tests.eval_report import record

from .parsing_paths import REPO, workplans_dir

REAL = REPO / "tests" / "data" / "workplans_real"
PARSE_CMD = [sys.executable, "-m", "gongkai.plans.parsing", "--format", "json"]


def test_tuning_part_scores_at_least_095_pooled() -> None:
    out = subprocess.run(
        [sys.executable, str(workplans_dir() / "score.py"), str(REAL / "gold" / "tuning"),
         str(REAL / "docs"), *PARSE_CMD],
        capture_output=True, text=True, cwd=REPO, timeout=300, check=False,
    )  # fmt: skip
    print(out.stdout)
    overall = next((ln for ln in out.stdout.splitlines() if ln.startswith("overall")), "")
    record(f"work plans, real documents, tuning part (14): {overall}")
    assert len(re.findall(r"^\S+: tasks F1", out.stdout, re.M)) == 14, out.stdout
    m = re.search(r"tasks P [\d.]+ R [\d.]+ F1 ([\d.]+); units F1 ([\d.]+); deadlines F1 ([\d.]+)",
                  out.stdout)  # fmt: skip
    assert m and min(float(x) for x in m.groups()) >= 0.95, out.stdout


def test_split_holds_out_six_documents_never_in_tuning() -> None:
    tuning = {p.stem for p in (REAL / "gold" / "tuning").glob("*.json")}
    held = {p.stem for p in (REAL / "gold" / "heldout").glob("*.json")}
    assert len(held) == 6 and len(tuning) == 14 and not tuning & held
    assert not any("fujian" in s or "pingtan" in s for s in tuning | held)


def test_titles_come_from_the_document_heading() -> None:
    docs = REAL / "docs"
    assert (
        parse_file(docs / "weifang_2017_cells.txt").title == "潍坊市2017年政务公开工作要点实施方案"
    )
    # a heading broken over two lines, with pinyin noise removed
    assert (
        parse_file(docs / "xinxiang_2020_trad_pinyin.txt").title
        == "全面推進新鄉市基層政務公開標準化規范化工作實施方案"
    )
    # no heading of its own: the 通知 that issues it names the plan
    assert (
        parse_file(docs / "xuancheng_2020_trad_pipecells.txt").title
        == "宣城市全面推進基層政務公開標準化規范化工作實施方案"
    )
    # a run-on page: the head of the first line, not the upper-level plan it implements
    assert (
        parse_file(docs / "suileng_2018_runon.txt").title == "绥棱县2018年政务公开工作要点实施方案"
    )
