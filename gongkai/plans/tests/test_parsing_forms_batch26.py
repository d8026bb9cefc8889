"""Forms the 26th batch of real documents showed, on made-up text (invented places and words)."""

from __future__ import annotations

from .helpers import parse_text


def _tasks(plan) -> list[tuple[str, list[str], str]]:
    return [("/".join(t.path), t.units, t.deadline) for t in plan.tasks]


def test_unlabelled_unit_brackets_closing_each_sentence_group_all_apply() -> None:
    # brackets of names alone after a sentence's end, the paragraph going on after them
    plan = parse_text(
        "青岚市2031年某某工作要点\n"
        "一、优化政策发布\n"
        "（一）完善政策集中发布。整理现有主题库，做好日常维护。推动数据互通共享。"
        "（市甲局、市乙委、各区政府）围绕涉农政策推出新的发布主题，做好归集展示。"
        "（市丙办、各区政府）探索运用新技术拆解惠民政策。（各有关单位）\n"
        "（二）做好政策解读。坚持同步起草解读材料。（市丁局）"
    )
    assert _tasks(plan) == [
        ("一/（一）", ["市甲局", "市乙委", "各区政府", "市丙办", "各有关单位"], ""),
        ("一/（二）", ["市丁局"], ""),
    ]


def test_a_bracket_inside_a_sentence_is_no_statement() -> None:
    # (the bracket follows a word, not a sentence's end: it names what the sentence speaks of)
    plan = parse_text(
        "青岚市2031年某某工作要点\n"
        "一、优化政策发布\n"
        "（一）完善政策集中发布。会同有关部门（市甲局、市乙委）整理主题库，做好维护。（市丙办）"
    )
    assert _tasks(plan) == [("一/（一）", ["市丙办"], "")]


def test_a_row_number_the_source_skipped_still_opens_a_row() -> None:
    # one cell per line closed by a bar, rows set apart by empty cells only; the source skips 5
    lines = ["工作任务 |", "具体要求 |", "责任科室 |", "时限要求 |", "||"]
    lines += ["一、围绕某某工作做好公开 |", "（一）聚焦重点工作 |"]
    rows = [
        (1, "及时公开山茶产业扶持政策和进展情况。", "综合科"),
        (2, "做好溪桥片区民生项目信息公开。", "民生办"),
        (3, "集中发布便民服务事项目录。", "相关业务科室"),
        (4, "对涉及公众利益的政策广泛听取意见。", "相关业务科室、综合科"),
        (6, "定期组织开展开放日等活动。", "相关业务科室"),
        (7, "加强权力运行信息公开。", "综合科"),
    ]
    for number, text, units in rows:
        lines += [f"{number} |", f"{text} |", f"{units} |", "持续推进 |", "|", "|"]
    plan = parse_text("青岚县某联合会2031年重点工作任务分工\n" + "\n".join(lines))
    assert [(p, u) for p, u, _ in _tasks(plan)] == [
        ("一/（一）/1", ["综合科"]),
        ("一/（一）/2", ["民生办"]),
        ("一/（一）/3", ["相关业务科室"]),
        ("一/（一）/4", ["相关业务科室", "综合科"]),
        ("一/（一）/6", ["相关业务科室"]),
        ("一/（一）/7", ["综合科"]),
    ]
    assert {d for _, _, d in _tasks(plan)} == {"持续推进"}
