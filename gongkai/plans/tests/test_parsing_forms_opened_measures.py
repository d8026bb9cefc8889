"""Forms met in the opened documents of measures and breakdowns: a form copied cell by cell
whose labels have no colon, an item number in brackets read one byte off, a mark before a unit's
name, a note that the units before a list's first comma lead, units a note says all later items
involve, an issuer's other name in brackets in a notice's signature block.

Every text here is made up.
"""

from __future__ import annotations

from .helpers import parse_tasks


def test_labels_without_colon_each_on_its_line_before_its_value_make_one_task() -> None:
    tasks = parse_tasks(
        "具体任务\n"
        "建成乙县智慧农业服务平台,推进高标准农田建设;改造提升县城供水管网,完善乡村道路。\n"
        "责任单位\n县农业农村局、县水务局\n配合单位\n各乡镇\n完成时限\n"
        "供水管网改造,6月底前完成;其它事项12月底前取得明显成效"
    )
    assert [t.path for t in tasks] == [["¶1"]]
    assert tasks[0].units == ["县农业农村局", "县水务局", "各乡镇"]
    assert tasks[0].deadline == "供水管网改造,6月底前完成;其它事项12月底前取得明显成效"


def test_a_table_header_cell_by_cell_is_no_label_with_its_value() -> None:
    tasks = parse_tasks(
        "甲县重点工作分解表\n序号\n工作任务\n责任单位\n完成时限\n"
        "1\n建设县级数据中心。\n县数据局\n6月底前\n2\n完善政务服务平台。\n县政务服务中心\n年底前"
    )
    assert [t.path for t in tasks] == [["1"], ["2"]]
    assert [t.units for t in tasks] == [["县数据局"], ["县政务服务中心"]]


def _one_byte_off(text: str) -> str:
    """``text`` as a page shows it when a GBK copy was read a byte off from the second byte of
    its indent (　, A1 A1; the first shows as ?) until an ASCII byte set it right; a pair no
    character has is dropped."""
    data = text.encode("gbk")
    out, i = ["?"], 1
    while i < len(data):
        if data[i] < 0x80:
            out.append(chr(data[i]))
            i += 1
            continue
        try:
            out.append(data[i : i + 2].decode("gbk"))
        except UnicodeDecodeError:
            pass
        i += 2
    return "".join(out)


def test_a_bracketed_number_read_one_byte_off_is_read_from_its_bytes() -> None:
    first = _one_byte_off("　（一）統籌建設甲縣數據中心,完善機房設施。(縣數據局牽頭)")
    second = _one_byte_off("　（二）完善政務服務平台,提升辦事效率。(縣政務服務中心牽頭)")
    assert first.startswith("?。") and second.startswith("?。")
    tasks = parse_tasks(
        f"甲縣數字政府建設工作要點\n一、夯實數字政府基礎\n {first}\n {second}\n"
        "二、提升服務能力\n(一)推進一網通辦。(縣政務服務中心牽頭)"
    )
    assert [t.path for t in tasks] == [["一", "（一）"], ["一", "（二）"], ["二", "（一）"]]
    assert tasks[0].lead == ["縣數據局"]
    assert tasks[1].lead == ["縣政務服務中心"]


def test_a_number_of_two_numerals_read_one_byte_off_is_read_from_its_neighbours() -> None:
    items = [
        _one_byte_off(f"　（{n}）完成第{n}項工作。(縣數據局牽頭)")
        if n == "十五"
        else f"({n})完成第{n}項工作。(縣數據局牽頭)"
        for n in ("十四", "十五", "十六")
    ]
    tasks = parse_tasks("甲縣工作要點\n一、重點任務\n" + "\n".join(f" {x}" for x in items))
    assert [t.path[-1] for t in tasks] == ["（十四）", "（十五）", "（十六）"]


def test_an_asterisk_before_a_unit_s_name_is_no_part_of_it() -> None:
    tasks = parse_tasks(
        "乙县关于支持创业的若干举措\n一、场地零成本。提供免费办公场地。(责任单位:*县人社局、县科技局)\n"
        "二、算力零门槛。发放算力券。(责任单位:＊县数据局、县财政局)"
    )
    assert [t.units for t in tasks] == [["县人社局", "县科技局"], ["县数据局", "县财政局"]]
    assert [t.lead for t in tasks] == [[], []]


def test_a_name_masked_by_a_run_of_asterisks_keeps_them() -> None:
    tasks = parse_tasks(
        "乙县食品安全工作要点\n一、强化监管。开展抽检。(责任单位:****分局、县财政局)"
    )
    assert tasks[0].units == ["****分局", "县财政局"]


def test_a_note_that_the_units_before_the_first_comma_lead_holds_for_the_lists_below() -> None:
    tasks = parse_tasks(
        "甲市推进创新发展行动计划\n一、重点任务\n"
        "1.建设创新平台。(责任单位:市科技局、市发改委,市财政局;"
        "第一个逗号前为牵头单位,多个牵头部门的按照职责分工负责,下同)\n"
        "2.培育科技企业。(责任单位:市经信局,市科技局、各县(市、区)政府)\n"
        "3.优化政务服务。(责任单位:市政务服务局、市数据局)"
    )
    assert [t.lead for t in tasks] == [
        ["市科技局", "市发改委"],
        ["市经信局"],
        ["市政务服务局", "市数据局"],
    ]
    assert tasks[0].units == ["市科技局", "市发改委", "市财政局"]
    assert tasks[1].units == ["市经信局", "市科技局", "各县(市、区)政府"]


def test_a_comma_note_without_first_and_with_fenbie_qiantou_holds_below() -> None:
    # 逗号前为牵头单位,多个牵头单位的按职责分别牵头,下同 after the list's 。: the same note
    # (README, twenty-eighth batch); it names no unit
    tasks = parse_tasks(
        "乙市2031年某某重点工作任务分工方案\n一、围绕中心工作\n"
        "(一)加强甲项公开。公开政策措施。(责任单位:市发展改革委、市经信局,各区县政府、"
        "青岚新区管委会。逗号前为牵头单位,多个牵头单位的按职责分别牵头,下同)\n"
        "(二)加强乙项公开。公开项目进展。(责任单位:市住建局,各区县政府)"
    )
    assert [t.lead for t in tasks] == [["市发展改革委", "市经信局"], ["市住建局"]]
    assert tasks[0].units == ["市发展改革委", "市经信局", "各区县政府", "青岚新区管委会"]
    assert tasks[1].units == ["市住建局", "各区县政府"]


def test_units_a_list_says_all_later_items_involve_are_theirs_not_the_list_s() -> None:
    tasks = parse_tasks(
        "甲市促进数字经济发展若干措施\n"
        "1.建设算力中心。(责任单位:市数据局,各县区人民政府、市各开发区管委会,"
        "以下均涉及各县区、功能区,不再重复列出)\n"
        "2.培育数字企业。(责任单位:市工信局)\n3.开放应用场景。(责任单位:市科技局、市数据局)"
    )
    assert tasks[0].units == ["市数据局", "各县区人民政府", "市各开发区管委会"]
    assert tasks[1].units == ["各县区、功能区", "市工信局"]
    assert tasks[2].units == ["各县区、功能区", "市科技局", "市数据局"]


def test_an_issuer_s_other_name_in_brackets_below_its_name_is_no_statement() -> None:
    tasks = parse_tasks(
        "关于印发《甲省支持创新创业行动方案》的通知\n各有关单位:\n"
        "现将《甲省支持创新创业行动方案》印发给你们,请抓好落实。\n"
        "甲省科学技术厅\n(甲省创新创业工作领导小组办公室)\n甲省财政厅\n2026年4月16日\n"
        "甲省支持创新创业行动方案\n一、重点任务\n1.建设孵化平台。(责任单位:省科技厅)\n"
        "2.加大资金支持。(责任单位:省财政厅)"
    )
    assert [t.path for t in tasks] == [["一", "1"], ["一", "2"]]
