"""A copy whose body lost its line breaks (its paragraphs joined by a blank on one line), the
items' numbers set apart from their text by a blank (（一）　健全…)."""

from __future__ import annotations

from gongkai.plans.parsing import parse_blocks
from gongkai.plans.parsing.model import Block


def _parse(text: str):
    return parse_blocks([Block("para", line) for line in text.split("\n")])


def _rows(text: str) -> list[tuple[str, list[str], str]]:
    return [("/".join(t.path), t.units, t.deadline) for t in _parse(text).tasks]


BODY = [
    "为做好全县河湖管护工作，根据上级有关要求，结合本县实际，制定本方案。",
    "一、加强组织领导",
    "（一）　健全河湖管护工作机制。建立联席会议制度，定期研究解决重点难点问题，"
    "确保各项工作有序推进。"
    "（责任单位：县水利局、县生态环境分局，完成时限：2024年6月底前）",
    "（二）　完善河湖管护考核办法。将管护成效纳入年度考核，考核结果及时通报。"
    "（县委组织部负责落实）",
    "二、强化工作保障",
    "（一）　落实河湖管护经费保障。统筹安排专项资金，规范资金使用管理，提高资金使用效益。"
    "（责任单位：县财政局）",
    "（二）　加强河湖管护队伍建设。配齐配强巡河保洁人员，开展业务培训不少于两次。"
    "（责任单位：各乡镇人民政府，完成时限：2024年12月底前）",
]


def test_run_on_body_with_numbers_set_apart_from_their_text() -> None:
    text = "某县2024年河湖管护工作方案\n" + " ".join(BODY)
    assert _rows(text) == [
        ("一/（一）", ["县水利局", "县生态环境分局"], "2024年6月底前"),
        ("一/（二）", ["县委组织部"], ""),
        ("二/（一）", ["县财政局"], ""),
        ("二/（二）", ["各乡镇人民政府"], "2024年12月底前"),
    ]


def test_short_run_on_body_of_articles_in_order() -> None:
    # shorter than a page: its articles in order, each after a blank (the third after the
    # second's statement)
    text = "某县2024年农村供水保障工作方案\n" + " ".join(
        [
            "第一条 健全农村供水管护机制。（责任单位：县水利局）",
            "第二条加强水质检测。定期公开检测结果。责任单位：县卫生健康局、县疾控中心",
            "第三条 推进供水设施改造。县发展改革局会同县财政局负责落实。",
        ]
    )
    assert _rows(text) == [
        ("第一条", ["县水利局"], ""),
        ("第二条", ["县卫生健康局", "县疾控中心"], ""),
        ("第三条", ["县发展改革局", "县财政局"], ""),
    ]


def test_run_on_statement_line_ends_where_prose_goes_on_after_a_blank() -> None:
    # 完成时限：年底前 推进… / 责任单位：县甲局 加快…: the statement's line ended at the blank;
    # a list of names set apart by blanks stays one list
    body = [
        "为做好全县农村道路管护工作，根据上级有关要求，结合本县实际，制定本方案。",
        "一、完善管护机制",
        "（一）建立农村道路分级管护制度，明确各级管护责任，确保管护工作落到实处。",
        "责任单位：县交通运输局 县财政局",
        "完成时限：2024年6月底前",
        "推进农村道路管护信息平台建设，实现路况信息实时更新。",
        "责任单位：县数据局",
        "（二）加强农村道路日常养护，及时修复破损路段，保障群众出行安全。",
        "责任单位：各乡镇人民政府",
        "完成时限：长期坚持",
        "二、强化要素保障",
        "（一）统筹安排农村道路管护资金，将管护经费纳入年度预算，规范资金使用管理。",
        "责任单位：县财政局",
        "完成时限：2024年12月底前",
        "（二）配齐配强农村道路管护人员，开展养护技能培训，提升管护队伍专业水平。",
        "责任单位：县人力资源社会保障局",
        "各部门要高度重视，认真抓好落实，确保各项任务按期完成。",
    ]
    text = "某县2024年农村道路管护工作方案\n" + " ".join(body)
    assert _rows(text) == [
        ("一/（一）", ["县交通运输局", "县财政局"], "2024年6月底前"),
        ("一/（一）/¶1", ["县数据局"], ""),
        ("一/（二）", ["各乡镇人民政府"], "长期坚持"),
        ("二/（一）", ["县财政局"], "2024年12月底前"),
        ("二/（二）", ["县人力资源社会保障局"], ""),
    ]


def test_run_on_statement_labels_one_after_another_before_the_next_items() -> None:
    body = [
        "为做好全县老旧小区改造工作，根据上级有关要求，结合本县实际，制定本方案。",
        "一、完善改造机制",
        "（一）　健全改造项目库",
        "1.　摸清改造底数",
        "(1)　开展老旧小区基础信息普查。建立改造项目清单，做到应改尽改。",
        "牵头单位：县住建局",
        "配合单位：县财政局",
        "完成时限：持续推进",
        "2.　优化改造方案",
        "(1)　编制年度改造计划。广泛征求居民意见，提高群众满意度。（责任单位：各街道办事处）",
        "(2)　完善改造技术导则。（牵头单位：县住建局；责任单位：县自然资源局）",
        "二、强化要素保障",
        "（一）　落实改造资金。统筹安排专项资金，规范资金使用管理。（责任单位：县财政局）",
    ]
    text = "某县2024年老旧小区改造工作方案\n" + " ".join(body)
    assert _rows(text) == [
        ("一/（一）/1/（1）", ["县住建局", "县财政局"], "持续推进"),
        ("一/（一）/2/（1）", ["各街道办事处"], ""),
        ("一/（一）/2/（2）", ["县住建局", "县自然资源局"], ""),
        ("二/（一）", ["县财政局"], ""),
    ]


def test_run_on_footer_of_a_web_page_is_no_statement() -> None:
    text = "\n".join(
        [
            "某县2024年政务公开工作方案",
            "为做好政务公开工作，结合本县实际，制定本方案。 一、加强组织领导 （一）健全工作机制。"
            "（责任单位：县政府办） （二）完善考核办法。（责任单位：县委组织部） （三）加强培训。"
            "定期组织业务培训。 责任单位：县司法局 各单位要高度重视，确保各项任务按期完成。 "
            "主办单位：某县人民政府 技术支持：某网络科技有限公司 地址：某县人民路1号",
        ]
    )
    assert _rows(text) == [
        ("一/（一）", ["县政府办"], ""),
        ("一/（二）", ["县委组织部"], ""),
        ("一/（三）", ["县司法局"], ""),
    ]


def test_bulleted_notes_run_on_one_line_are_no_paragraphs_in_order() -> None:
    # a site's numbered notes behind bullets (- 1、…。- 2、…) run on one line: not the plan's
    text = "\n".join(
        [
            "某县科技局2024年重点工作任务分解",
            "- 1、文档仅供预览，下载前请核对内容。- 2、如有疑问请联系客服处理。"
            "- 3、本站不提供编辑服务。",
            "1.加快科技孵化基地建设，培育科技型企业。",
            "牵头单位：县科技局",
            "2.推进科技成果转化，完善转化服务体系。",
            "牵头单位：县科技局、县财政局",
        ]
    )
    assert _rows(text) == [
        ("1", ["县科技局"], ""),
        ("2", ["县科技局", "县财政局"], ""),
    ]
