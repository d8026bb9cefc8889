"""Normalise stage: cleanup, pinyin noise, page numbers, run-on and wrapped lines."""

from __future__ import annotations

from gongkai.plans.parsing.normalise import clean_line, normalise_lines, remove_pinyin
from gongkai.plans.parsing.runon_text import split_runon
from gongkai.plans.parsing.wrapping import rejoin_wrapped


def test_clean_line_drops_bookmarks_and_blanks() -> None:
    assert clean_line("\u3000 [bookmark: _GoBack]一、总体\u00a0要求 ") == "一、总体 要求"


def test_pinyin_noise_is_removed_but_acronyms_stay() -> None:
    lines = ["政務(wù)公開(kāi)工作要點(diǎn)", "推動(dòng)政府和社會(huì)資本合作(PPP)項目"]
    assert remove_pinyin(lines) == ["政務公開工作要點", "推動政府和社會資本合作(PPP)項目"]


def test_pinyin_rule_needs_a_noisy_document() -> None:
    assert remove_pinyin(["说明(a)"]) == ["说明(a)"]


def test_page_number_lines_are_dropped() -> None:
    assert normalise_lines(["正文", "— 2 —", "- 3 -", "第4页 共9页", "续文"]) == ["正文", "续文"]


def test_runon_line_is_split_at_paragraph_breaks() -> None:
    body = "内容内容，内容内容。" * 30
    line = (
        f"某县2021年工作要点 {body} 一、总体要求 "
        f"（一）做好公开。{body}（县政府办牵头） （二）做好解读。"
    )
    parts = split_runon([line])
    assert parts[0] == "某县2021年工作要点"
    assert "一、总体要求" in parts
    assert parts[-1] == "（二）做好解读。"
    assert any(p.startswith("（一）做好公开。") and p.endswith("（县政府办牵头）") for p in parts)


def test_short_lines_are_not_split() -> None:
    assert split_runon(["（一）做好公开, 继续 （二）"]) == ["（一）做好公开, 继续 （二）"]


def test_hard_wrapped_text_is_rejoined() -> None:
    wrapped = ["一、总体要求"] + ["甲" * 20] * 12 + ["乙乙。", "（一）做好公开。"]
    out = rejoin_wrapped(wrapped)
    assert out[0] == "一、总体要求"
    assert out[1] == "甲" * 240 + "乙乙。"
    assert out[2] == "（一）做好公开。"
