"""Copies of a page cut off in their last item, on made-up text (invented names)."""

from __future__ import annotations

from .helpers import parse_tasks


def test_a_paragraph_cut_before_its_statement_under_a_lone_heading_is_no_task() -> None:
    # headings alone on their lines over one paragraph closed by its statement (¶1, NOTES §1);
    # the copy stops inside the last heading's paragraph, before its statement: no task, as
    # what it holds is not in the copy (a heading alone at a copy's end gives none either)
    tasks = parse_tasks(
        "青岚县2031年政务公开工作要点\n"
        "一、规范用权信息公开\n"
        "(一)建设信息公开平台\n"
        "参照市政府网站建设平台，年底前主动公开内容全部到位。(牵头单位:县甲中心;责任单位:县政府各部门)\n"
        "(二)更新权责清单\n"
        "及时公开最新版权责清单。(牵头单位:县乙办;责任单位:县政府各部门)\n"
        "(三)编制标准目录\n"
        "年底前编制完成县乡试点领域标准目录,积"
    )
    assert [("/".join(t.path), t.units) for t in tasks] == [
        ("一/（一）/¶1", ["县甲中心", "县政府各部门"]),
        ("一/（二）/¶1", ["县乙办", "县政府各部门"]),
    ]
