"""A task table whose copy lost every break between cells, spaces too (a document-sharing
site's text): header words glued (序号工作内容目标任务责任单位备注), each row its number, its text
closed by 。, its unit cell (and time cell), then the next row's number."""

from __future__ import annotations

from .helpers import parse_text


def _rows(text: str) -> list[tuple[str, list[str], str]]:
    return [("/".join(t.path), t.units, t.deadline) for t in parse_text(text).tasks]


SITE = "某县河道保洁工作任务分工表.docx\n《某县河道保洁工作任务分工表.docx》由会员分享,可在线阅读。"


def test_glued_table_with_target_and_remarks_columns() -> None:
    text = SITE + (
        "\n1、某县河道保洁工作任务分工表序号工作内容目标任务责任单位备注"
        "1建立河道保洁长效机制,明确保洁责任。2023年3月底前,河道保洁覆盖率达95%以上。"
        "县水利局、县农业农村局,县妇联、县团委,各乡镇人民政府"
        "2开展河道垃圾集中清理行动。2023年6月底前,完成12条河道清理。县水利局,县生态环境分局"
        "3加强河道保洁宣传,引导群众爱护河道。全年开展宣传活动不少于4次。县委宣传部、县融媒体中心"
        "4推进"
    )
    plan = parse_text(text)
    assert _rows(text) == [
        ("1", ["县水利局", "县农业农村局", "县妇联", "县团委", "各乡镇人民政府"], ""),
        ("2", ["县水利局", "县生态环境分局"], ""),
        ("3", ["县委宣传部", "县融媒体中心"], ""),
        ("4", [], ""),
    ]
    assert plan.title == "某县河道保洁工作任务分工表"


def test_glued_table_with_a_time_column_after_the_units() -> None:
    text = (
        "某区2024年营商环境重点任务分工\n序号重点任务责任单位完成时限"
        "1优化企业开办流程,压缩办理时间。区市场监管局、区政务服务中心2024年6月底前"
        "2推进工程建设项目审批提速。区住建局、区自然资源分局2024年9月底前"
        "3健全政企沟通机制。区工商联、区发改局持续推进"
    )
    assert _rows(text) == [
        ("1", ["区市场监管局", "区政务服务中心"], "2024年6月底前"),
        ("2", ["区住建局", "区自然资源分局"], "2024年9月底前"),
        ("3", ["区工商联", "区发改局"], "持续推进"),
    ]


def test_glued_table_whose_unit_cell_holds_its_verb_before_a_time_word() -> None:
    text = (
        "某镇2023年人居环境整治任务清单序号任务名称目标内容主要责任单位完成期限"
        "1村庄清洁开展村庄清洁行动,每月组织集中清理不少于1次。各村委会、镇农业办等按职责分工负责全年"
        "2厕所改造完成农村户厕改造200户。镇农业办、镇财政所年底前"
    )
    assert _rows(text) == [
        ("1", ["各村委会", "镇农业办"], "全年"),
        ("2", ["镇农业办", "镇财政所"], "年底前"),
    ]
