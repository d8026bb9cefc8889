"""Whole documents: hand-written expectations for new documents, and score.py on gold/variants."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gongkai.plans.parsing import ParseError, parse_file

from .parsing_paths import DATA, REPO, seeds_dir, workplans_dir

MIN_F1 = 0.95
PARSE_CMD = [sys.executable, "-m", "gongkai.plans.parsing", "--format", "json"]
OWN_DOCUMENTS = ["city_2023_table.html", "county_2022_statements.docx", "district_2021_runon.txt"]


@pytest.mark.parametrize("name", OWN_DOCUMENTS)
def test_own_documents_match_expected_output(name: str) -> None:
    expected = json.loads((DATA / (name.rsplit(".", 1)[0] + ".expected.json")).read_text("utf-8"))
    got = parse_file(DATA / name).to_dict()
    assert (got["title"], got["year"]) == (expected["title"], expected["year"])
    assert got["tasks"] == expected["tasks"]


def test_document_without_numbering_is_refused() -> None:
    with pytest.raises(ParseError, match="未识别到任务编号"):
        parse_file(DATA / "no_numbering.txt")


def test_command_line_refusal_is_in_chinese_without_django_settings(tmp_path: Path) -> None:
    """The parser's messages are catalog msgids; the command line still prints them in Chinese."""
    empty = tmp_path / "plan.txt"
    empty.write_bytes(b"")
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    out = subprocess.run(
        [*PARSE_CMD, str(empty)], capture_output=True, cwd=REPO, env=env, timeout=60, check=False
    )
    assert out.returncode == 2
    assert out.stderr.decode("utf-8").strip() == "解析失败：文件为空，请选择有内容的文件。"


def test_json_keys_are_exactly_the_schema() -> None:
    plan = parse_file(seeds_dir() / "004_5c62c397ffafa310.txt").to_dict()
    assert set(plan) <= {"title", "year", "tasks", "warnings"}
    for task in plan["tasks"]:
        required = {"path", "title", "lead", "units", "deadline", "due", "recurrence"}
        assert required <= set(task) <= required | {"relative"}


def _score(gold: Path, docs: Path) -> str:
    out = subprocess.run(
        [sys.executable, str(workplans_dir() / "score.py"), str(gold), str(docs), *PARSE_CMD],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
        check=False,
    )
    print(out.stdout)
    return out.stdout


def _assert_scores(report: str, expected_docs: int) -> None:
    rows = re.findall(r"^(\S+): tasks F1 ([\d.]+) .*units F1 ([\d.]+), deadlines F1 ([\d.]+)$",
                      report, re.M)  # fmt: skip
    assert len(rows) == expected_docs, report
    for name, *scores in rows:
        assert min(float(s) for s in scores) >= MIN_F1, f"{name}: {scores}"
    overall = r"tasks P ([\d.]+) R ([\d.]+) F1 ([\d.]+); units F1 ([\d.]+); deadlines F1 ([\d.]+)"
    m = re.search(overall, report)
    assert m and min(float(x) for x in m.groups()) >= MIN_F1, report


def test_score_on_seed_gold() -> None:
    report = _score(workplans_dir() / "gold", seeds_dir())
    _assert_scores(report, 5)


def test_score_on_every_variant(tmp_path: Path) -> None:
    variants = workplans_dir() / "variants"
    gold = workplans_dir() / "variants-gold"
    docs = sorted(p for p in variants.iterdir() if p.suffix != ".md")
    report = _score(gold, variants)
    # score.py may score only one form per gold name: score each form on its own as well.
    scored = set(re.findall(r"^(\S+): tasks F1", report, re.M))
    for doc in docs:
        if doc.name in scored:
            continue
        one = tmp_path / doc.stem
        one.mkdir()
        shutil.copy(doc, one / doc.name)
        report += _score(gold, one)
    _assert_scores(report, len(docs))


def test_a_long_plan_of_the_seeds_keeps_every_task() -> None:
    # the seeds' bodies one after another (sections renumbered): each seed's forms (headings of
    # one length, label lines, a wrapped copy) side by side must not make the whole look broken
    # at one width, which would join lines and lose tasks
    from gongkai.plans.parsing import parse_document

    from .long_plan import synthetic_plan

    text, expected = synthetic_plan()
    assert len(parse_document(text.encode("utf-8"), "plan.txt").tasks) == expected
