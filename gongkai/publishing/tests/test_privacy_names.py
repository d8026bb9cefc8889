"""Unit tests of personal-name detection and the name policy (lists yes, prose no)."""

from __future__ import annotations

from gongkai.publishing.privacy import scan_text
from gongkai.publishing.privacy.masking import mask_name


def names(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.masked) for f in scan_text(text) if f.kind == "name"]


def test_mask_name_rules() -> None:
    assert mask_name("张三") == "张*"
    assert mask_name("张晓明") == "张*明"
    assert mask_name("张王晓明") == "张**明"
    assert mask_name("欧阳明") == "欧阳*"
    assert mask_name("欧阳小明") == "欧阳**"
    assert mask_name("诸葛孔明") == "诸葛**"
    assert mask_name("阿卜杜·艾力") == "阿**·*力"
    assert mask_name("王  五") == "王  *"


def test_table_column_headed_by_name_words() -> None:
    text = (
        "序号\t户主姓名\t家庭人口\t保障金额（元）\n"
        "1\t欧阳小明\t3\t1260\n"
        "2\t李秀英（户主）\t1\t560\n"
        "3\t罗海\t2\t840\n"
        "合计\t\t6\t2660\n"
    )
    assert names(text) == [("欧阳小明", "欧阳**"), ("李秀英", "李*英"), ("罗海", "罗*")]


def test_csv_and_space_aligned_tables() -> None:
    csv = '序号,姓名,金额\n1,张伟,300\n2,"王芳",200\n'
    assert names(csv) == [("张伟", "张*"), ("王芳", "王*")]
    assert names("序号   领取人   金额\n1      刘建国   300\n") == [("刘建国", "刘*国")]


def test_form_layout_row() -> None:
    assert names("姓名\t赵六\t性别\t男\n身份证号\t-\t电话\t-") == [("赵六", "赵*")]


def test_labels_in_prose() -> None:
    assert names("申请人：张三，男，家庭成员：李四、王小花。") == [
        ("张三", "张*"),
        ("李四", "李*"),
        ("王小花", "王*花"),
    ]


def test_enumeration_near_list_keyword() -> None:
    text = (
        "经村民代表评议，以下农户拟纳入耕地地力保护补贴发放范围："
        "司马光明、刘建国；陈秀英（户主）、王五符合条件。"
    )
    assert names(text) == [
        ("司马光明", "司马**"),
        ("刘建国", "刘*国"),
        ("陈秀英", "陈*英"),
        ("王五", "王*"),
    ]


def test_one_name_per_line_below_a_heading() -> None:
    text = "2024年第一季度临时救助对象名单\n1. 张伟\n2. 李娜\n3. 欧阳春\n\n以上名单公示7天。"
    assert names(text) == [("张伟", "张*"), ("李娜", "李*"), ("欧阳春", "欧阳*")]


def test_officials_and_prose_are_not_names() -> None:
    text = (
        "张书记、李主任出席会议。王强同志指出，要做好低保工作。张三、李四参加会议。"
        "县委书记王建国、县长李明出席补贴发放仪式。"
        "在昆明、曲靖、玉溪、大理、红河等地开展补贴发放工作。"
        "县民政局、财政局、人社局联合发放补贴。低保、特困、临时救助等对象名单经张贴公示、入户调查后确定。"
    )
    assert names(text) == []


def test_enumeration_without_list_context_is_not_reported() -> None:
    assert names("出席会议的有张伟、李娜、王芳。") == []


def test_writers_naming_themselves_and_replies_greeting_them_are_found():
    from gongkai.publishing.privacy import scan_text

    def names(text):
        return [f.text for f in scan_text(text) if f.kind == "name"]

    assert names("我是张晓明，孩子周末发烧只能去大医院。") == ["张晓明"]
    assert names("本人李红梅，反映小区噪声问题。") == ["李红梅"]
    assert names("张晓明您好：周末均安排值班门诊。") == ["张晓明"]
    # Greetings without a name are not names.
    assert names("各位市民您好：") == [] and names("尊敬的领导您好：") == []


def test_numbered_items_opened_by_a_name() -> None:
    text = (
        "拟任职干部公示\n"
        "1.马存忠：男，1975年出生，现任县农业局副局长\n"
        "2. 王晓丽:女，汉族，拟任县妇联主席\n"
        "（三）欧阳明华，拟任乡长\n"
        "4.工作要求：公示期间接受监督\n"
    )
    assert [t for t, _ in names(text)] == ["马存忠", "王晓丽", "欧阳明华"]


def test_two_character_names_padded_to_three_in_prose() -> None:
    found = names("经评选，拟表彰田 华、王\u3000明、李建国等三名同志。")
    assert found == [("田 华", "田 *"), ("王\u3000明", "王\u3000*"), ("李建国", "李*国")]
    assert names("落款：年 月 日") == []


def test_traditional_characters_read_as_their_simplified_labels() -> None:
    found = scan_text("申請人：劉紹安，聯系電話：13905123456")
    assert [(f.kind, f.text, f.masked) for f in found] == [
        ("name", "劉紹安", "劉*安"),
        ("phone", "13905123456", "139****3456"),
    ]


def test_a_desk_named_by_surname_and_title_is_not_a_person() -> None:
    text = "采 购 人：某县农业农村局\n联系人：王老师\n联系电话：0887-8626537\n"
    found = scan_text(text)
    assert [f.kind for f in found] == ["public_contact"]
    assert names("联 系 人：张先生  吴先生  杨女士") == []


def test_people_named_by_their_lot_and_donors_listed_in_news() -> None:
    text = (
        "本村80岁的五保老人王春恒，困难户王殿才把积攒的300元捐献；远在外地的方金生、"
        "王清智、方春成等村民通过微信转来爱心。村民代表王春元，王安兴等纷纷发言。"
    )
    assert [t for t, _ in names(text)] == [
        "王春恒",
        "王殿才",
        "方金生",
        "王清智",
        "方春成",
        "王春元",
        "王安兴",
    ]


def test_a_pages_byline_is_its_author_acting_in_office() -> None:
    assert names("校区新设领导信箱\n作者:汪许中 发布时间:2025-09-22 浏览次数:101次\n") == []
    assert names("获奖作品：《春》 作者：李晓明\n") == [("李晓明", "李*明")]
