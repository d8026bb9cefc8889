"""Statement and unit stages: labels, verbs, lead rules, ranges, unit splitting, unit keys."""

from __future__ import annotations

import pytest

from gongkai.plans.parsing import unit_key
from gongkai.plans.parsing.pipeline import parse_document
from gongkai.plans.parsing.statements import find_statements, is_statement_line, parse_statement
from gongkai.plans.parsing.units import split_units


@pytest.mark.parametrize(
    ("text", "units", "lead"),
    [
        ("省审改办牵头落实", ["省审改办"], ["省审改办"]),
        ("省審改辦、省人社廳分別牽頭落實", ["省審改辦", "省人社廳"], ["省審改辦", "省人社廳"]),
        ("责任处室:人事处牵头,有关处室局配合落实", ["人事处", "有关处室局"], ["人事处"]),
        (
            "牵头落实单位:各州、市人民政府, 省直各部门负责落实",
            ["各州、市人民政府", "省直各部门"],
            [],
        ),
        (
            "牵头单位：省发展改革委；责任单位：省财政厅",
            ["省发展改革委", "省财政厅"],
            ["省发展改革委"],
        ),
        ("省发改委会同省财政厅负责", ["省发改委", "省财政厅"], ["省发改委"]),
        (
            "市政府各部门负责落实;市政府办公室牵头组织市政府层面有关政策执行情况公开",
            ["市政府各部门", "市政府办公室"],
            ["市政府办公室"],
        ),
        ("信息考评处、医政医管处分别按职责分工落实", ["信息考评处", "医政医管处"], []),
        (
            "市教体局、市民政局等有关部门牵头落实",
            ["市教体局", "市民政局"],
            ["市教体局", "市民政局"],
        ),
        ("责任科室：黨政辦公室、各相關科室", ["黨政辦公室", "各相關科室"], []),
    ],
)
def test_statement_units_and_lead(text: str, units: list[str], lead: list[str]) -> None:
    stmt = parse_statement(text)
    assert stmt.units == units
    assert stmt.lead == lead


def test_range_and_deadline() -> None:
    stmt = parse_statement("1-4项牵头落实单位:省编办、财政厅等部门负责落实。完成时限:全年工作")
    assert stmt.item_range == (1, 4)
    assert stmt.units == ["省编办", "财政厅"]
    assert stmt.deadline == "全年工作"


def test_deadline_is_kept_verbatim() -> None:
    stmt = parse_statement("完成时限:2017 年 11 月底前将落实情况报省政办公厅")
    assert stmt.deadline == "2017 年 11 月底前将落实情况报省政办公厅"


def test_find_statements_in_paragraphs() -> None:
    rest, stmts = find_statements("5. 推行民意调查制度。(牵头落实单位:省卫生计生委牵头落实)")
    assert rest == "5. 推行民意调查制度。" and stmts[0].lead == ["省卫生计生委"]
    rest, stmts = find_statements("部门(详见云政办发〔2016〕106 号) ,进一步加大发布频次。")
    assert stmts == []
    rest, stmts = find_statements("（一）加强培训。责任单位：县人社局；完成时限：2023年底前")
    assert rest == "（一）加强培训。" and stmts[0].units == ["县人社局"]
    assert stmts[0].deadline == "2023年底前"
    _, stmts = find_statements("（一）做好公开。（省直有关部门，各州、市人民政府按照职责分工负责）")
    assert stmts[0].units == ["省直有关部门", "各州、市人民政府"]


def test_statement_lines() -> None:
    assert is_statement_line("责任处室:政法处、各有关处室局")
    assert is_statement_line("（牵头单位：县财政局）")
    assert not is_statement_line("建立健全清单制度。")


def test_collective_unit_names_stay_whole() -> None:
    assert split_units("各州、市人民政府，省直各部门") == ["各州、市人民政府", "省直各部门"]
    assert split_units("市政府各部门、各镇(街道、开发区)") == ["市政府各部门", "各镇(街道、开发区)"]
    assert split_units("各市（州）、县（市、区）人民政府") == ["各市（州）、县（市、区）人民政府"]
    assert split_units("省委外宣辦〔省政府新聞辦〕、省政府辦公廳") == [
        "省委外宣辦〔省政府新聞辦〕",
        "省政府辦公廳",
    ]
    assert split_units("省政府督查室等部门") == ["省政府督查室"]
    assert split_units("各乡镇、街道、社区") == ["各乡镇、街道、社区"]
    assert split_units("各街道、区直各部门") == ["各街道", "区直各部门"]


def test_unit_key_matches_across_scripts_and_brackets() -> None:
    assert unit_key("省政府辦公廳") == unit_key("省政府办公厅")
    assert unit_key("各镇（街道、开发区）") == unit_key("各镇(街道、开发区)")
    assert unit_key("省委外宣辦〔省政府新聞辦〕") == unit_key("省委外宣办(省政府新闻办)")
    assert unit_key(" 市 财政局 ") == unit_key("市财政局")
    assert unit_key("市财政局") != unit_key("市民政局")


@pytest.mark.parametrize(
    ("text", "units", "lead"),
    [
        # 指导 is a verb like 负责: the unit before it is a unit, not a lead
        ("甲局指导，乙委、丙厅负责", ["甲局", "乙委", "丙厅"], []),
        ("甲局指导", ["甲局"], []),
        # the first unit leads when the statement says so
        ("甲局、乙部负责，列第一位者为牵头单位", ["甲局", "乙部"], ["甲局"]),
        ("甲局、乙部负责，列第一位者为牵头单位，下同", ["甲局", "乙部"], ["甲局"]),
        ("甲局、乙部负责，排在第一位的部门为牵头部门，下同", ["甲局", "乙部"], ["甲局"]),
        ("甲部牵头，乙部、丙部参与", ["甲部", "乙部", "丙部"], ["甲部"]),
        ("甲部牵头，乙部等按职责分工负责", ["甲部", "乙部"], ["甲部"]),
        ("甲部会同乙部负责", ["甲部", "乙部"], ["甲部"]),
        ("甲部、乙部会同丙部负责", ["甲部", "乙部", "丙部"], ["甲部", "乙部"]),
        ("各省级人民政府负责", ["各省级人民政府"], []),
        # 等和: 等 closes the list, 和 adds a name of its own
        ("甲部、乙部等和各有关省级人民政府负责", ["甲部", "乙部", "各有关省级人民政府"], []),
    ],
)
def test_task_breakdown_statement_forms(text: str, units: list[str], lead: list[str]) -> None:
    stmt = parse_statement(text)
    assert stmt.units == units
    assert stmt.lead == lead
    rest, stmts = find_statements(f"（一）做好甲项工作。（{text}）", closing=True)
    assert rest == "（一）做好甲项工作。"
    assert [(s.units, s.lead) for s in stmts] == [(units, lead)]


def test_guide_names_no_unit_after_a_task_word() -> None:
    rest, stmts = find_statements("（一）做好甲项工作，加强业务指导。")
    assert stmts == [] and rest == "（一）做好甲项工作，加强业务指导。"
    rest, stmts = find_statements("（一）做好甲项工作。（耐心指导）")
    assert stmts == []
    _, stmts = find_statements("（一）做好甲项工作。（甲中心指导，乙局负责）")
    assert stmts[0].units == ["甲中心", "乙局"]
    assert split_units("甲部等和有关部门") == ["甲部"]


@pytest.mark.parametrize(
    "note",
    [
        "各项任务列第一位者为牵头单位。",
        "（以下各项任务中，列第一位者为牵头单位）",
        None,  # said in the first item's statement, with 下同
    ],
)
def test_first_unit_leads_in_later_statements(note: str | None) -> None:
    first = (
        "（甲局、乙部负责，列第一位者为牵头单位，下同）" if note is None else "（甲局、乙部负责）"
    )
    lines = ["甲项工作分工方案", "", note or "", "一、加强甲项工作"]
    lines += [f"1. 做好甲事。{first}", "2. 做好乙事。（丙委、丁厅按职责分工负责）"]
    plan = parse_document("\n".join(lines).encode(), "plan.txt")
    assert [(t.units, t.lead) for t in plan.tasks] == [
        (["甲局", "乙部"], ["甲局"]),
        (["丙委", "丁厅"], ["丙委"]),
    ]


def test_first_unit_leads_only_in_its_own_statement_without_same_below() -> None:
    lines = ["甲项工作分工方案", "", "一、加强甲项工作"]
    lines += ["1. 做好甲事。（甲局、乙部负责，列第一位者为牵头单位）"]
    lines += ["2. 做好乙事。（丙委、丁厅按职责分工负责）"]
    plan = parse_document("\n".join(lines).encode(), "plan.txt")
    assert [(t.units, t.lead) for t in plan.tasks] == [
        (["甲局", "乙部"], ["甲局"]),
        (["丙委", "丁厅"], []),
    ]
