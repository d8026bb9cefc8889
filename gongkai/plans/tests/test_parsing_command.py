"""The Django management command ``plan parse`` (needs settings, not the database)."""

from __future__ import annotations

import io
import json

import pytest

from .parsing_paths import DATA, seeds_dir

django = pytest.importorskip("django")


@pytest.fixture
def call():
    from django.conf import settings

    try:
        settings.INSTALLED_APPS  # noqa: B018 - forces settings to load
        django.setup()
    except Exception as exc:  # noqa: BLE001 - settings not ready in this checkout
        pytest.skip(f"Django settings unavailable: {exc}")
    from django.core.management import call_command

    def run(*args: str) -> str:
        out = io.StringIO()
        call_command("plan", *args, stdout=out)
        return out.getvalue()

    return run


def test_parse_json_options_before_or_after_file(call) -> None:
    path = str(seeds_dir() / "002_e2f6fffd559d03c4.txt")
    before = json.loads(call("parse", "--format", "json", path))
    after = json.loads(call("parse", path, "--format", "json"))
    assert before == after
    assert before["year"] == 2018 and len(before["tasks"]) == 14


def test_parse_table_format(call) -> None:
    text = call("parse", "--format", "table", str(DATA / "city_2023_table.html"))
    assert "市财政局" in text and "共 5 项任务" in text


def test_parse_error_is_a_command_error_with_exit_code_2(call) -> None:
    from django.core.management import CommandError

    with pytest.raises(CommandError) as err:
        call("parse", str(DATA / "no_numbering.txt"))
    assert err.value.returncode == 2
    assert "未识别到任务编号" in str(err.value)


def test_parse_accepts_a_table_flattened_to_text(call) -> None:
    from .parsing_paths import REPO

    doc = REPO / "tests" / "data" / "workplans_real" / "docs" / "guangdong_health_2021_rows.txt"
    plan = json.loads(call("parse", str(doc)))
    assert [t["path"] for t in plan["tasks"]] == [[str(n)] for n in range(1, 9)]
    assert plan["tasks"][2]["lead"] == ["宣传处"] and plan["tasks"][2]["deadline"] == "2021年8月前"
