"""Forms of unit statements: header and label words, labels set in brackets, unit phrases."""

from __future__ import annotations

import pytest

from gongkai.plans.parsing.columns import column_role
from gongkai.plans.parsing.normalise import bracketed_labels

from .forms_eval import unit_header_words, unit_label_brackets, unit_label_words
from .helpers import parse_text


def _units(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [("/".join(t.path), t.lead, t.units) for t in parse_text(text).tasks]


# header words of a responsibility column (a guard: they were read before the forms were tried)
@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("责任部门", "units"),
        ("责任科室", "units"),
        ("责任主体", "units"),
        ("承办单位", "units"),
        ("实施单位", "units"),
        ("主责单位", "lead"),
        ("牵头部门", "lead"),
        ("主办单位", "lead"),
        ("牵头科室", "lead"),
        ("配合部门", "support"),
        ("协办单位", "support"),
        ("协同单位", "support"),
        ("参与单位", "support"),
        ("責任部門", "units"),
        ("協辦單位", "support"),
    ],
)
def test_responsibility_header_words(header: str, role: str) -> None:
    assert column_role(header) == role


@pytest.mark.parametrize(
    "header", ["主办单位 | 协同单位", "牵头科室 | 参与单位", "牵头部门 | 协办单位"]
)
def test_a_lead_and_a_co_operating_column_under_other_words(header: str) -> None:
    rows = _units(
        "某区2024年重点任务清单\n"
        f"序号 | 工作任务 | {header} | 完成时限 |\n"
        "1 | 推进甲项工作。 | 区甲局 | 区乙局、区丙委 | 6月底前 |\n"
        "2 | 推进乙项工作。 | 区丁局 | 各街道 | 年底前 |"
    )
    assert rows == [
        ("1", ["区甲局"], ["区甲局", "区乙局", "区丙委"]),
        ("2", ["区丁局"], ["区丁局", "各街道"]),
    ]


# labels set in square brackets instead of closed by a colon
def test_a_bracketed_label_reads_as_the_label_and_its_colon() -> None:
    assert bracketed_labels("【责任单位】市甲局") == "责任单位：市甲局"
    assert bracketed_labels("[牵头单位]甲局;[配合单位]乙局") == "牵头单位:甲局;配合单位:乙局"
    assert bracketed_labels("【完成时限】：年底前") == "完成时限：年底前"
    # a bracket of other words, or a statement in square brackets with its colon, stays
    assert bracketed_labels("【字号】某发〔2024〕1号") == "【字号】某发〔2024〕1号"
    assert bracketed_labels("[牵头单位:市甲局]") == "[牵头单位:市甲局]"


def test_bracketed_labels_on_label_lines_and_closing_an_item() -> None:
    rows = _units(
        "某市2024年重点工作任务分工\n"
        "一、推进公开\n"
        "1.公开预算信息。做好预算公开。【牵头单位】市财政局；【责任单位】市审计局、各县区\n"
        "2.公开规划信息。做好规划公开。[责任单位]市规划局 [完成时限]年底前\n"
        "3.公开统计信息。做好统计公开。\n"
        "【牵头单位】市统计局\n"
        "【配合单位】市乙局\n"
        "【完成时限】2024年6月底前"
    )
    assert rows == [
        ("一/1", ["市财政局"], ["市财政局", "市审计局", "各县区"]),
        ("一/2", [], ["市规划局"]),
        ("一/3", ["市统计局"], ["市统计局", "市乙局"]),
    ]
    plan = parse_text(
        "某市2024年重点工作任务分工\n一、推进公开\n"
        "1.公开统计信息。做好统计公开。\n【責任單位】市統計局\n【完成時限】2024年6月底前"
    )
    assert [(t.units, t.deadline) for t in plan.tasks] == [(["市統計局"], "2024年6月底前")]


# the lead's other label words lead, as their columns do
@pytest.mark.parametrize("label", ["主办单位", "主责单位", "主办部门", "主責單位"])
def test_a_lead_label_of_another_word(label: str) -> None:
    assert _units(
        f"某市2024年工作要点\n一、推进公开\n1.推进甲项工作。（{label}：市甲局；协同单位：市乙局）"
    ) == [("一/1", ["市甲局"], ["市甲局", "市乙局"])]


# unit phrases
@pytest.mark.parametrize(
    ("statement", "lead", "units"),
    [
        ("（市甲局牵头、市乙局配合）", ["市甲局"], ["市甲局", "市乙局"]),
        ("（市甲局牵头、市乙局配合、市丙委参与）", ["市甲局"], ["市甲局", "市乙局", "市丙委"]),
        ("（市甲局、市乙局牵头、各县配合）", ["市甲局", "市乙局"], ["市甲局", "市乙局", "各县"]),
        ("（区甲局牵头、区直有关单位配合）", ["区甲局"], ["区甲局", "区直有关单位"]),
    ],
)
def test_a_verb_before_a_pause_mark_closes_its_group(
    statement: str, lead: list[str], units: list[str]
) -> None:
    assert _units(f"某市2024年工作要点\n一、推进公开\n1.推进甲项工作，做好保障。{statement}") == [
        ("一/1", lead, units)
    ]


@pytest.mark.parametrize(
    ("statement", "lead", "units"),
    [
        ("（市甲局（牵头）、市乙局）", ["市甲局"], ["市甲局", "市乙局"]),
        ("（市乙局、市甲局(牵头)）", ["市甲局"], ["市乙局", "市甲局"]),
    ],
)
def test_a_closing_bracket_of_names_with_a_lead_mark_is_a_statement(
    statement: str, lead: list[str], units: list[str]
) -> None:
    assert _units(f"某市2024年工作要点\n一、推进公开\n1.推进甲项工作，做好保障。{statement}") == [
        ("一/1", lead, units)
    ]


# phrases read as the notes and decisions say (a guard: read before these forms were tried)
@pytest.mark.parametrize(
    ("statement", "lead", "units"),
    [
        ("（市甲局负责，市乙局协助）", [], ["市甲局", "市乙局"]),
        ("（市甲局会同市乙局）", ["市甲局"], ["市甲局", "市乙局"]),
        ("（市甲局牵头，各相关单位按职责分工负责）", ["市甲局"], ["市甲局", "各相关单位"]),
        ("（市甲局、市乙局按职责分工负责）", [], ["市甲局", "市乙局"]),
        ("（由市甲局负责）", [], ["市甲局"]),
        ("（由市甲局牵头，市乙局配合）", ["市甲局"], ["市甲局", "市乙局"]),
        ("（市甲局（市乙办）负责）", [], ["市甲局（市乙办）"]),
        ("（各县（市、区）人民政府负责）", [], ["各县（市、区）人民政府"]),
        ("（市直有关单位负责）", [], ["市直有关单位"]),
        ("（市甲局等部门负责）", [], ["市甲局"]),
        ("（市甲局牵头负责，市乙局等单位配合）", ["市甲局"], ["市甲局", "市乙局"]),
        ("（承办单位：市甲局）", [], ["市甲局"]),
        ("（实施主体：各县（市、区）人民政府）", [], ["各县（市、区）人民政府"]),
        ("（牵头部门：市甲局；参与单位：市乙局）", ["市甲局"], ["市甲局", "市乙局"]),
    ],
)
def test_unit_phrases(statement: str, lead: list[str], units: list[str]) -> None:
    assert _units(f"某市2024年工作要点\n一、推进公开\n1.推进甲项工作，做好保障。{statement}") == [
        ("一/1", lead, units)
    ]


# the forms_eval transforms of unit statements, on made-up text
def test_unit_header_words_renames_header_cells_only() -> None:
    text = (
        "序号 | 工作任务 | 牵头单位 | 责任单位 |\n1 | 明确责任单位。 | 市甲局 | 市乙局 |\n"
        "（责任单位：市丙局）"
    )
    out = unit_header_words(text)
    header, row, label = out.split("\n")
    assert "牵头单位" not in header and "责任单位" not in header and "主责单位" not in header
    assert row == "1 | 明确责任单位。 | 市甲局 | 市乙局 |" and label == "（责任单位：市丙局）"
    assert out == unit_header_words(text)  # seeded from the text
    trad = "序號 | 工作任務 | 責任單位 |\n1 | 公開預算。 | 市財政局 |"
    assert "責任單位" not in unit_header_words(trad) and "单位" not in unit_header_words(trad)


def test_unit_label_words_renames_labels_only() -> None:
    text = "1.明确责任单位。（牵头单位：市甲局；配合单位：市乙局）\n责任单位：市丙局"
    out = unit_label_words(text)
    assert out.startswith("1.明确责任单位。（") and "牵头单位" not in out
    assert "配合单位" not in out and "：市丙局" in out and "责任单位：" not in out


def test_unit_label_brackets_sets_labels_in_brackets() -> None:
    text = (
        "1.公开预算。（牵头单位：市甲局；责任单位：市乙局）\n2.公开规划。（市丙局负责）\n"
        "责任单位：市丁局\n序号 | 牵头单位：市甲局 |"
    )
    out = unit_label_brackets(text).split("\n")
    form = "【{}】" if "【" in out[0] else "[{}]"
    assert (
        out[0]
        == "1.公开预算。"
        + form.format("牵头单位")
        + "市甲局；"
        + form.format("责任单位")
        + "市乙局"
    )
    assert out[1] == "2.公开规划。（市丙局负责）" and out[2] == form.format("责任单位") + "市丁局"
    assert out[3] == "序号 | 牵头单位：市甲局 |"


# a web page's footer after the text: the site's runners are labelled like a statement's units
PAGE_WITH_FOOTER = """某市2022年政务公开工作要点
一、推进决策公开
（一）完善决策公开制度。做好重大决策预公开。（责任单位：市甲局）
（二）做好政策解读。主要负责同志带头解读。（责任单位：市乙办）
【打印本页】【关闭窗口】
主办单位：某市人民政府办公室
承办单位：某市大数据中心
网站标识码：1234000000 备案号：某ICP备12345678号"""


def test_a_web_pages_footer_gives_the_last_task_no_units() -> None:
    for text in (PAGE_WITH_FOOTER, PAGE_WITH_FOOTER.rsplit("\n", 1)[0]):
        plan = parse_text(text)
        assert [(t.lead, t.units) for t in plan.tasks] == [([], ["市甲局"]), ([], ["市乙办"])]
