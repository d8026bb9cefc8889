"""Forms met beside unit brackets in plans of the opened part: boxes (专栏) set between the
items of an action plan, a unit bracket that closes a line the next heading runs on, a note
inside a unit bracket, a note that names units for every item below, several bare unit brackets
within one paragraph.

Every text here is made up.
"""

from __future__ import annotations

from gongkai.plans.parsing import parse_blocks
from gongkai.plans.parsing.model import Block


def _tasks(text: str):
    return parse_blocks([Block("para", line) for line in text.split("\n")]).tasks


def _box(k: int) -> str:
    return (
        f"专栏{k}  甲省数字工厂第{k}号示范工程\n"
        f"支持乙市、丙市开展第{k}批示范，推动示范企业建设数据平台并在全省推广应用。\n\n"
    )


def test_box_titles_between_items_do_not_make_the_text_look_broken_at_their_width() -> None:
    # a box (专栏N 标题, then its text) after each item: its title line is no line of prose
    # that goes on, so twelve of them are no width the text was broken at
    items = "".join(
        f"　　{k}﹒推进第{k}项数字工厂建设。支持企业改造网络，建设数据平台，提升应用水平。"
        f"（责任单位：省工业厅、省数据局，各市人民政府）\n{_box(k)}"
        for k in range(1, 13)
    )
    tasks = _tasks(f"甲省数字工厂行动计划\n\n　　一、主要任务\n\n{items}")
    assert [t.path for t in tasks] == [["一", str(k)] for k in range(1, 13)]
    assert all(t.units == ["省工业厅", "省数据局", "各市人民政府"] for t in tasks)
