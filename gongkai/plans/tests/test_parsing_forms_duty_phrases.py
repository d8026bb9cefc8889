"""Phrases in unit brackets that name no unit: a standing clause naming the units every later
item includes (以下任务责任单位均包括…，不再列出), duties shared out with their verb unsaid
(按职责分工, 下同), a verb said with how it is done (按职责组织配合), a closing 等 phrase naming a
level's governments (等相关区政府). Every text here is made up."""

from __future__ import annotations

from .helpers import parse_tasks


def _units(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [("/".join(t.path), t.lead, t.units) for t in parse_tasks(text)]


def test_a_standing_clause_of_units_every_later_item_includes() -> None:
    rows = _units(
        "某省促进某某投资若干措施\n"
        "一、拓展投资空间\n"
        "（一）支持设备更新。加快更新改造。（责任单位：省甲厅、省乙委等，各市〔州〕人民政府、"
        "各县〔市、区〕人民政府。以下任务责任单位均包括各市〔州〕人民政府、"
        "各县〔市、区〕人民政府，不再列出）\n"
        "（二）扩大消费投资。发展新型消费。（责任单位：省丙局、省丁厅）"
    )
    states = ["各市〔州〕人民政府", "各县〔市、区〕人民政府"]
    assert rows == [
        ("一/（一）", [], ["省甲厅", "省乙委", *states]),
        ("一/（二）", [], [*states, "省丙局", "省丁厅"]),
    ]


def test_duties_shared_out_without_a_verb_and_a_xia_tong_remark_name_no_unit() -> None:
    rows = _units(
        "某省充电设施建设实施方案\n"
        "一、重点任务\n"
        "（一）优化设施布局。科学规划建设。(责任单位:省甲委、省乙厅、各电网企业。按职责分工,下同。"
        "以下均需各市州、县市区人民政府落实,不再列出)\n"
        "（二）加强组织保障。建立协调机制。(责任单位:各相关职能部门按职责分工)"
    )
    local = "各市州、县市区人民政府"
    assert rows == [
        ("一/（一）", [], ["省甲委", "省乙厅", "各电网企业", local]),
        ("一/（二）", [], [local, "各相关职能部门"]),
    ]


def test_a_verb_said_with_how_its_unit_does_it() -> None:
    # 按职责组织配合: the unit co-operates, organising its part by its duties
    rows = _units(
        "某市燃气安全专项整治方案\n"
        "一、主要任务\n"
        "1.推进管道更新。改造老旧管道。（市甲委、市乙局牵头负责，市丙局按职责组织配合）"
    )
    assert rows == [("一/1", ["市甲委", "市乙局"], ["市甲委", "市乙局", "市丙局"])]


def test_a_closing_deng_phrase_naming_a_levels_governments_is_dropped() -> None:
    rows = _units(
        "某市加强基础研究若干措施\n"
        "一、强化支持\n"
        "1.支持新型研发机构。给予稳定支持。（责任单位：市甲委、市乙局、某某新区等相关区政府）"
    )
    assert rows == [("一/1", [], ["市甲委", "市乙局", "某某新区"])]
