"""An office's own lines and mailboxes among the contacts of notices and news."""

from __future__ import annotations

from gongkai.publishing.privacy import scan_text


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in scan_text(text) if f.kind != "name"]


def test_a_landline_on_one_line_with_the_person_to_ask_for_is_the_office_s() -> None:
    text = "0550-8022883，联系人：李龙\n"
    assert kinds(text) == [("public_contact", "0550-8022883")]
    assert [f.text for f in scan_text(text) if f.kind == "name"] == ["李龙"]


def test_a_named_contact_s_mobile_stays_personal() -> None:
    text = "联系人:张蓓儿\n联系电话:13615202533\n"
    assert kinds(text) == [("phone", "13615202533")]


def test_numbers_in_a_sentence_sending_readers_to_an_office() -> None:
    text = "请将选票送至市委宣传部宣传科(市政府大楼1107室),联系电话:87633635,15052376543。"
    assert ("public_contact", "15052376543") in kinds(text)
    assert not [kind for kind, _ in kinds(text) if kind == "phone"]
    text = "如有疑问请联系秘书处肖老师,联系电话:13612386795(微信同号)。"
    assert kinds(text) == [("public_contact", "13612386795")]
    text = "如有异议请与县民政局联系。电话：0551-62345678"
    assert kinds(text) == [("public_contact", "0551-62345678")]
    # A family's number after a sentence naming no office is theirs.
    text = "有知情者请与刘女士联系。\n\n联系电话:15035772999 15534763141\n"
    assert kinds(text) == [("phone", "15035772999"), ("phone", "15534763141")]


def test_padded_labels_and_entry_mailboxes_are_public() -> None:
    assert kinds("投稿邮 箱 ：tg2016@163.com") == [("public_contact", "tg2016@163.com")]
    assert kinds("投稿邮箱:1657155627@qq.com") == [("public_contact", "1657155627@qq.com")]


def test_a_contact_line_under_a_line_of_public_contacts_is_the_same_office_s() -> None:
    text = "监督电话：0571-87654321\n电子邮箱：jdb@hz-example.cn\n"
    assert kinds(text) == [
        ("public_contact", "0571-87654321"),
        ("public_contact", "jdb@hz-example.cn"),
    ]
    text = "联系电话：13800138000\n电子邮箱：zhangsan@163.com\n"
    assert kinds(text) == [("phone", "13800138000"), ("email", "zhangsan@163.com")]


def test_an_address_running_into_the_next_label_ends_before_it() -> None:
    text = "住址：江西省进贤县凰岭乡官圳村219号身份证号：360124197301150016"
    assert ("address", "江西省进贤县凰岭乡官圳村219号") in kinds(text)


def test_a_bare_phone_label_under_an_agency_is_the_agency_s() -> None:
    assert kinds("县残疾人联合会\n电话：0791-88888888") == [("public_contact", "0791-88888888")]
    # Under a sentence about a person the number stays theirs.
    assert kinds("低保户张三，住某某村委会。\n电话：13812345678") == [("phone", "13812345678")]


def test_a_label_naming_the_office_by_its_kind() -> None:
    text = "派出所电话：0571-63123456 办公室电话：0571-63123457"
    assert kinds(text) == [
        ("public_contact", "0571-63123456"),
        ("public_contact", "0571-63123457"),
    ]
    assert kinds("城关派出所联系电话：\n0571-63123456") == [("public_contact", "0571-63123456")]
    assert kinds("县政务服务中心咨询电话：13812345678") == [("public_contact", "13812345678")]
    # A family's or a person's own label names no office.
    assert kinds("家长电话：13812345678") == [("phone", "13812345678")]
    assert kinds("住所电话：0571-63123456") == [("phone", "0571-63123456")]


def test_a_number_after_a_sentence_telling_readers_to_raise_a_matter_with_an_office() -> None:
    text = (
        "对公示结果有异议的，可向县民政局反映。\n电话：（010）66123456    电子邮箱：  mzj@163.com"
    )
    assert kinds(text) == [
        ("public_contact", "（010）66123456"),
        ("public_contact", "mzj@163.com"),
    ]
    # Reporting to the police is not raising a matter with an office: the family's number.
    assert kinds("家属已向派出所报案。电话：13812345678") == [("phone", "13812345678")]


def test_a_committee_s_mailbox_under_its_line_whatever_its_label() -> None:
    text = "监督电话：0571-63123456\n互联网邮箱：jdb@126.com"
    assert kinds(text) == [("public_contact", "0571-63123456"), ("public_contact", "jdb@126.com")]
    # Under a person's line it stays personal.
    text = "联系人：张三丰\n手机：13812345678\n电子邮箱：zsf@126.com"
    assert kinds(text) == [("phone", "13812345678"), ("email", "zsf@126.com")]


def test_a_mailbox_readers_are_asked_to_send_to() -> None:
    text = "如果您身边就有,欢迎发邮箱到:diyishuji@thepaper.cn。"
    assert kinds(text) == [("public_contact", "diyishuji@thepaper.cn")]


def test_an_association_s_line_of_its_own_in_news_about_it() -> None:
    text = (
        "县书法协会日前成立，现有会员120人。欢迎广大书法爱好者加入。\n"
        "联系电话：13912345678（微信同号）"
    )
    assert kinds(text) == [("public_contact", "13912345678")]
    # A missing member's family line stays personal.
    text = "张三是县书法协会会员，今年75岁，于3日走失。\n联系电话：13912345678"
    assert kinds(text) == [("phone", "13912345678")]


def test_a_mailbox_on_a_government_domain_is_the_agency_s() -> None:
    # An annual report's or a consultation's mailbox for questions is not an applicant's.
    text = "如对本报告有疑问，请发送邮件至bgs@example.gov.cn。"
    assert kinds(text) == [("public_contact", "bgs@example.gov.cn")]
    text = "公众可通过电子邮件（fgwxxgk@city.example.gov.cn）提出意见。"
    assert kinds(text) == [("public_contact", "fgwxxgk@city.example.gov.cn")]
    # After a label announcing a person it stays personal, as does a look-alike domain.
    assert kinds("举报人邮箱：lisi@example.gov.cn") == [("email", "lisi@example.gov.cn")]
    assert kinds("邮箱：abc@gov.cn.example.com") == [("email", "abc@gov.cn.example.com")]
    assert kinds("邮箱：wxm1988@163.com") == [("email", "wxm1988@163.com")]
    # A name spelled in pinyin is a person's mailbox, whatever the domain.
    text = "联系邮箱：zhangwei@example.gov.cn"
    assert kinds(text) == [("email", "zhangwei@example.gov.cn")]
