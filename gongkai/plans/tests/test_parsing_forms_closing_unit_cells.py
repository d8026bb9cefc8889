"""A task table flattened one cell per line whose rows hold varying numbers of cells and close
with their unit cells (牵头部门 | 配合部门 | 实施主体), the header's cells broken over two lines, a
group, a direction and a task column each numbered in its own style, rows printing no unit cell
under the cells of the row above (closing_unit_cells). Every text here is made up."""

from __future__ import annotations

from .helpers import parse_tasks

TABLE = (
    "某市市容提升工作方案\n"
    "一、主要任务\n"
    "（一）改善街巷环境\n"
    "整治背街小巷，提升街巷品质。\n"
    "附件：\n市容提升三年任务清单（2031-2033年）\n"
    "任务\n分类\n主要方向\n重点任务（2031-2033）\n2031年工作项目\n2032年计划\n2033年计划\n"
    "牵头\n部门\n配合\n部门\n实施\n主体\n"
    "（一）\n改善市容环境\n"
    "1、改善街巷环境\n"
    "（1）整治背街小巷80条。\n整治30条。\n整治30条。\n整治20条。\n"
    "市容处\n各相关部门和单位\n各区、各街道\n"
    "2、提升公园品质\n"
    "（2）改造口袋公园40个。\n改造15个。\n改造15个。\n"
    "完成剩余10个，总结评估。\n补齐短板。\n"
    "绿化处\n景观处\n各相关部门和单位\n各区\n"
    "（3）新增林荫道路20条。\n新增8条。\n新增6条。\n新增6条。\n"
    "（二）提高管理效能\n"
    "3、建设智慧平台\n"
    "（4）建设市容巡查平台。\n完成一期。\n完成二期。\n持续迭代。\n"
    "城运公司"
)


def test_rows_closing_with_unit_cells_read_from_the_end_spanning_rows_below() -> None:
    tasks = parse_tasks(TABLE)
    rows = [(t.path, t.lead, t.units) for t in tasks if t.path[0] != "一"]
    assert rows == [
        (["（一）", "1", "（1）"], ["市容处"], ["市容处", "各相关部门和单位", "各区", "各街道"]),
        (
            ["（一）", "2", "（2）"],
            ["绿化处", "景观处"],  # the 牵头 cell over two lines
            ["绿化处", "景观处", "各相关部门和单位", "各区"],
        ),
        (  # no unit cell: under the row above's
            ["（一）", "2", "（3）"],
            ["绿化处", "景观处"],
            ["绿化处", "景观处", "各相关部门和单位", "各区"],
        ),
        (["（二）", "3", "（4）"], [], ["城运公司"]),  # one cell: the last column's
    ]
