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


_LEAD_LINES = (
    "一、经济发展\n1.地区生产总值增长6%左右。\n牵头负责领导:张三\n牵头责任单位:市发改委\n"
    "协同责任单位:市统计局、各县区政府"
)
_BRACKET_DEADLINE = (
    "一、提升政務服務效能\n1.加大簡政放權力度。承接好省下放事項。"
    "(牽頭單位:州行政審批服務局;責任單位:州司法局,6月底完成)"
)
_XIATONG = (
    "一、深化改革\n1.推进审批改革。(市政府办公室牵头,市级各有关部门按职责分工负责,下同)\n"
    "2.优化营商环境。(市发展改革委牵头)"
)
_PERSON_COLUMN = (
    "序号 | 工作任务 | 责任领导 | 牵头单位 | 配合单位 | 完成时限 |\n"
    "1 | 推进审批改革。推行告知承诺制 | 张三 | 市政务服务局 | 市级各部门 | 2022年6月底前 |\n"
    "2 | 压减办理时限 | 市政务服务局 | 各县区政府 | 年底前 |"
)


@pytest.mark.parametrize(
    ("text", "last_units", "last_deadline"),
    [
        ("SHARED_PAGES", ["县政府办公室"], ""),
        ("CELLS_WITH_NUMBERED_GROUPS", ["县发改局", "县住建局"], "年底前"),
        (_LEAD_LINES, ["市发改委", "市统计局", "各县区政府"], ""),
        (_BRACKET_DEADLINE, ["州行政審批服務局", "州司法局"], "6月底完成"),
        (_XIATONG, ["市政府办公室", "市级各有关部门", "市发展改革委"], ""),
        (_PERSON_COLUMN, ["市政务服务局", "各县区政府"], "年底前"),
    ],
)
def test_parse_accepts_every_form_from_a_file(call, tmp_path, text, last_units, last_deadline):
    from . import test_parsing_forms

    doc = tmp_path / "plan.txt"
    doc.write_text(getattr(test_parsing_forms, text, text), encoding="utf-8")
    plan = json.loads(call("parse", "--format", "json", str(doc)))
    assert plan["tasks"][-1]["units"] == last_units
    assert plan["tasks"][-1]["deadline"] == last_deadline
