"""Pages kept in code repositories open with a front matter (---, title: …, ---): its title names
the plan where the page prints its heading in a region the reader drops. Every text is made up."""

from __future__ import annotations

from gongkai.plans.parsing import parse_document
from gongkai.plans.parsing.readers.front_matter import split_front_matter

BODY_HTML = (
    "<p>为推动某某发展，制定本措施。</p>"
    "<p>一、强化某某支撑。做好某某工作。（责任单位：市甲局）</p>"
    "<p>二、优化某某服务。做好某某工作。（责任单位：市乙局）</p>"
)


def _page(front: str, body: str) -> bytes:
    return (
        f"{front}<style>p {{ color: #333; }}</style>\n"
        '<article><header class="policy-header"><h1>某市某某若干措施（征求意见稿）</h1></header>'
        f"<div>{body}</div></article>"
    ).encode()


def test_a_page_s_front_matter_names_the_plan_whose_heading_sits_in_a_dropped_header() -> None:
    front = "---\nlayout: default\ntitle: 某市某某若干措施（征求意见稿）\n---\n\n"
    plan = parse_document(_page(front, BODY_HTML), "page.html")
    assert plan.title == "某市某某若干措施（征求意见稿）"
    # the page going on with a style block keeps its text: both items are read
    assert [(t.path, t.units) for t in plan.tasks] == [(["一"], ["市甲局"]), (["二"], ["市乙局"])]


def test_a_front_matter_naming_the_issuing_notice_leaves_the_plan_its_own_heading() -> None:
    front = "---\ntitle: 某市人民政府关于印发某市某某若干措施的通知\n---\n"
    body = (
        "<p>各区人民政府：</p><p>现将《某市某某若干措施》印发给你们，请认真贯彻落实。</p>"
        "<p>某市人民政府</p><p>2026年2月13日</p><p>某市某某若干措施</p>" + BODY_HTML
    )
    plan = parse_document(_page(front, body), "page.html")
    assert plan.title == "某市某某若干措施"
    assert len(plan.tasks) == 2


def test_a_markdown_file_s_front_matter_names_the_plan() -> None:
    text = (
        '---\ntitle: "某县2025年某某工作要点"\ndate: 2025-03-01\n---\n'
        "一、做好某某工作\n（一）推进某某公开。（责任单位：县甲局）\n"
    )
    plan = parse_document(text.encode(), "points.md")
    assert plan.title == "某县2025年某某工作要点"
    assert plan.tasks[0].units == ["县甲局"]


def test_lines_between_dashes_that_name_no_title_stay_the_document_s_text() -> None:
    text = "---\n一、做好某某工作\n---\n（一）推进某某公开。（责任单位：县甲局）\n"
    assert split_front_matter(text) == (None, text)
    text = "---\nlayout: default\n---\n一、做好某某工作\n"
    assert split_front_matter(text) == (None, text)
