"""Forms met beside unit brackets in plans of the opened part: boxes (专栏) set between the
items of an action plan, a unit bracket that closes a line the next heading runs on, a note
inside a unit bracket, a note that names units for every item below, several bare unit brackets
within one paragraph.

Every text here is made up.
"""

from __future__ import annotations

from .helpers import parse_tasks


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
    tasks = parse_tasks(f"甲省数字工厂行动计划\n\n　　一、主要任务\n\n{items}")
    assert [t.path for t in tasks] == [["一", str(k)] for k in range(1, 13)]
    assert all(t.units == ["省工业厅", "省数据局", "各市人民政府"] for t in tasks)


def test_a_unit_bracket_closing_a_line_the_next_heading_or_item_runs_on() -> None:
    # the statement in brackets closes the item's text; the next section heading, or the next
    # item, follows it on the same line after a blank
    tasks = parse_tasks(
        "乙县2023年依法行政工作计划\n"
        "一、加强学习教育 1.组织干部学习法律法规。将法律法规纳入理论学习内容。\n"
        "〔牵头单位:县甲局、县乙局;责任单位:县政府各部门,各乡镇人民政府(街道办事处)〕"
        " 二、完善制度建设\n"
        "2.健全重大决策程序。制定重大决策事项目录并向社会公开。"
        "〔牵头单位:县甲局;责任单位:县政府各部门〕 3.规范行政执法行为。推行执法公示制度。\n"
        "〔牵头单位:县丙局;责任单位:各乡镇人民政府〕\n"
    )
    assert [t.path for t in tasks] == [["一", "1"], ["二", "2"], ["二", "3"]]
    assert tasks[0].units == ["县甲局", "县乙局", "县政府各部门", "各乡镇人民政府(街道办事处)"]
    assert tasks[0].lead == ["县甲局", "县乙局"]
    assert tasks[1].units == ["县甲局", "县政府各部门"]
    assert tasks[2].units == ["县丙局", "各乡镇人民政府"]


def test_a_page_number_opening_a_line_the_paragraph_before_goes_on_in() -> None:
    # a page break inside an item's paragraph, its number (- 2 -) run on with the page's text
    tasks = parse_tasks(
        "乙县2023年依法行政工作计划\n"
        "一、加强学习教育\n"
        "1.组织干部学习法律法规。将法律法规纳入理论学习内容。\n"
        "〔牵头单位:县甲局;责任单位:县政府各部门〕\n"
        "2.每季度召开专题会议听取各部门关于依法行政\n"
        "- 2 - 工作情况的报告,对下季度工作作出安排。\n"
        "〔牵头单位:县乙局;责任单位:各乡镇人民政府〕\n"
    )
    assert [t.path for t in tasks] == [["一", "1"], ["一", "2"]]
    assert tasks[1].units == ["县乙局", "各乡镇人民政府"]


def test_a_copy_cut_off_inside_its_last_unit_bracket() -> None:
    tasks = parse_tasks(
        "乙县2023年依法行政工作计划\n"
        "一、加强学习教育\n"
        "1.组织干部学习法律法规。将法律法规纳入理论学习内容。\n"
        "〔牵头单位:县甲局;责任单位:县政府各部门〕\n"
        "2.定期研究依法行政工作,及时研究解决有关问题。\n"
        "〔牵头单位:县乙局;责任单位:县政府各"
    )
    assert [t.path for t in tasks] == [["一", "1"], ["一", "2"]]
    assert tasks[1].units == ["县乙局", "县政府各"]


def test_a_note_inside_a_unit_bracket_names_no_unit() -> None:
    # (责任单位:…。注:…,下同): the note explains a name; it names no unit and carries none on
    tasks = parse_tasks(
        "丙市2024年诚信建设工作要点\n一、重点任务\n"
        "1.落实诚信建设部署。各部门要认真落实有关文件。(责任单位:市诚信办及市诚信建设"
        "联席会议成员单位;各县(市、区)人民政府。注:市、县诚信办指市、县(市、区)诚信建设"
        "联席会议办公室,下同)\n"
        "2.完善诚信档案。建立健全诚信档案制度。\n"
    )
    assert [t.path for t in tasks] == [["一", "1"], ["一", "2"]]
    assert tasks[0].units == ["市诚信办及市诚信建设联席会议成员单位", "各县(市、区)人民政府"]
    assert tasks[1].units == []


def test_a_note_that_names_units_for_every_measure_below() -> None:
    # 以下各项措施均需…落实,不再一一列出: the units of every item from there on, named before
    # each item's own
    tasks = parse_tasks(
        "丁市纾困解难实施细则\n一、财税支持\n"
        "1.设立专项资金。支持中小企业技术改造。(责任单位:市甲局、市乙局,各县区人民政府、"
        "开发区管委会。以下各项措施均需各县区人民政府、开发区管委会落实,不再一一列出)\n"
        "2.开展企业上云培训。对符合条件的企业予以奖补。(责任单位:市甲局、市乙局)\n"
    )
    assert tasks[0].units == ["市甲局", "市乙局", "各县区人民政府", "开发区管委会"]
    assert tasks[1].units == ["各县区人民政府", "开发区管委会", "市甲局", "市乙局"]


def test_bare_unit_brackets_closing_each_sentence_of_one_paragraph_all_apply() -> None:
    # names in brackets before each sentence's full stop, as before the last one's
    tasks = parse_tasks(
        "丙区2024年政务公开工作要点\n一、深化重点领域信息公开\n"
        "(一)做好产业政策公开。按季度发布产业扶持资金的使用情况"
        "(区政府各部门、各街镇)。编写扶持政策问答并在政府网站发布"
        "(区甲委、区乙委、区政府各相关部门、各街镇)。公开园区招商项目的进度,"
        "每月更新一次(区丙办)。\n"
        "(二)做好民生项目公开。在试点地区(甲镇、乙镇)开展公开试点。按月公开民生项目"
        "进展(区甲委、区丁办)。\n"
    )
    assert tasks[0].units == [
        "区政府各部门",
        "各街镇",
        "区甲委",
        "区乙委",
        "区政府各相关部门",
        "区丙办",
    ]
    assert tasks[1].units == ["区甲委", "区丁办"]


def test_a_copy_ending_on_a_section_heading_its_items_cut_off() -> None:
    tasks = parse_tasks(
        "戊区2025年政务公开工作要点\n一、完善制度,规范公开流程\n"
        "1.编制公开事项清单。(责任单位:区甲委、区乙局,完成时限:全年)\n"
        "2.更新公开事项指南。(责任单位:区府办、各街镇,完成时限:全年)\n"
        "二、改进服务,推动公开事项向基层延伸、向网上迁"
    )
    assert [t.path for t in tasks] == [["一", "1"], ["一", "2"]]


def test_a_list_numbered_afresh_under_an_unnumbered_sub_heading() -> None:
    # a report's lists, each under a heading of its own without a number: 1、 after 3、 opens
    # the next list, not a paragraph of item 3
    tasks = parse_tasks(
        "甲县文明创建督查通报\n已整改的问题点\n"
        "1、甲广场(责任单位:县甲局):上次检查发现的问题已经整改。\n"
        "2、乙市场(责任单位:县乙局):上次检查发现的问题已经整改。\n"
        "本月抽查情况\n好的做法\n"
        "1、丙小区(责任单位:丙社区):社区组织志愿者开展环境整治。\n"
    )
    assert [t.path for t in tasks] == [["1"], ["2"], ["1"]]
    assert [t.units for t in tasks] == [["县甲局"], ["县乙局"], ["丙社区"]]
