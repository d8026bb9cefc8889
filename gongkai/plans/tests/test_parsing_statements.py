"""Statement and unit stages: labels, verbs, lead rules, ranges, unit splitting, unit keys."""

from __future__ import annotations

import pytest

from gongkai.plans.parsing import unit_key
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
