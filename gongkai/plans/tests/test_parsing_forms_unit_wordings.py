"""A catalogue of unit wordings crossed with the places a plan writes them.

Unit names and lists of many kinds (party and government offices, vertical bodies, mass
organisations, zones and townships, collective words, separators, lead marks) are set in each
place a statement stands: a 责任单位 label line, a bracket after the item, a labelled bracket,
a 责任单位 column of pipe rows, a table copied one cell per line, and a 配合单位 column or
label beside a 牵头单位 one. The units and lead read follow ``shared/workplans/README.md`` and
``gold/NOTES.md``: lists split at 、 ， , ； / and spaces, collective names (各县（市、区）人民政府,
各镇（街道）) whole, a trailing 等… dropped, a unit leads when marked or governed by 牵头.

Every text here is made up.
"""

from __future__ import annotations

import pytest

from gongkai.plans.parsing import parse_blocks
from gongkai.plans.parsing.model import Block


def _rows(text: str) -> list[tuple[str, list[str], list[str]]]:
    plan = parse_blocks([Block("para", line) for line in text.split("\n")])
    return [("/".join(t.path), t.lead, t.units) for t in plan.tasks]


_HEAD = "甲市2031年重点工作分工\n一、重点任务\n"
_TABLE = "甲市2031年重点任务清单\n"

PLACES = {
    "label line": lambda u: (
        f"{_HEAD}1.推进甲项工作。\n责任单位：{u}\n2.推进乙项工作。\n责任单位：市丁局"
    ),
    "bracket": lambda u: f"{_HEAD}1.推进甲项工作。（{u}）\n2.推进乙项工作。（市丁局）",
    "labelled bracket": lambda u: (
        f"{_HEAD}1.推进甲项工作。（责任单位：{u}）\n2.推进乙项工作。（责任单位：市丁局）"
    ),
    "pipe column": lambda u: (
        f"{_TABLE}序号 | 工作任务 | 责任单位 | 完成时限 |\n"
        f"1 | 推进甲项工作。 | {u} | 6月底前 |\n2 | 推进乙项工作。 | 市丁局 | 年底前 |"
    ),
    "cell per line": lambda u: (
        f"{_TABLE}序号\n工作任务\n责任单位\n完成时限\n1\n推进甲项工作。\n{u}\n6月底前\n"
        "2\n推进乙项工作。\n市丁局\n年底前"
    ),
}

# a list in the 配合单位 place beside a 牵头单位: the lead is the lead column's unit
SUPPORT_PLACES = {
    "lead and support columns": lambda u: (
        f"{_TABLE}序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
        f"1 | 推进甲项工作。 | 市戊局 | {u} | 6月底前 |\n"
        "2 | 推进乙项工作。 | 市丁局 | 市己局 | 年底前 |"
    ),
    "lead and support lines": lambda u: (
        f"{_HEAD}1.推进甲项工作。\n牵头单位：市戊局\n配合单位：{u}\n"
        "2.推进乙项工作。\n牵头单位：市丁局\n配合单位：市己局"
    ),
    "lead and support cells per line": lambda u: (
        f"{_TABLE}序号\n工作任务\n牵头单位\n配合单位\n完成时限\n1\n推进甲项工作。\n市戊局\n{u}\n"
        "6月底前\n2\n推进乙项工作。\n市丁局\n市己局\n年底前"
    ),
}

# (list as written, units read) with no lead
NAMES = [
    ("县委办、县政府办", ["县委办", "县政府办"]),
    ("市委网信办、市委编办、区融媒体中心", ["市委网信办", "市委编办", "区融媒体中心"]),
    (
        "国网甲市供电公司、人民银行甲市分行、甲海关",
        ["国网甲市供电公司", "人民银行甲市分行", "甲海关"],
    ),
    (
        "国家税务总局甲县税务局，甲市气象局，甲市消防救援支队",
        ["国家税务总局甲县税务局", "甲市气象局", "甲市消防救援支队"],
    ),
    (
        "团市委、市妇联、市总工会、市科协、市残联",
        ["团市委", "市妇联", "市总工会", "市科协", "市残联"],
    ),
    ("甲高新区管委会、各镇（街道）", ["甲高新区管委会", "各镇（街道）"]),
    ("各县（市、区）人民政府", ["各县（市、区）人民政府"]),
    ("各乡镇人民政府、街道办事处", ["各乡镇人民政府", "街道办事处"]),
    ("市直各单位、各有关单位、相关部门", ["市直各单位", "各有关单位", "相关部门"]),
    ("市甲局,市乙局", ["市甲局", "市乙局"]),
    ("市甲局；市乙局", ["市甲局", "市乙局"]),
    ("市甲局/市乙局", ["市甲局", "市乙局"]),
    ("市甲局 / 市乙局", ["市甲局", "市乙局"]),
    ("市甲局 市乙局", ["市甲局", "市乙局"]),
    ("市甲局  市乙局  市丙委", ["市甲局", "市乙局", "市丙委"]),
    ("市甲局 、市乙局", ["市甲局", "市乙局"]),
    ("市甲局、市乙局等", ["市甲局", "市乙局"]),
    ("市甲局、市乙局等有关部门", ["市甲局", "市乙局"]),
    (
        "市甲局、市乙局，各县（市、区）人民政府按职责分工负责",
        ["市甲局", "市乙局", "各县（市、区）人民政府"],
    ),
    ("市公安局、市委宣传部（市新闻办）", ["市公安局", "市委宣传部（市新闻办）"]),
    ("市发展改革委（市粮食和储备局）、市财政局", ["市发展改革委（市粮食和储备局）", "市财政局"]),
    ("各县（市、区）人民政府、甲高新区管委会", ["各县（市、区）人民政府", "甲高新区管委会"]),
    ("各乡镇（街道）、各村（社区）", ["各乡镇（街道）", "各村（社区）"]),
    ("市甲局，各县（市、区）", ["市甲局", "各县（市、区）"]),
    ("市甲局；各县（市、区）人民政府", ["市甲局", "各县（市、区）人民政府"]),
    ("市甲局/各镇（街道）", ["市甲局", "各镇（街道）"]),
    ("各县（市、区）、甲经开区", ["各县（市、区）", "甲经开区"]),
    ("市甲局、甲海关", ["市甲局", "甲海关"]),
    ("甲海关 市甲局", ["甲海关", "市甲局"]),
    ("市甲局、甲综合保税区", ["市甲局", "甲综合保税区"]),
    ("市卫生健康委员会、市人大常委会", ["市卫生健康委员会", "市人大常委会"]),
    ("市政协、县人大", ["市政协", "县人大"]),
    ("市甲局、各社区", ["市甲局", "各社区"]),
    ("市甲局、甲村村委会", ["市甲局", "甲村村委会"]),
    ("市慈善总会、市工商联", ["市慈善总会", "市工商联"]),
    ("甲大学、市甲局", ["甲大学", "市甲局"]),
    ("市甲局、各区", ["市甲局", "各区"]),
    ("市甲局、区属国有企业", ["市甲局", "区属国有企业"]),
    ("人行甲市中支、甲机场", ["人行甲市中支", "甲机场"]),
    ("甲监狱、甲片区", ["甲监狱", "甲片区"]),
    ("团市委、市妇联等群团组织", ["团市委", "市妇联"]),
    (
        "市甲局、人民银行甲市分行、国网甲市供电公司等单位",
        ["市甲局", "人民银行甲市分行", "国网甲市供电公司"],
    ),
    ("甲银行、乙银行等金融机构", ["甲银行", "乙银行"]),
    ("市甲局，市乙局（按职责分工负责）", ["市甲局", "市乙局"]),
    ("市甲局（负总责）、市乙局、市丙委", ["市甲局", "市乙局", "市丙委"]),
]

# (list as written, lead read, units read)
LEADS = [
    ("市甲局（牵头）、市乙局、市丙委", ["市甲局"], ["市甲局", "市乙局", "市丙委"]),
    ("市甲局(牵头)、市乙局、市丙委", ["市甲局"], ["市甲局", "市乙局", "市丙委"]),
    ("市甲局〔牵头〕、市乙局、市丙委", ["市甲局"], ["市甲局", "市乙局", "市丙委"]),
    ("市甲局【牵头】、市乙局、市丙委", ["市甲局"], ["市甲局", "市乙局", "市丙委"]),
    ("市甲局[牵头]、市乙局、市丙委", ["市甲局"], ["市甲局", "市乙局", "市丙委"]),
    ("市甲局（牵头单位）、市乙局、市丙委", ["市甲局"], ["市甲局", "市乙局", "市丙委"]),
    ("市甲局（牵头部门）、市乙局、市丙委", ["市甲局"], ["市甲局", "市乙局", "市丙委"]),
    ("市甲局（主责）、市乙局、市丙委", ["市甲局"], ["市甲局", "市乙局", "市丙委"]),
    ("市甲局（总牵头）、市乙局、市丙委", ["市甲局"], ["市甲局", "市乙局", "市丙委"]),
    ("市甲局(牵头负责)、市乙局、市丙委", ["市甲局"], ["市甲局", "市乙局", "市丙委"]),
    ("市甲局（牵头，下同）、市乙局、市丙委", ["市甲局"], ["市甲局", "市乙局", "市丙委"]),
    ("市乙局、市甲局〔牵头〕、市丙委", ["市甲局"], ["市乙局", "市甲局", "市丙委"]),
    ("市甲局【牵头】、甲海关", ["市甲局"], ["市甲局", "甲海关"]),
    ("市甲局（牵头），各镇（街道）", ["市甲局"], ["市甲局", "各镇（街道）"]),
    ("市甲局（牵头）、市乙局（配合）", ["市甲局"], ["市甲局", "市乙局"]),
    ("市甲局牵头，市乙局、市丙委配合", ["市甲局"], ["市甲局", "市乙局", "市丙委"]),
    ("市甲局牵头、市乙局配合", ["市甲局"], ["市甲局", "市乙局"]),
    ("市甲局、市乙局牵头，市丙委配合", ["市甲局", "市乙局"], ["市甲局", "市乙局", "市丙委"]),
    (
        "市甲局牵头，市直各单位、各县（市、区）人民政府配合",
        ["市甲局"],
        ["市甲局", "市直各单位", "各县（市、区）人民政府"],
    ),
    ("市甲局会同市乙局", ["市甲局"], ["市甲局", "市乙局"]),
    ("市甲局会同市乙局、市丙委", ["市甲局"], ["市甲局", "市乙局", "市丙委"]),
    ("牵头单位：市甲局；配合单位：市乙局", ["市甲局"], ["市甲局", "市乙局"]),
    ("牵头单位：市甲局 配合单位：市乙局、甲海关", ["市甲局"], ["市甲局", "市乙局", "甲海关"]),
    ("市甲局、市乙局，列第一位的为牵头单位", ["市甲局"], ["市甲局", "市乙局"]),
    ("市甲局为牵头单位，市乙局为配合单位", ["市甲局"], ["市甲局", "市乙局"]),
    ("市甲局为主责部门；甲海关、市乙局为协同单位", ["市甲局"], ["市甲局", "甲海关", "市乙局"]),
    ("市甲局、市乙局为责任单位", [], ["市甲局", "市乙局"]),
]


@pytest.mark.parametrize("place", list(PLACES))
@pytest.mark.parametrize(("written", "units"), NAMES, ids=[w for w, _ in NAMES])
def test_a_list_of_names_is_read_in_each_place(place: str, written: str, units) -> None:
    rows = _rows(PLACES[place](written))
    assert rows[0][1:] == ([], units)
    assert rows[1][2] == ["市丁局"]


@pytest.mark.parametrize("place", list(PLACES))
@pytest.mark.parametrize(("written", "lead", "units"), LEADS, ids=[w for w, _, _ in LEADS])
def test_a_lead_marked_or_governed_is_read_in_each_place(place, written, lead, units) -> None:
    rows = _rows(PLACES[place](written))
    assert rows[0][1:] == (lead, units)


@pytest.mark.parametrize("place", list(SUPPORT_PLACES))
@pytest.mark.parametrize(("written", "units"), NAMES, ids=[w for w, _ in NAMES])
def test_a_list_of_names_beside_a_lead_is_read(place: str, written: str, units) -> None:
    rows = _rows(SUPPORT_PLACES[place](written))
    assert rows[0][1:] == (["市戊局"], ["市戊局", *units])
    assert rows[1][1:] == (["市丁局"], ["市丁局", "市己局"])
