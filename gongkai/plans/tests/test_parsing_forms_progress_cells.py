"""Tables flattened to text with a progress column (完成情况) or sub-rows: forms of their cells,
on made-up text (invented places and words)."""

from __future__ import annotations

from .helpers import parse_text


def _tasks(plan) -> list[tuple[str, list[str], str]]:
    return [("/".join(t.path), t.units, t.deadline) for t in plan.tasks]


def test_group_text_unit_cells_with_a_progress_cell_after_the_units() -> None:
    # 工作内容 / 工作要求 / 责任单位 / 完成情况, one cell per line with blank lines between: a
    # group cell opens the rows, each row's units are followed by its progress cell
    lines = ["青岚县2031年度某某重点工作清单落实情况", "", "工作内容", "", "工作要求", ""]
    lines += ["责任单位", "", "完成情况", "", " ", "", "一、优化山茶产业服务", ""]
    lines += ["全面发布山茶产业扶持政策,推动政策直达市场主体。", ""]
    lines += ["县直有关单位,各乡镇人民政府、溪桥园区管委会", ""]
    lines += ["已集中公开扶持政策30余条,开设政策专栏。", ""]
    lines += ["及时发布减费政策和办理规程,回应企业关切。", ""]
    lines += ["县甲局、县乙局等县直有关单位,各乡镇人民政府", ""]
    lines += ["设立减费专栏,及时回应企业关切。", " ", ""]
    lines += ["规范重大决策事项目录,做好决策预公开和执行评估。", ""]
    lines += ["县丙局、县直有关单位", ""]
    lines += ["形成决策事前、事中、事后闭环式公开。"]
    plan = parse_text("\n".join(lines))
    assert _tasks(plan) == [
        ("一/¶1", ["县直有关单位", "各乡镇人民政府", "溪桥园区管委会"], ""),
        ("一/¶2", ["县甲局", "县乙局", "各乡镇人民政府"], ""),
        ("一/¶3", ["县丙局", "县直有关单位"], ""),
    ]


def test_sub_rows_written_with_their_spanned_cells_empty_at_the_end() -> None:
    # 序号 | 项目内容 | 进展情况 | 责任单位 |, a row's number and unit cells spanning its sub-rows:
    # each sub-row written as its own two cells and empty cells at its end (``… | … | ||``); the
    # number groups the rows (each a ¶ under it) and its unit cell applies to each
    lines = ["青岚区2031年民生实事项目进展情况表", "序号 | 项目内容 | 进展情况 | 责任单位 |"]
    lines += ["1 | 新建成山茶学校3所。 | 已建成溪桥学校等3所学校。 | 教育局 |"]
    lines += ["2 | 新建成托育驿站5家。 | 已建成溪桥街道等6家托育驿站。 | 卫生健康局 |"]
    lines += ["新增托位300个。 | 新增托位320个,超额完成。 | ||"]
    lines += ["3 | 实施乡村道路改造40公里。 | 已完成30公里,剩余年底前完成。 | 交通运输局 |"]
    lines += ["新增公交线路2条。 | 新增溪桥线等2条公交线路。 | ||"]
    lines += ["优化公交站点10处。 | 优化公交站点12处。 | ||"]
    plan = parse_text("\n".join(lines))
    assert _tasks(plan) == [
        ("1", ["教育局"], ""),
        ("2/¶1", ["卫生健康局"], ""),
        ("2/¶2", ["卫生健康局"], ""),
        ("3/¶1", ["交通运输局"], ""),
        ("3/¶2", ["交通运输局"], ""),
        ("3/¶3", ["交通运输局"], ""),
    ]


def test_a_date_after_the_last_row_of_cells_closed_by_bars() -> None:
    # 序号 | / 路段名称 | / 问题描述 | / 责任单位 | / 备注 |, each cell on a line closed by a bar
    # (an empty cell a bar alone): a date on the last line, after a row filled to the header's
    # width, signs the table; it opens no row and is no time limit
    lines = [
        "青岚市卫生城市检查问题汇总表",
        "序号 |",
        "路段名称 |",
        "问题描述 |",
        "责任单位 |",
    ]
    lines += ["备注 |", "1 |", "溪桥大道 |", "沿线车辆违停严重 |", "停车办 |", "|"]
    lines += ["2 |", "山茶西路 |", "工地泥水流向街道,污染严重 |", "城管大队 |", "|"]
    lines += ["2031年4月21日"]
    plan = parse_text("\n".join(lines))
    assert _tasks(plan) == [("1", ["停车办"], ""), ("2", ["城管大队"], "")]


def test_spaced_rows_whose_progress_cell_runs_over_numbered_lines() -> None:
    # 序号 重点工作 目标要求 责任单位 工作举措 完成情况 备注, cells set apart by spaces; a row's
    # measures and progress are numbered points on lines of their own (1.… / 2.…) before the
    # next row's number
    lines = [
        "青岚县某局2031年重点工作分解落实情况",
        "序号 重点工作 目标要求 责任单位 工作举措 完成情况 备注",
    ]
    lines += ["1 做好山茶林防火工作 杜绝重大山火发生 县甲局 1.开展防火演练;"]
    lines += [
        "2.加强防火宣传。",
        "1.10月8日在溪桥镇举行防火演练。",
        "2.11月2日印发防火提示一份。",
    ]
    lines += ["2 做好冬季救助工作 加强困难群众救助 县乙局 做好救助人员核定发放; 已完成救助人员审定"]
    lines += ["3 做好物资储备工作 储备充足 县丙局 开展物资清查; 已完成清查"]
    plan = parse_text("\n".join(lines))
    assert _tasks(plan) == [
        ("1", ["县甲局"], ""),
        ("2", ["县乙局"], ""),
        ("3", ["县丙局"], ""),
    ]


def test_a_closing_phrase_glued_to_a_collective_name_after_it() -> None:
    # 甲局、乙局等政府有关部门乡镇街道负责落实: the separator after the closing phrase was lost;
    # 等政府有关部门 closes the list (dropped, README's schema), the collective name after it is a
    # unit of its own, as after 等有关部门和
    lines = ["青岚区2031年政务公开工作要点", "一、做好重点领域信息公开"]
    lines += ["1.加大重大建设项目公开力度。区发改委、区水利局等政府有关部门乡镇街道负责落实。"]
    lines += ["2.做好山茶产业政策解读。区丙局等有关部门各街道负责落实。"]
    plan = parse_text("\n".join(lines))
    assert _tasks(plan) == [
        ("一/1", ["区发改委", "区水利局", "乡镇街道"], ""),
        ("一/2", ["区丙局", "各街道"], ""),
    ]


def test_a_row_under_a_spanned_title_with_a_unit_cell_on_two_lines() -> None:
    # 序号 / 任务名称 / 任务内容 / 牵头部门 / 配合部门 / 时间节点, one cell per line: row 3 leaves
    # out its title cell (it spans from row 2) but its co-operating cell runs over two lines, so
    # it has as many lines as the header has cells; the first unit line is the lead cell
    lines = ["青岚区2031年山茶分类工作任务清单", "序号", "任务名称", "任务内容", "牵头部门"]
    lines += ["配合部门", "时间节点", "1", "加强组织领导", "召开全区山茶分类工作动员大会。"]
    lines += ["区政府办公室", "各成员单位", "2031年3月"]
    lines += ["2", "推进全面覆盖", "推进居住区山茶分类全覆盖，落实属地责任，将分类工作落实到人。"]
    lines += ["区甲局", "各街镇", "2031年6月"]
    lines += ["3", "机关、学校山茶分类完成全覆盖，100%实现达标标准。"]
    lines += ["区乙局", "区甲局", "区机关、公共机构", "2031年9月"]
    lines += ["4", "加快体系建设", "建成山茶回收服务点60个、中转站3座，做好数据统计工作。"]
    lines += ["区甲局", "区丙委", "2031年"]
    plan = parse_text("\n".join(lines))
    assert [(t[0], t[1]) for t in _tasks(plan)] == [
        ("1", ["区政府办公室", "各成员单位"]),
        ("2", ["区甲局", "各街镇"]),
        ("3", ["区乙局", "区甲局", "区机关", "公共机构"]),
        ("4", ["区甲局", "区丙委"]),
    ]
    assert plan.tasks[2].lead == ["区乙局"]


def test_a_notices_attachment_name_broken_over_two_lines() -> None:
    # 附件：1.… / …清单 / 2.… / 3.…: the first attachment's name runs onto a line of its own (a
    # long name broken at the page's width); the names numbered 2 and 3 after it are no items
    lines = ["青岚区2031年山茶分类实施方案", "一、工作目标", "（一）山茶分类全面覆盖。区甲局负责。"]
    lines += ["（二）山茶回收体系基本建成。区乙局负责。"]
    lines += ["附件：1.2031年青岚区山茶分类推进工作联席会", "议成员单位工作任务清单"]
    lines += ["2.2031年街镇山茶分类目标任务分解表", "3.2031年青岚区山茶分类推进工作指标"]
    plan = parse_text("\n".join(lines))
    assert _tasks(plan) == [("一/（一）", ["区甲局"], ""), ("一/（二）", ["区乙局"], "")]
