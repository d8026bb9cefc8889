"""Unit tests of the number, phone, card and e-mail detectors, masks and overlaps."""

from __future__ import annotations

import pytest

from gongkai.publishing.privacy import Finding, PrivacyError, mask_text, scan_text
from gongkai.publishing.privacy.validators import luhn_ok

ID_A = "530102196503120020"
ID_X = "11010519491231002X"
CARD_19 = "6222021234567890128"
CARD_16 = "4367420012345673"


def kinds(text: str) -> list[tuple[str, str, str]]:
    return [(f.kind, f.text, f.masked) for f in scan_text(text)]


def test_luhn() -> None:
    assert luhn_ok(CARD_19) and luhn_ok(CARD_16) and not luhn_ok("6222021234567890129")


def test_id_numbers_with_checksum_and_x() -> None:
    text = f"身份证号：{ID_A}；户主身份证{ID_X}，配偶{ID_X.lower()}。"
    assert kinds(text) == [
        ("id_number", ID_A, "530102********0020"),
        ("id_number", ID_X, "110105********002X"),
        ("id_number", ID_X.lower(), "110105********002x"),
    ]


def test_old_15_digit_id_needs_valid_birth_date() -> None:
    old = "530102650312002"
    assert kinds(f"旧身份证号{old}") == [("id_number", old, "530102*****2002")]
    assert kinds("编号530102651312002") == []  # month 13


def test_wrong_checksum_is_low_confidence_suspect_and_bad_structure_is_nothing() -> None:
    [suspect] = scan_text("身份证号530102196503120021")
    assert (suspect.kind, suspect.confidence, suspect.masked) == (
        "id_number_suspect",
        0.5,
        "530102********0021",
    )
    assert scan_text("编号530102196513120020、991234196503120020、530102180001010020") == []


def test_mobile_formats() -> None:
    text = "手机13812345678，138-1234-5678，138 1234 5678，+86 139 1234 5678，(+86)13712345678"
    assert [m for _, _, m in kinds(text)] == [
        "138****5678",
        "138-****-5678",
        "138 **** 5678",
        "+86 139 **** 5678",
        "(+86)137****5678",
    ]
    assert all(f.subkind == "mobile" for f in scan_text(text))


def test_full_width_digits() -> None:
    wide = "１３８１２３４５６７８"
    assert kinds(f"电话：{wide}") == [("phone", wide, "１３８****５６７８")]


def test_landline_formats() -> None:
    text = "电话0871-63123456、(0871)6312345转8001、（010）87654321、021 62345678、02062345678-123"
    assert [m for _, _, m in kinds(text)] == [
        "0871-****3456",
        "(0871)****345转8001",
        "（010）****4321",
        "021 ****5678",
        "020****5678-123",
    ]
    assert {f.subkind for f in scan_text(text)} == {"landline"}


def test_bank_cards() -> None:
    text = f"卡号{CARD_19}，卡号6222 0212 3456 7890 128，信用卡{CARD_16}，错号6222021234567890129"
    assert kinds(text) == [
        ("bank_card", CARD_19, "622202*********0128"),
        ("bank_card", "6222 0212 3456 7890 128", "6222 02** **** ***0 128"),
        ("bank_card", CARD_16, "436742******5673"),
    ]


def test_email() -> None:
    assert kinds("请发送至 zhangsan.li@example.gov.cn。") == [
        ("email", "zhangsan.li@example.gov.cn", "z***@example.gov.cn")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "国办函〔2020〕109号",
        "云政办发〔2023〕13812345号",
        "索引号：000014349/2018-00222",
        "索引号：11530000015166660X/2020-01234",
        "发布日期：2023-05-12，成文日期20230512",
        "共发放资金13812345678.00元，累计13,812,345,678元，13812345678元",
        "全县共有低保对象13856人，同比增长13.8%",
        "统一社会信用代码：91530100MA6K3XU61P",
        "统一社会信用代码：915301007096312648",
        "订单号：DD20230115000123456789，交易流水号2023011512345678901234",
        "编号10012345678、11012345678、12345678901",
        "服务热线12345、400-123-4567，邮编650031",
        "订单6222021234567890128001",
    ],
)
def test_distractors_are_not_reported(text: str) -> None:
    assert scan_text(text) == []


def test_overlaps_id_wins_and_digits_inside_longer_runs_are_not_phones() -> None:
    found = scan_text(f"{ID_A} 13812345678@163.com 013812345678901")
    assert [(f.kind, f.text) for f in found] == [
        ("id_number", ID_A),
        ("email", "13812345678@163.com"),
    ]


def test_mask_text_applies_any_subset() -> None:
    text = f"张三，身份证{ID_A}，手机13812345678。"
    found = scan_text(f"申请人：{text}")
    shifted = [Finding(f.kind, f.text, f.start - 4, f.end - 4, f.masked) for f in found]
    name, id_number, phone = shifted
    assert mask_text(text, shifted) == "张*，身份证530102********0020，手机138****5678。"
    assert mask_text(text, [phone]) == f"张三，身份证{ID_A}，手机138****5678。"
    assert mask_text(text, [id_number, name]) == "张*，身份证530102********0020，手机13812345678。"
    assert mask_text(text, []) == text


def test_mask_text_rejects_stale_findings() -> None:
    finding = Finding("phone", "13812345678", 0, 11, "138****5678")
    with pytest.raises(PrivacyError, match="不一致"):
        mask_text("电话13812345678", [finding])


def test_finding_round_trip() -> None:
    [finding] = scan_text("手机13812345678")
    data = finding.to_dict()
    assert data == {
        "kind": "phone",
        "text": "13812345678",
        "start": 2,
        "end": 13,
        "masked": "138****5678",
        "confidence": 1.0,
        "subkind": "mobile",
    }
    assert Finding.from_dict(data) == finding
    assert finding.label == "电话号码"


def test_ids_with_their_last_digits_starred_still_show_the_birth_date() -> None:
    found = scan_text("被处罚人姓名：陈某 身份证号：32068319821024****")
    assert [(f.kind, f.text) for f in found if f.kind != "name"] == [
        ("id_number", "32068319821024****")
    ]
    # starred in the middle: already de-identified as published
    assert [f for f in scan_text("身份证号：3501**********1234") if f.kind == "id_number"] == []


def test_lines_named_for_an_office_are_public() -> None:
    text = "书记接待日:王金岭 党委书记 0557-2875907\n书記信箱:2709302278@qq.com\n"
    assert [(f.kind, f.text) for f in scan_text(text) if f.kind != "name"] == [
        ("public_contact", "0557-2875907"),
        ("public_contact", "2709302278@qq.com"),
    ]
