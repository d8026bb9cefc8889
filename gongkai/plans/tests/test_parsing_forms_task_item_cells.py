"""A table copied one cell per line under 工作事项 | 具体任务 | 牵头及责任单位: each row's
numbered 工作事项 cell ((一)…) over an unnumbered 具体任务 cell is one task titled by the 工作事项
cell (README, thirtieth batch), the section cells (一、…) rows of their own. Every text here is
made up."""

from __future__ import annotations

from .helpers import parse_tasks

_HEAD = (
    "青岚市关于印发2031年某某工作分工方案的通知\n"
    "各区政府，市政府各部门：\n"
    "现将分工方案印发给你们，请认真贯彻执行。\n"
    "青岚市2031年某某工作分工方案\n"
    "工作事项\n具体任务\n牵头及责任单位\n"
    "一、稳定预期，加强解读\n"
    "(一)深入解读重要政策。\n"
    "将解读工作贯穿政策发布全过程，做到同步组织、同步审签、同步部署。\n"
    "市直各单位、各区政府(管委会)\n"
)


def _rows(tasks) -> list[tuple[str, str, list[str]]]:
    return [("/".join(t.path), t.title, t.units) for t in tasks]


def test_numbered_task_cells_over_unnumbered_text_cells_are_the_tasks() -> None:
    tasks = parse_tasks(
        _HEAD + "(二)积极回应关切。\n"
        "对涉及群众切身利益的政策文件，认真做好风险评估，制定处置预案。\n"
        "市委网信办、市政府新闻办\n"
        "二、深化公开，提升质效\n"
        "(三)推进决策公开。\n"
        "完善公众参与机制，公开征求意见采纳情况。\n"
        "市司法局"
    )
    assert _rows(tasks) == [
        ("一/（一）", "深入解读重要政策", ["市直各单位", "各区政府(管委会)"]),
        ("一/（二）", "积极回应关切", ["市委网信办", "市政府新闻办"]),
        ("二/（三）", "推进决策公开", ["市司法局"]),
    ]


def test_a_copy_cut_after_the_first_rows_unit_cell_keeps_that_row() -> None:
    # the copy stops in the second row's text: the first row's unit cell is still its own
    tasks = parse_tasks(
        _HEAD + "(二)积极回应关切。\n"
        "对涉及群众切身利益、容易引起社会关注的政策文件，牵头起草部门要认真做好风险评估研判，制定"
    )
    assert _rows(tasks)[0] == ("一/（一）", "深入解读重要政策", ["市直各单位", "各区政府(管委会)"])
    assert [t.path for t in tasks] == [["一", "（一）"], ["一", "（二）"]]
