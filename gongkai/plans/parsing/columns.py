"""Column roles: what a table's header cells name (序号, 工作任务, 责任单位, 完成时限 …), read from
each cell's words and from the header row as a whole."""

from __future__ import annotations

import re

from .fold import fold

# Header words → column role. Checked in order; the first match wins.
_ROLES: list[tuple[str, re.Pattern[str]]] = [
    # (指标序号, 任务编号: the number of the row's indicator or task)
    ("number", re.compile(r"^(?:(?:指标|任务|事项|项目)?(?:序号|编号)|序|项次|序列)$")),
    # a person, not a unit (责任领导, 分管领导, 牵头负责领导, 责任人), unless the header names the
    # unit too (责任单位及责任人)
    ("ignore", re.compile(r"^(?!.*(?:单位|部门|处室|科室)).*(?:领导|责任人|联系人|负责人)")),
    # a column reporting how the work stands (目前实施情况, 当前进度) is neither deadline nor unit
    # (完成进度, 工作进度, 落实情况说明: how far the work has come, not when it is due)
    (
        "ignore",
        re.compile(
            r"情况$|^(?:当前|目前|实际)进度|^计量单位$"
            r"|^(?:完成|工作|推进|落实|实施|整改|项目|办理|执行)进度$"
            r"|^(?!.*(?:单位|部门|处室|科室))(?:完成|推进|落实|进展|实施|整改|办理|执行)情况"
        ),
    ),
    # a progress report's next steps (下步举措, 下一步工作打算): the report's, not the task's text
    ("ignore", re.compile(r"^下一?步")),
    # the date the work was done in a progress report (实际完成时间, 已完成时间): no time limit
    ("ignore", re.compile(r"^(?:实际|已经?)(?:完成|办结|开工|竣工|上线)?(?:时间|日期|时点)$")),
    # (完成日期, 截止日期, 完成年限, 完成时点: the date the work is due; 发布日期 names no limit)
    (
        "deadline",
        re.compile(r"时限|时间|期限|时序|进度|节点|完成时|(?:完成|截止|办结|计划)日期|年限|时点"),
    ),
    # 牵头、责任部门: one column for lead and responsible units alike (its cells say which lead)
    ("units", re.compile(r"牵头[、,，及和与/]")),
    ("lead", re.compile(r"牵头|主责|主办")),
    ("support", re.compile(r"配合|协办|协助|参与|协同|协作")),
    # the body that scores or assesses the task does not carry it out (评分部门, 考核单位)
    # (its cells are placed as unit cells, their names are no units)
    ("assessor", re.compile(r"^(?:评分|考核|评价|打分|测评|评估)(?:单位|部门|处室|科室)$")),
    # the steps of the work (实施步骤, 推进步骤: 按季度序时推进) are its text, not a body
    ("content", re.compile(r"步骤$")),
    # where the work is done (实施点位, 实施地点, 建设地点): places, not the bodies doing it
    ("ignore", re.compile(r"^(?!.*(?:单位|部门|处室|科室)).*(?:点位|地点|地址)$")),
    ("units", re.compile(r"责任|负责|实施|落实|承办|单位|部门|处室|科室|主体")),
    ("remarks", re.compile(r"^(?:备注|说明)$")),
    ("ignore", re.compile(r"备注|说明|分值|考核|评分|评价|领导|责任人|联系人|电话|完成情况|进展")),
    (
        "title",
        re.compile(
            r"^(?:重点任务|工作任务|主要任务|任务名称|重点工作|工作事项|任务事项|事项|"
            r"项目|项目名称|实事项目|民生实事|类别|分类|领域|任务|工作|重点领域|公开事项|工作名称|内容分类)$"
        ),
    ),
    ("content", re.compile(r"内容|措施|要求|任务|目标|举措|事项|工作|问题|分工")),
]


NOT_HEADER = re.compile(
    r"(?:方案|要点|计划|通知|意见|办法|[,，。:：;；])$|^\d|^[一二三四五六七八九十]+[、.]"
    r"|^\([一二三四五六七八九十]+\)"  # a group's number in brackets: （一）夯实工作基础
)


_LEVEL_POINTS = re.compile(r"^[一二三四五]级要点$")


def column_role(header: str) -> str | None:
    """The role of a column from its header text, or None when it is not a header word."""
    k = re.sub(r"\s+", "", fold(header))
    # a note in brackets does not name the column (责任单位（牵头单位列第一位）), nor does the year
    # (2023年重点工作任务)
    k = re.sub(r"\([^)]*\)$", "", k) or k
    k = re.sub(r"^\d{4}年度?(?=\D{1,8}$)", "", k)
    if _LEVEL_POINTS.match(k):
        return "content"  # 一级要点 / 二级要点: the plan's points level by level, no title
    if not k or len(k) > 12 or NOT_HEADER.search(k):
        return None
    for role, pattern in _ROLES:
        if pattern.search(k):
            return role
    return None


def header_roles(headers: list[str]) -> list[str | None]:
    """The roles of a header row's columns, each from its text and from the others."""
    roles = [column_role(h) for h in headers]
    mark_measure_column([re.sub(r"\s+", "", fold(h)) for h in headers], roles)
    return roles


_TIME_LIMIT_HEADER = re.compile(r"时限|期限|完成时间|时间节点")


def mark_measure_column(header_keys: list[str], roles: list[str | None]) -> None:
    """A column headed only 单位 beside another unit column (责任部门) gives the unit of measure
    of a target (万亩, %), not a body. A schedule column (分月序时进度, 时间进度) beside one of
    the time limit (完成时限) sets out stages, not the deadline."""
    timed = [j for j, r in enumerate(roles) if r == "deadline"]
    if len(timed) >= 2 and any(
        j < len(header_keys) and _TIME_LIMIT_HEADER.search(header_keys[j]) for j in timed
    ):
        for j in timed:
            if j < len(header_keys) and not _TIME_LIMIT_HEADER.search(header_keys[j]):
                roles[j] = "ignore"
    bodies = [j for j, r in enumerate(roles) if r in ("units", "lead", "support")]
    if len(bodies) < 2:
        return
    for j in bodies:
        if j < len(header_keys) and header_keys[j] == "单位":
            roles[j] = "ignore"


UNIT_ROLES = ("units", "lead", "support")
