"""Text broken at a fixed width whose paragraphs are set apart by blank lines: a sentence ending
at the full width goes on in its paragraph when no blank line follows it. Made-up text."""

from __future__ import annotations

from .helpers import parse_text

W = 30  # the width the copy broke its lines at
FILL = "对不能满足现行标准要求的既有设施设备实施更新改造，支持企业开展技术改造和设备升级，"


def _item(n: int, unit: str, *, sentence_at_the_width: bool) -> str:
    head = f"{n}.推进第{n}类设施改造。"
    body = (FILL * 3)[: W * 4 - len(head) - 1] + "。"  # four full lines, the fourth ending 。
    if not sentence_at_the_width:
        body = body[:-3] + "。"
    return head + body + f"单体项目支持资金原则上不超过1亿元。（{unit}牵头）"


def _wrapped(paragraph: str) -> list[str]:
    return [paragraph[k : k + W] for k in range(0, len(paragraph), W)]


def test_a_full_line_ending_a_sentence_goes_on_before_its_short_last_line() -> None:
    lines = ["一、重点任务", ""]
    for n, unit in enumerate(("县甲局", "县乙局", "县丙局", "县丁局"), start=1):
        item = _item(n, unit, sentence_at_the_width=n == 2)
        lines += [*_wrapped(item), ""]
    lines += ["二、保障措施", "", "各单位要加强组织领导，确保各项任务落实到位。", ""]
    second = _wrapped(_item(2, "县乙局", sentence_at_the_width=True))
    assert len(second[3]) == W and second[3].endswith("。") and len(second[4]) < W - 2
    plan = parse_text("\n".join(lines))
    assert [("/".join(t.path), t.units) for t in plan.tasks][:4] == [
        ("一/1", ["县甲局"]),
        ("一/2", ["县乙局"]),
        ("一/3", ["县丙局"]),
        ("一/4", ["县丁局"]),
    ]
