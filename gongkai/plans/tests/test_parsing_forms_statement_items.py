"""An item's parts numbered below it and closed by a numbered sub-item that only names its units
(（四）责任单位及承办科室：… / 2.责任单位：…); labels naming the units before their duties; page
fields above a plan (made-up text, invented names)."""

from __future__ import annotations

from .helpers import parse_text

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
