"""Unit and time-limit statements of prose plans, on made-up text (``synth_statements.py``):
a rule each, and a fast slice of the generator's forms."""

from __future__ import annotations

import pytest

from gongkai.plans.parsing.pipeline import parse_document
from gongkai.plans.parsing.units import split_units

from .synth_statements import all_forms, score_form


def _tasks(text: str) -> dict[str, dict]:
    plan = parse_document(text.encode("utf-8"), "plan.txt").to_dict()
    return {"/".join(t["path"]): t for t in plan["tasks"]}


def test_two_collective_names_each_with_its_own_each() -> None:
    # 各县（市、区）、各乡镇（街道）: the second opens with its own 各, so it does not complete the
    # first as 市人民政府 completes 各州、
    assert split_units("各县（市、区）、各乡镇（街道）、甲局") == [
        "各县（市、区）",
        "各乡镇（街道）",
        "甲局",
    ]


def test_closing_sentence_with_names_ending_in_brackets() -> None:
    text = (
        "某市工作方案\n一、总体安排\n"
        "（一）推进数据共享。由甲局牵头，各乡镇（街道）、乙局配合。\n"
        "（二）规范办事指南。丙局、丁委、某办（某某办）按职责分工负责落实。\n"
        "（三）完善救助制度。各县（市、区）政府负责落实。\n"
    )
    tasks = _tasks(text)
    assert tasks["一/（一）"]["units"] == ["甲局", "各乡镇（街道）", "乙局"]
    assert tasks["一/（二）"]["units"] == ["丙局", "丁委", "某办（某某办）"]
    assert tasks["一/（三）"]["units"] == ["各县（市、区）政府"]


def test_closing_sentence_huitong_a_collective_name() -> None:
    text = "某市工作方案\n一、总体安排\n（一）优化开办服务。甲局会同各县（市、区）组织实施。\n"
    tasks = _tasks(text)
    assert tasks["一/（一）"]["units"] == ["甲局", "各县（市、区）"]
    assert tasks["一/（一）"]["lead"] == ["甲局"]


def test_by_duties_verb_with_genju() -> None:
    text = "某市工作方案\n一、总体安排\n（一）规范办事指南（甲局、乙委根据职责分工负责）。\n"
    assert _tasks(text)["一/（一）"]["units"] == ["甲局", "乙委"]


def test_label_lines_do_not_measure_a_wrap_width() -> None:
    # label lines under items, all of one length: no text broken at a width, so the closing
    # paragraph is not joined to the last label line
    items = []
    for k in range(1, 13):
        items += [
            f"{k}.推进某项工作。",
            "牵头单位：甲乙丙丁戊己庚辛壬癸局",
            "配合单位：子丑寅卯辰巳午未申酉委",
        ]
    text = "某市工作方案\n一、总体安排\n" + "\n".join(items) + "\n\n各部门要认真抓好落实。\n"
    assert _tasks(text)["一/12"]["units"] == ["甲乙丙丁戊己庚辛壬癸局", "子丑寅卯辰巳午未申酉委"]


def test_a_label_lists_rest_measures_no_wrap_width() -> None:
    # each label line's list goes on to the next line, those lines all of one length: the
    # closing paragraph is not joined to the last of them
    items = []
    for k in range(1, 13):
        items += [f"{k}.推进某项工作。", "责任单位：甲某某局、", "乙某某某局、丙某某某局、丁某某局"]
    text = "某市工作方案\n一、总体安排\n" + "\n".join(items) + "\n\n各部门要认真抓好落实。\n"
    assert _tasks(text)["一/12"]["units"] == ["甲某某局", "乙某某某局", "丙某某某局", "丁某某局"]


def test_headings_of_one_length_among_items_with_label_lines_are_no_wrap() -> None:
    # section headings all of one length, each over an item with no full stop and a label line
    # below it: the items and label lines are lines too, so the headings alone do not make the
    # text look broken at their width (which would join each heading to its item)
    lengths = (19, 26, 33, 22, 29, 36, 24, 31, 21, 28, 35, 25)
    lines = ["某省工作要点", "一、重点任务"]
    for k, n in enumerate(lengths, start=1):
        lines += [
            f"（{_CN[k]}）推进某某领域信息公开工作",
            f"1.做好{'某' * (n - 5)}工作",
            f"责任单位：{'甲乙丙丁戊己庚辛'[: 2 + k % 6]}局牵头，各有关单位配合",
        ]
    tasks = _tasks("\n".join(lines) + "\n")
    assert len(tasks) == 12
    assert tasks["一/（十二）/1"]["title"].startswith("做好")


_CN = [*"〇一二三四五六七八九十", "十一", "十二"]


@pytest.mark.parametrize(
    "note",
    [
        "以下各项工作均需甲局负责落实，不再一一列出。",
        "（以下各项任务均需甲局落实，不再一一列出）",
        "以下均需甲局落实。",
    ],
)
def test_note_for_every_later_task_is_no_task(note: str) -> None:
    text = (
        "某市工作方案\n为做好某项工作，制定本方案。\n" + note + "\n一、总体安排\n"
        "（一）推进数据共享。（责任单位：乙委）\n（二）规范办事指南。（丙办负责）\n"
    )
    tasks = _tasks(text)
    assert list(tasks) == ["一/（一）", "一/（二）"]
    assert set(tasks["一/（一）"]["units"]) == {"甲局", "乙委"}
    assert set(tasks["一/（二）"]["units"]) == {"甲局", "丙办"}


def test_bracket_statement_broken_over_two_lines() -> None:
    text = (
        "某市工作方案\n一、总体安排\n"
        "（一）推进数据共享。（牵头单位：甲局、各县（市、区）政府；\n配合单位：乙委、丙办）\n"
        "（二）规范办事指南。\n"
    )
    tasks = _tasks(text)
    assert tasks["一/（一）"]["units"] == ["甲局", "各县（市、区）政府", "乙委", "丙办"]
    assert tasks["一/（一）"]["lead"] == ["甲局", "各县（市、区）政府"]
    assert tasks["一/（二）"]["units"] == []


def test_label_line_broken_after_a_separator() -> None:
    text = (
        "某市工作方案\n一、总体安排\n（一）推进数据共享。\n"
        "责任单位：甲局、乙委、\n某丙办、各乡镇（街道）\n（二）规范办事指南。\n责任单位：丁局\n"
    )
    tasks = _tasks(text)
    assert tasks["一/（一）"]["units"] == ["甲局", "乙委", "某丙办", "各乡镇（街道）"]
    assert tasks["一/（二）"]["units"] == ["丁局"]


def test_paragraph_under_a_heading_closing_with_a_verb_sentence() -> None:
    text = (
        "某市工作方案\n一、总体安排\n（一）推进数据共享\n"
        "完善共享目录。由甲局牵头，乙委、各乡镇（街道）配合。\n"
        "规范办事指南，及时公开。丙办负责落实。\n"
    )
    tasks = _tasks(text)
    assert tasks["一/（一）/¶1"]["units"] == ["甲局", "乙委", "各乡镇（街道）"]
    assert tasks["一/（一）/¶2"]["units"] == ["丙办"]


def test_names_set_apart_by_spaces_one_of_them_collective() -> None:
    text = (
        "某市工作方案\n一、总体安排\n（一）推进数据共享。\n责任单位：市甲局 各县（市、区） 市乙委\n"
    )
    assert _tasks(text)["一/（一）"]["units"] == ["市甲局", "各县（市、区）", "市乙委"]


def test_closing_sentence_names_bodies_of_other_kinds() -> None:
    text = (
        "某市工作方案\n一、总体安排\n（一）推进数据共享。某县委党校、某县文联负责。\n"
        "（二）规范办事指南。某县工商联、某县红十字会、某县供销社按职责分工负责。\n"
    )
    tasks = _tasks(text)
    assert tasks["一/（一）"]["units"] == ["某县委党校", "某县文联"]
    assert tasks["一/（二）"]["units"] == ["某县工商联", "某县红十字会", "某县供销社"]


def test_bare_time_label_with_a_time_limit_fully_due() -> None:
    text = (
        "某市工作方案\n一、总体安排\n"
        "（一）推进数据共享。（责任单位：甲局；时间：2025年6月底前全面完成）\n"
    )
    task = _tasks(text)["一/（一）"]
    assert task["units"] == ["甲局"]
    assert task["deadline"] == "2025年6月底前全面完成"


def test_names_alone_in_a_bracket_closing_the_last_sentence() -> None:
    text = (
        "某市工作方案\n一、总体安排\n（一）推进数据共享，加强基层服务（市甲局、某办（某某办））。\n"
        "（二）规范办事指南。\n责任单位：市乙局（市丙中心）\n"
    )
    tasks = _tasks(text)
    assert tasks["一/（一）"]["units"] == ["市甲局", "某办（某某办）"]
    assert tasks["一/（二）"]["units"] == ["市乙局（市丙中心）"]


def test_closing_sentence_broken_after_a_separator() -> None:
    text = (
        "某市工作方案\n一、总体安排\n（一）推进数据共享。由甲局牵头，乙委、\n丙办、丁局配合。\n"
        "（二）规范办事指南。\n"
    )
    tasks = _tasks(text)
    assert tasks["一/（一）"]["units"] == ["甲局", "乙委", "丙办", "丁局"]
    assert tasks["一/（二）"]["units"] == []


@pytest.mark.parametrize(
    "verb", ["参与配合", "负责组织实施", "主要负责", "积极配合", "配合实施", "负总责", "分工负责"]
)
def test_verbs_of_two_words_or_with_how(verb: str) -> None:
    text = f"某市工作方案\n一、总体安排\n（一）推进数据共享（市甲局、市乙委{verb}）。\n"
    assert _tasks(text)["一/（一）"]["units"] == ["市甲局", "市乙委"]


# 督促指导 and 做好配合 closing the lists (verb_compounds scored units F1 0.889, traditional 0.880,
# on its twenty plans before these rules; 1.000 after)
@pytest.mark.parametrize(
    "closing",
    [
        "乙县档案馆督促指导，乙县文旅局做好配合。",
        "（乙县档案馆督促指导，乙县文旅局、各乡镇做好配合）。",
        "乙县档案馆督促指导，乙县文旅局配合。",
        "乙县档案馆负责，乙县文旅局做好配合。",
    ],
)
def test_guide_and_cooperate_verbs_closing_the_lists(closing: str) -> None:
    text = f"某县工作方案\n一、总体安排\n（一）整理馆藏资料，编制查阅目录。{closing}\n"
    names = ["乙县档案馆", "乙县文旅局"] + (["各乡镇"] if "各乡镇" in closing else [])
    assert _tasks(text)["一/（一）"]["units"] == names


def test_guide_verb_after_a_name_closing_in_a_bracket() -> None:
    text = (
        "某县工作方案\n一、总体安排\n"
        "（一）整理馆藏资料，编制查阅目录（乙县档案馆（乙县方志办）指导，乙县文旅局配合）。\n"
    )
    assert _tasks(text)["一/（一）"]["units"] == ["乙县档案馆（乙县方志办）", "乙县文旅局"]


def test_verb_bracket_before_a_time_limit_bracket() -> None:
    text = (
        "某市工作方案\n一、总体安排\n（一）推进数据共享，加强基层服务（市甲局负责）（年底前）。\n"
    )
    task = _tasks(text)["一/（一）"]
    assert task["units"] == ["市甲局"]
    assert task["deadline"] == "年底前"


# forms the parser reads at 1.000 on the generator's plans (the slice runs a few seeds of each)
_WORKING = all_forms()


@pytest.mark.parametrize("form", _WORKING)
def test_generated_forms(form: str) -> None:
    assert score_form(form, range(3)) == (1.0, 1.0, 1.0)
