"""An item's parts numbered below it and closed by a numbered sub-item that only names its units
(（四）责任单位及承办科室：… / 2.责任单位：…); labels naming the units before their duties; page
fields above a plan (made-up text, invented names)."""

from __future__ import annotations

from .helpers import parse_text

RULES = """某县关于落实农机购置补贴措施的实施细则
为落实农机购置补贴政策，特制定如下实施细则。
一、简化补贴申领程序
（一）适用范围：本县购置农机具的农户和合作社。
（二）办理流程：
1. 申请。农户向所在乡镇提交补贴申请表。
2. 审核。乡镇在3个工作日内完成初审并报县里。
（三）办理时限：5个工作日。
（四）责任单位及承办科室：县农业农村局，县农机推广站。
二、加快补贴资金发放
（一）足额拨付资金。县里在收到公示名单后及时拨付补贴资金。
（二）公开发放结果。发放结果在村务公开栏公示。
（三）责任单位：县财政局、县农业农村局。
三、完善配套服务
（一）维修网点建设：
1. 每个乡镇设立一个农机维修网点。
2. 责任单位及承办单位：县农机推广站、县农机协会
（二）培训服务：
1. 每年组织两次农机手培训。
2. 责任单位：县农广校。
本细则自发布之日起施行。"""


def test_a_numbered_sub_item_of_units_is_the_statement_of_the_item_above() -> None:
    plan = parse_text(RULES)
    tasks = [("/".join(t.path), t.units, t.deadline) for t in plan.tasks]
    assert tasks == [
        ("一", ["县农业农村局", "县农机推广站"], "5个工作日"),
        ("二", ["县财政局", "县农业农村局"], ""),
        ("三/（一）", ["县农机推广站", "县农机协会"], ""),
        ("三/（二）", ["县农广校"], ""),
    ]
    assert [t.title for t in plan.tasks] == [
        "简化补贴申领程序",
        "加快补贴资金发放",
        "维修网点建设",
        "培训服务",
    ]


def test_numbered_sub_items_with_statements_of_their_own_stay_tasks() -> None:
    # the parts carry statements: each is a task, the last sub-item one of them
    plan = parse_text(
        "某县工作要点\n一、加强统筹\n（一）建立联席会议制度。（责任单位：县甲局）\n"
        "（二）开展专项督查。（责任单位：县乙局）\n（三）责任单位：县丙局、县丁局。"
    )
    assert [t.path for t in plan.tasks] == [["一", "（一）"], ["一", "（二）"], ["一", "（三）"]]
    assert plan.tasks[2].units == ["县丙局", "县丁局"]


def test_a_label_names_the_units_before_their_duties() -> None:
    plan = parse_text(
        "某县审批提速细则\n"
        "一、加快施工许可办理\n"
        "（一）精简申报材料。分阶段申办施工许可证。\n"
        "（二）责任单位及承办科室：县住建局，县政务服务中心综合窗口收件、受理、发证；"
        "县住建局审批股牵头承办，县质监站、县安监站协办。\n"
        "二、支持缓缴配套费\n"
        "（一）适用范围：城区的开发项目。\n"
        "（二）责任单位及承办科室：县自然资源局，县自然资源局审批股受理申请、出具意见书；"
        "规划股承办审查。\n"
        "三、简化价格备案\n"
        "（一）备案范围：城区新建商品住房。\n"
        "（二）责任单位及承办科室（单位）：县房管中心、县发改委 在县政务服务中心设立专门窗口受理、"
        "初审；县发改委价格股、县房管中心市场股具体承办。"
    )
    assert [(t.path, t.units, t.lead) for t in plan.tasks] == [
        (
            ["一"],
            ["县住建局", "县政务服务中心综合窗口", "县住建局审批股", "县质监站", "县安监站"],
            ["县住建局审批股"],
        ),
        (["二"], ["县自然资源局", "县自然资源局审批股", "规划股"], []),
        (["三"], ["县房管中心", "县发改委", "县发改委价格股", "县房管中心市场股"], []),
    ]


def test_a_place_over_kinds_of_body_and_levels_over_a_trade_office_are_one_name() -> None:
    plan = parse_text(
        "某县工作要点\n一、推进燃气安全整治。开展隐患排查。"
        "（责任单位：县住建局，各乡镇、园区燃气管理部门，县城区公办幼儿园、公办小学）\n"
        "二、规范交通秩序。开展专项整治。（责任单位：县公安局、公安交警大队）"
    )
    assert [t.units for t in plan.tasks] == [
        ["县住建局", "各乡镇、园区燃气管理部门", "县城区公办幼儿园、公办小学"],
        ["县公安局", "公安交警大队"],
    ]


PAGE = """关于印发某市促进住房消费若干措施的通知
城市:某市
颁发时间:2023-06-01
发文字号:某政办发〔2023〕8号
发文机构:某市人民政府办公室
实施日期:2023-06-01
效力级别:地方规范性文件
某市促进住房消费若干措施
为促进住房消费，制定如下措施。
一、降低购房首付比例
首套住房商业贷款最低首付比例为20%。（责任部门：市住建局、市金融办）
二、放宽公积金贷款条件
连续缴存6个月即可申请公积金贷款。（责任部门：市公积金中心）"""


def test_a_policy_pages_fields_are_no_statements() -> None:
    # 实施日期: the date the document takes effect, no task's time limit
    plan = parse_text(PAGE)
    tasks = [("/".join(t.path), t.units, t.deadline) for t in plan.tasks]
    assert tasks == [
        ("一/¶1", ["市住建局", "市金融办"], ""),
        ("二/¶1", ["市公积金中心"], ""),
    ]
