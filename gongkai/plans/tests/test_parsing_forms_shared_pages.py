"""A document-sharing site's copy whose first page holds only the notice (its sections start
on the second page), and whose first section is glued to the colon closing the notice
(…安排如下:一、加强…): the first page's 1、 is the site's, the section starts a paragraph."""

from __future__ import annotations

from .helpers import parse_text

PAGE_1 = (
    "1、某县2023年防汛工作要点的通知 各乡镇人民政府,县直各部门:"
    "现将某县2023年防汛工作要点印发给你们,请认真贯彻落实。某县防汛抗旱指挥部2023年4月1日某县2023年防汛工作要点2023年,全县防汛工作"
    "要坚持人民至上、生命至上,全面落实防汛责任,扎实做好各项准"
)
PAGE_2 = (
    "2、备工作,确保安全度汛。现就全县2023年防汛重点工作安排如下:一、压实防汛责任体系落实防汛行政"
    "首长负责制,逐级明确责任人。(县水利局负责)开展汛前安全检查,建立隐患整改台账。(县应急局牵头,"
    "各乡镇人民政府配合)二、加强监测预警完善雨水情监测站网布局,提升预警发布时"
)
PAGE_3 = "3、效。(县气象局负责)三、强化"
SITE = (
    "某县2023年防汛工作要点.docx\n"
    "《某县2023年防汛工作要点.docx》由会员分享,可在线阅读,更多相关文档请搜索。"
)


def test_first_page_of_notice_alone_and_section_glued_to_colon() -> None:
    plan = parse_text("\n".join([SITE, PAGE_1, PAGE_2, PAGE_3]))
    got = [("/".join(t.path), t.units) for t in plan.tasks]
    assert got[:2] == [
        ("一", ["县水利局", "县应急局", "各乡镇人民政府"]),
        ("二", ["县气象局"]),
    ]
