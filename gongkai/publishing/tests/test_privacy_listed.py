"""Names in the layouts real published lists take: tables copied one cell per line, people
described by their sex, names repeated, lines of names, counted lists, honours items."""

from __future__ import annotations

from gongkai.publishing.privacy import scan_text


def names(text: str) -> list[str]:
    return [f.text for f in scan_text(text) if f.kind == "name"]


def kinds(text: str) -> dict[str, str]:
    return {f.text: f.kind for f in scan_text(text)}


def test_a_table_copied_one_cell_per_line_is_read_by_its_period() -> None:
    cells = ["序号", "姓名", "毕业学校", "录用情况"]
    cells += ["1", "周明远", "某某大学", "拟录用", "2", "林  芳", "某某学院", "拟录用"]
    cells += ["3", "何晓东", "某某大学", "替补"]
    text = "现将拟录用人员名单公示如下：\n\n" + "\n\n".join(cells) + "\n\n公示期为五个工作日。\n"
    assert names(text) == ["周明远", "林  芳", "何晓东"]


def test_a_person_described_by_sex_is_a_name_and_so_are_its_repetitions() -> None:
    text = (
        "推荐人选情况如下。\n赵海峰，男，汉族，1980年3月出生，某县农机站职工。\n"
        "赵海峰同志长期扎根基层，群众公认。\n"
    )
    assert names(text) == ["赵海峰", "赵海峰"]


def test_a_line_of_names_separated_by_spaces_is_a_list_without_keyword() -> None:
    text = "一、个人（按姓氏笔画为序）\n于海俊 马永顺 王书茂 孔祥瑞 文朝荣\n"
    assert names(text) == ["于海俊", "马永顺", "王书茂", "孔祥瑞", "文朝荣"]


def test_names_closed_by_a_count_of_people_in_prose() -> None:
    text = "大会上，学院王金诺、宋振宇、邹开荣等三位同志荣获纪念章。"
    assert names(text) == ["王金诺", "宋振宇", "邹开荣"]


def test_a_list_naming_officials_in_office_is_left_out() -> None:
    text = (
        "党委书记董建国、院长钱立新出席会议。董建国、钱立新、袁志平分别为获得表彰的集体和个人颁奖。"
    )
    assert names(text) == []


def test_the_person_ending_an_item_of_an_honours_list() -> None:
    text = "入选的2人分别是：好媳妇——某县某乡某村村民杜丽娟；好乡贤——某县企业董事长高志强。"
    assert names(text) == ["杜丽娟", "高志强"]


def test_lines_under_the_office_that_takes_objections_are_public() -> None:
    text = (
        "公示受理部门：人力资源处（东三104-5）\n\n联系电话：0571-88123456、0571-88123457\n\n"
        "电子邮箱：rsc@example.edu.cn\n"
    )
    found = kinds(text)
    assert found["0571-88123456"] == "public_contact"
    assert found["rsc@example.edu.cn"] == "public_contact"
    personal = "申请人：胡超芳\n联系电话：0571-88123456\n"
    assert kinds(personal)["0571-88123456"] == "phone"


def test_places_listed_in_prose_stay_places() -> None:
    assert names("在昆明、曲靖、玉溪、大理、红河等地开展补贴发放工作。") == []
