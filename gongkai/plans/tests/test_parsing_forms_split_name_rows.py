"""A progress table copied as a stream of cells closed by bars, without row ends, whose name
column is split in two on some rows (parsing/split_name_rows.py). Every text here is made up."""

from __future__ import annotations

from .helpers import parse_tasks


# each cell on a line of its own closed by " |", an empty cell a bare "|", no mark where a row
# ends; the table's title closed by a bar too
def _cells(*cells: str) -> str:
    return "".join(f"{c} |\n" if c else "|\n" for c in cells)


_HEADER = _cells("某区2019年1-6月民生项目推进情况表", "序号", "项目名称", "责任单位", "年度目标")
_HEADER += _cells("已完成", "备注")


def test_a_row_whose_name_cell_spans_three_sub_items_groups_them() -> None:
    # row 3 prints its name once, then three sub-items, each with its own unit, target, done and
    # remark cells: the number and name span the sub-rows, each sub-item is a task of its own
    tasks = parse_tasks(
        _HEADER
        + _cells("1", "新建城市公园", "区园林局", "2个", "1", "")
        + _cells("2", "改造老旧小区", "区住建局", "12个", "5", "按计划推进")
        + _cells("3", "提升社会保障水平", "新增参保人数8000人", "区人社局", "8000人", "6100", "")
        + _cells("征缴养老保险基金5000万元", "区社保中心", "5000万", "3900", "")
        + _cells("城乡低保标准分别提高到每月650元、500元", "区民政局", "100%", "100%", "已提标")
        + _cells("4", "新增公共停车位", "区交通局", "600个", "", "正在施工")
    )
    assert [t.path for t in tasks] == [["1"], ["2"], ["3", "¶1"], ["3", "¶2"], ["3", "¶3"], ["4"]]
    assert [t.units for t in tasks] == [
        ["区园林局"],
        ["区住建局"],
        ["区人社局"],
        ["区社保中心"],
        ["区民政局"],
        ["区交通局"],
    ]
    # a plain row's name cell spans both name columns: the row's title
    titles = [tasks[0].title, tasks[1].title, tasks[5].title]
    assert titles == ["新建城市公园", "改造老旧小区", "新增公共停车位"]
    assert "新增参保人数8000人" in tasks[2].content
    assert all(t.deadline == "" for t in tasks)


def test_the_same_table_in_traditional_characters_and_two_split_rows() -> None:
    tasks = parse_tasks(
        _cells("某區2018年為民辦實事進展情況表", "序號", "項目名稱", "責任單位", "目標任務")
        + _cells("完成情況", "備注")
        + _cells("1", "開展職業技能培訓", "人社局", "3000人次", "2600", "")
        + _cells("2", "農村公路建設", "新建公路30公里", "交通局", "30公里", "18", "")
        + _cells("改造危橋5座", "公路分局", "5座", "3", "")
        + _cells("3", "藥品安全專項整治", "抽檢藥品1000批次", "區市場監管局", "1000批次", "800", "")
        + _cells("培訓從業人員2000人", "區衛健局", "2000人", "1500", "")
    )
    assert [t.path for t in tasks] == [["1"], ["2", "¶1"], ["2", "¶2"], ["3", "¶1"], ["3", "¶2"]]
    units = [["人社局"], ["交通局"], ["公路分局"], ["區市場監管局"], ["區衛健局"]]
    assert [t.units for t in tasks] == units


def test_a_last_row_the_copy_cuts_after_its_first_sub_item_keeps_its_cells_in_place() -> None:
    # row 3 opens with its name and a sub-item; the copy ends after its unit cell: the cell in
    # the plain row's unit column reads as no unit, so the row is read with a sub-item
    tasks = parse_tasks(
        _HEADER
        + _cells("1", "新建城市公园", "区园林局", "2个", "1", "")
        + _cells("2", "提升社会保障水平", "新增参保人数8000人", "区人社局", "8000人", "6100", "")
        + _cells("征缴养老保险基金5000万元", "区社保中心", "5000万", "3900", "")
        + "3 |\n实施质量提升行动 |\n培育名牌产品两个 |\n区市场监管局 |"
    )
    assert [t.path for t in tasks] == [["1"], ["2", "¶1"], ["2", "¶2"], ["3"]]
    assert tasks[-1].units == ["区市场监管局"]


def test_a_whole_last_row_keeps_a_unit_cell_that_reads_as_no_unit_name() -> None:
    # 区残联 ends in no word of a unit's name; the row holds a plain row's cells: no sub-item
    tasks = parse_tasks(
        _HEADER
        + _cells("1", "提升社会保障水平", "新增参保人数8000人", "区人社局", "8000人", "6100", "")
        + _cells("征缴养老保险基金5000万元", "区社保中心", "5000万", "3900", "")
        + _cells("2", "残疾儿童康复救助", "区残联", "60人", "45", "")
    )
    assert [t.path for t in tasks] == [["1", "¶1"], ["1", "¶2"], ["2"]]
    assert [t.units for t in tasks] == [["区人社局"], ["区社保中心"], ["区残联"]]
    assert tasks[-1].title == "残疾儿童康复救助"
