"""Plans copied as Markdown (a crawler's or converter's output, files kept in code repositories):
heading hashes, bold headings and labels, escaped numbers. Every text here is made up."""

from __future__ import annotations

from gongkai.plans.parsing import parse_document
from gongkai.plans.parsing.readers.markdown_marks import plain_line


def _rows(text: str, name: str = "plan.md") -> list[tuple[str, str, list[str], list[str], str]]:
    plan = parse_document(text.encode(), name)
    return [("/".join(t.path), t.title, t.lead, t.units, t.deadline) for t in plan.tasks]


EXPECTED = [
    ("一/（一）", "推进决策公开", ["县甲局"], ["县甲局", "县乙局"], "2025年6月底前"),
    ("一/（二）", "做好政策解读", [], ["县丙局"], ""),
    ("二/（三）", "规范依申请公开", [], ["县丁局"], ""),
]


def test_hashed_headings_and_bold_labels_read_as_the_plain_text() -> None:
    text = (
        "# 某县2025年政务公开工作要点\n\n"
        "## 一、深化重点领域公开\n\n"
        "### （一）推进决策公开\n\n"
        "做好重大决策预公开。**牵头单位**：县甲局；**责任单位**：县甲局、县乙局；"
        "**完成时限**：2025年6月底前\n\n"
        "### （二）做好政策解读\n\n"
        "同步解读重要政策。**责任单位**：县丙局\n\n"
        "## 二、提升公开质效\n\n"
        "### （三）规范依申请公开\n\n"
        "按时答复申请。**责任单位**：县丁局\n"
    )
    plain = text.replace("**", "").replace("### ", "").replace("## ", "").replace("# ", "")
    # read as the same text without its marks: the items, their units and time limits
    assert _rows(text) == _rows(plain, "plan.txt")
    assert [row[2:] for row in _rows(text)] == [row[2:] for row in EXPECTED]
    assert parse_document(text.encode(), "plan.md").title == "某县2025年政务公开工作要点"


def test_bold_section_headings_and_labels_in_a_text_file() -> None:
    text = (
        "**一、深化重点领域公开**\n"
        "**（一）推进决策公开。**做好重大决策预公开。（**牵头单位：**县甲局；"
        "**责任单位：**县甲局、县乙局；**完成时限：**2025年6月底前）\n"
        "**（二）做好政策解读。**同步解读重要政策。（**责任单位：**县丙局）\n"
        "**二、提升公开质效**\n"
        "**（三）规范依申请公开。**按时答复申请。（**责任单位：**县丁局）\n"
    )
    assert _rows(text, "plan.txt") == EXPECTED


def test_asterisks_masking_a_name_are_no_bold_marks() -> None:
    assert plain_line("2025年**县政务公开工作要点") == "2025年**县政务公开工作要点"
    assert plain_line("**镇**村清洁行动方案") == "**镇**村清洁行动方案"
    assert plain_line("落实《****学校管理办法》") == "落实《****学校管理办法》"


def test_a_bold_label_with_pinyin_after_its_characters() -> None:
    assert plain_line("**责(zé)任(rèn)单位**：县甲局") == "责(zé)任(rèn)单位：县甲局"


def test_escaped_numbers_and_bold_cells() -> None:
    assert plain_line("1\\. 做好某某公开。") == "1. 做好某某公开。"
    assert plain_line("| **一、做好某某** | 县甲局 |") == "| 一、做好某某 | 县甲局 |"


def test_a_bold_heading_split_into_runs_at_its_number_reads_as_one_numbered_item() -> None:
    # a converter's spans: **1** **.** **题。**, **2** **.** **前半** **后半。**, **3.题** **。**,
    # **4** **.题。**: one numbered bold heading each, the blanks between the runs taken out
    text = (
        "**某市某某产业行动计划**\n\n"
        "一、重点任务\n\n"
        "（一）打造创新高地\n\n"
        "**1** **.** **开展关键技术攻关。** 加快推进研发。（责任单位：市甲局）\n\n"
        "**2** **.** **建设** **创新载体。** 构建创新平台。（责任单位：市乙局）\n\n"
        "（二）打造应用基地\n\n"
        "**3.推动示范应用** **。** 开通示范线路。（责任单位：市丙局）\n\n"
        "**4** **.完善配套机制。** 加强监管。（责任单位：市丁局）\n"
    )
    assert [row[:2] + row[3:4] for row in _rows(text)] == [
        ("一/（一）/1", "开展关键技术攻关", ["市甲局"]),
        ("一/（一）/2", "建设创新载体", ["市乙局"]),
        ("一/（二）/3", "推动示范应用", ["市丙局"]),
        ("一/（二）/4", "完善配套机制", ["市丁局"]),
    ]
