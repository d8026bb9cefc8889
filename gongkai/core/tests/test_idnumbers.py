"""The check characters of ID numbers (GB 11643) and unified social credit codes (GB 32100)."""

import pytest

from gongkai.core.idnumbers import credit_check_char, credit_code_ok, id_check_char, id_checksum_ok

ID_A = "530102196503120020"
ID_X = "11010519491231002X"
CODE = "91350100M000100Y43"


def test_valid_id_numbers_pass_with_x_in_either_case() -> None:
    assert id_checksum_ok(ID_A)
    assert id_checksum_ok(ID_X) and id_checksum_ok(ID_X.lower())
    assert id_check_char(ID_X[:17]) == "X" and id_check_char(ID_A[:17]) == "0"


@pytest.mark.parametrize(
    "number",
    [
        "530102196503120021",  # wrong check digit
        "110105194912310020",  # 0 where X belongs
        "53010219650312002",  # 17 characters
        "5301021965031200200",  # 19 characters
        "530102650312002",  # the 15-digit form has no check character
        "53010219650312X020",  # X only as the last character
    ],
)
def test_id_numbers_with_a_wrong_check_or_length_fail(number: str) -> None:
    assert not id_checksum_ok(number)


def test_credit_codes() -> None:
    assert credit_code_ok(CODE) and credit_code_ok(CODE.lower())
    assert credit_check_char(CODE[:17]) == "3"
    assert not credit_code_ok("91350100M000100Y44")  # wrong check character
    assert not credit_code_ok(CODE[:17])  # too short
    assert not credit_code_ok("91350100I000100Y43")  # I is not one of the 31 characters
