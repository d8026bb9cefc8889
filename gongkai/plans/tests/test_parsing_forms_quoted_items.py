"""A report's progress table quoting a plan's items by the plan's own numbers, under a 序号 cell
and a unit cell spanning the rows. Every text here is made up."""

from __future__ import annotations

from .helpers import parse_tasks

_TITLE = "某县交通运输局2024年二季度《政府工作报告》落实情况统计表\n"
_LONG = "目前完成情况、存在问题及下一步工作措施"


def test_the_same_rows_written_as_bar_separated_lines() -> None:
    tasks = parse_tasks(
        _TITLE
        + f"序号 | 牵头单位 | 工作任务 | {_LONG} | 完成进度(%) | 备注 |\n"
        + "12 | 县交通运输局 | 31.加快推进农村公路提档升级。 | 已完成35公里。 | 45% | |\n"
        + "47.持续开展道路运输安全专项整治。 | 已检查运输企业96家次。 |"
    )
    assert [t.path for t in tasks] == [["12", "31"], ["12", "47"]]
    assert [t.lead for t in tasks] == [["县交通运输局"], ["县交通运输局"]]
