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


def test_a_standing_clause_going_on_with_a_unit_and_its_scoped_duty() -> None:
    # 以下均需乙局落实，丙队负责某区内的…工作，不再单独列出: both stand for every later item,
    # the clause closing the first item's own bracket after its sentence
    rows = _units(
        "某市燃气安全专项整治实施方案\n"
        "一、重点任务\n"
        "1．加强制造环节监管。依法查处。（市局甲处牵头，乙处、丙处按职责分工负责；各区丁局组织落实。"
        "以下均需各区丁局落实，市局戊队负责某园区内的相关监管工作，不再单独列出）\n"
        "2．加强充装环节监管。从快打击。（市局甲处牵头，乙处按职责分工负责）\n"
        "二、工作要求\n"
        "（一）强化组织领导\n"
        "成立工作专班。"
    )
    standing = ["各区丁局", "市局戊队"]
    assert rows == [
        ("一/1", ["市局甲处"], ["市局甲处", "乙处", "丙处", *standing]),
        ("一/2", ["市局甲处"], [*standing, "市局甲处", "乙处"]),
        ("二/（一）", [], standing),
    ]


def test_names_numbered_under_a_closing_attachment_label_are_no_items() -> None:
    # 附件： on a line of its own, the attachments' names numbered under it at the end
    text = (
        "某市燃气安全专项整治实施方案\n"
        "一、重点任务\n"
        "1．加强制造环节监管。依法查处。（市局甲处牵头。以下均需各区丁局落实，不再单独列出）\n"
        "2．加强充装环节监管。从快打击。（市局乙处牵头）\n"
        "附件：\n"
        "1．专项整治分管领导及联络员\n"
        "2．专项整治成果统计表\n"
    )
    assert [r[0] for r in _units(text)] == ["一/1", "一/2"]
    # a list of tasks under such a label, numbered lines going on after it, stays
    tasks = _units(text + "3．某某工作。（市局丙处负责）\n")
    assert [r[0] for r in tasks][-3:] == ["1", "2", "3"]
