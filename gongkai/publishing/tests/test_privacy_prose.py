"""Private persons named in the prose of news and notices (privacy/prose.py), the person
nouns and list openers that introduce them, and people annotated in lists."""

from __future__ import annotations

from gongkai.publishing.privacy import scan_text


def names(text: str) -> list[str]:
    return [f.text for f in scan_text(text) if f.kind == "name"]


def test_the_person_a_title_is_conferred_on() -> None:
    assert names("授予董建华“‘一国两制’杰出贡献者”国家荣誉称号。") == ["董建华"]
    assert names("追授王振龙同志“中央企业劳动模范”荣誉称号。") == ["王振龙"]
    assert names("授予热地(藏族)“民族团结杰出贡献者”国家荣誉称号。") == ["热地"]
    assert names("授予该村“省级文明村”称号。") == []


def test_a_person_introduced_by_age_birth_or_name() -> None:
    assert names("1998年出生的潘奕行依旧是一身清凉夏装。") == ["潘奕行"]
    assert names("新冠肺炎疫情暴发后，21岁的栗智玮加入了5支志愿服务团队。") == ["栗智玮"]
    assert names("老人名叫李素兰，身高1.5米，已80岁高龄。") == ["李素兰"]
    assert names("3岁的孩子在家里玩耍。") == []


def test_a_name_followed_by_a_private_profession() -> None:
    assert names("罗文谦律师\n律所：某律师事务所") == ["罗文谦"]
    assert names("西区的李传良律师立即来到王波律师的房间。") == ["李传良", "王波"]
    assert names("曲主任、苗律师、张律师有着很高的法律素养。") == []
    assert names("北京志霖律师事务所的年轻律师勇于发表观点。") == []


def test_a_paragraph_opened_by_a_person_and_what_they_do() -> None:
    text = "吴金锁，万和门厂老板，他将30000元现金送到万和政府负责人手中。"
    assert names(text) == ["吴金锁"]
    assert names("总之，各单位要认真组织老人体检。") == []


def test_prize_lists_giving_each_name_with_its_school() -> None:
    text = (
        "获奖名单如下:\n"
        "一等奖3名:李睿(江苏泰兴市襟江小学)余南希(四川南充市江东实验小学)"
        "王天也(东北师范大学第二附属小学)\n"
    )
    assert names(text) == ["李睿", "余南希", "王天也"]
    assert names("会议在北京(海淀)与上海(浦东)两地召开。") == []


def test_people_named_with_their_family_or_by_who_they_are() -> None:
    assert names("王有德和妻子杨学霞一起坐上了前往北京的飞机。") == ["王有德", "杨学霞"]
    text = "雷达专家王小谟、原护边员巴依卡·凯力迪别克等10人为国家荣誉称号建议人选。"
    assert names(text) == ["王小谟", "巴依卡·凯力迪别克"]
    assert names("经济学家张卓元是此次国家荣誉称号的建议人选。") == ["张卓元"]
    # A surname and a title name no one; a time word does not open a name.
    assert names("记者联系到发现男孩的热心网友倪先生。") == []
    assert names("孩子周末发烧只能去大医院。") == []


def test_a_full_name_heading_a_counted_group() -> None:
    assert names("确定童朝晖等1500人为全国抗击新冠肺炎疫情先进个人。") == ["童朝晖"]
    assert names("有关人员等10人参加了培训。") == []


def test_lists_opened_inside_a_run_of_characters() -> None:
    found = names("失主分别为高继继、周春生、赵唯、乔振林。")
    assert found == ["高继继", "周春生", "赵唯", "乔振林"]
    text = "根据主席令，授予于敏、申纪兰（女）、孙家栋“共和国勋章”。"
    assert names(text) == ["于敏", "申纪兰", "孙家栋"]
    text = "授予劳尔·卡斯特罗·鲁斯（古巴）、玛哈扎克里·诗琳通（女，泰国）“友谊勋章”。"
    assert names(text) == ["劳尔·卡斯特罗·鲁斯", "玛哈扎克里·诗琳通"]


def test_names_annotated_with_sex_or_nationality_in_a_list() -> None:
    text = "授予王文教、都贵玛（女，蒙古族）、高德荣（独龙族）“人民楷模”国家荣誉称号。"
    found = names(text)
    assert "都贵玛" in found and "高德荣" in found


def test_supervisors_named_in_prize_lists() -> None:
    assert names("但梦琳(指导老师:曾莉、王海燕)") == ["曾莉", "王海燕"]


def test_an_address_after_its_label_ends_before_the_person() -> None:
    found = [(f.kind, f.text) for f in scan_text("家住宋陈村东坞组的优抚对象陈金昌爷爷说")]
    assert ("address", "宋陈村东坞组") in found and ("name", "陈金昌") in found


def test_a_person_introduced_by_generation() -> None:
    assert names("95后王哲因为是村里唯一的大学生，被推选为志愿者。") == ["王哲"]
    assert names("95后大学生回到乡村。") == []


def test_a_line_of_names_with_padded_and_dotted_names() -> None:
    text = "国家荣誉称号建议人选：\n王小谟 巴依卡·凯力迪别克 田 华 许振超\n"
    assert names(text) == ["王小谟", "巴依卡·凯力迪别克", "田 华", "许振超"]


def test_a_status_in_the_name_column_is_no_name() -> None:
    from gongkai.publishing.privacy.names import classify_cell

    assert classify_cell("拟录用") == 0.0 and classify_cell("未通过") == 0.0
    assert classify_cell("张伟") > 0


def test_a_full_name_after_a_job() -> None:
    assert names("工程管理处报账员李长财榜上有名。") == ["李长财"]
    assert names("书记员王五宣读了判决。") == []


def test_an_office_after_the_birth_year_names_an_official() -> None:
    assert names("1984年出生的干部洪永旺，扎根基层十余年。") == []
    assert names("1988年出生的驻村第一书记王鹤来了。") == []
    assert names("1998年出生的潘奕行是一名志愿者。") == ["潘奕行"]


def test_a_person_the_text_shows_taking_up_an_office_is_an_official() -> None:
    text = (
        "人物档案\n姓名:陈伟男\n出生年月:1994年7月\n"
        "大学毕业的陈伟男,因为表现突出,被市财政局选派至和平村担任第一书记。"
    )
    assert names(text) == []
    # 现任… is how nominee lists describe people: they stay personal.
    text = "推荐人选名单：\n张建国，男，1965年出生，现任某村党支部书记。"
    assert "张建国" in names(text)


def test_the_addressee_and_parties_of_a_notice_served_by_publication() -> None:
    text = (
        "邹少阳（身份证号码：512222196711171614）：本行政机关于2018年6月20日对你做出行政处罚决定。"
    )
    assert names(text) == ["邹少阳"]
    text = (
        "苗伟：本院受理原告张育升诉你民间借贷纠纷一案，因你下落不明，现依法向你公告送达起诉书副本。"
    )
    assert names(text) == ["苗伟", "张育升"]
    # A company served so is no person.
    assert names("吉林省安华通讯科技发展有限公司：本院受理原告诉你侵害商标权纠纷一案。") == []


def test_a_suspect_named_in_a_reward_notice() -> None:
    text = "犯罪嫌疑人杨日初，男，英德市东华镇人，身份证号码：441822197412176130。"
    assert names(text) == ["杨日初"]
