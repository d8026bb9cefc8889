"""The bracket scan that several readers share (``brackets.py``)."""

from gongkai.plans.parsing.brackets import left_open, outside_brackets


def _outside(text: str, opens: str = "(（", closes: str = ")）") -> str:
    return "".join(ch for _, ch in outside_brackets(text, opens, closes))


def test_nested_brackets_are_inside_until_the_outer_one_closes():
    assert _outside("甲(乙(丙)丁)戊") == "甲戊"
    assert [i for i, _ in outside_brackets("甲(乙(丙)丁)戊")] == [0, 8]


def test_a_closer_with_none_open_closes_nothing():
    assert _outside("甲)乙(丙)丁") == "甲乙丁"
    assert _outside("甲))乙") == "甲乙"


def test_an_opener_never_closed_hides_the_rest():
    assert _outside("甲(乙,丙") == "甲"


def test_only_the_brackets_named_count():
    assert _outside("甲〔乙〕丙(丁)") == "甲〔乙〕丙"
    assert _outside("甲〔乙〕丙(丁)", "〔", "〕") == "甲丙(丁)"


def test_left_open():
    assert left_open("甲(乙(丙)")
    assert not left_open("甲(乙)丙")
    assert not left_open("甲)乙")  # the stray closer opened nothing
    assert not left_open("")
