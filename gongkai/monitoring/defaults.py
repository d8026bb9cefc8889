"""The index's defaults as data: required disclosure columns, veto items, the item skeleton.

Loaded by migration 0002; ``load_defaults`` adds any that are missing (the demo, tests that
empty the database).
"""

# The 政府信息公开 columns every portal carries (《条例》第二十条、第五十条).
REQUIRED = [
    ("政府信息公开指南", "公开指南"),
    ("政府信息公开制度", "公开制度"),
    ("法定主动公开内容", "法定主动公开"),
    ("政府信息公开年报", "年度报告、公开年报、工作年报"),
]

# MON-VETO-1 defaults: (item, manual, limit, window_days).
VETO = [
    ("safety", True, None, None),
    ("unreachable", False, 5, 7),  # failures ≥ 5 % of the visits over a week
    ("home_stale", False, None, 14),  # nothing new on the home page for 2 weeks
    # 栏目不更新, three branches: ≥ 5 动态要闻 (2 weeks) and 通知公告/政策文件 (6 months) columns
    # not updated; ≥ 10 columns with an update window not updated within it; ≥ 5 empty columns.
    ("columns_stale", False, 5, None),
    ("columns_long_stale", False, 10, None),
    ("columns_empty", False, 5, None),
    ("poor_interaction", False, 3, 365),  # a message unanswered > 3 months within a year
    ("service", True, None, None),
    # MON-NEWMEDIA-1: an account with no post in the 2 weeks before the check; no working
    # interaction function.
    ("newmedia_stale", False, None, 14),
    ("newmedia_interaction", False, None, None),
]

# MON-SCORE-2: the item skeleton, points left empty to be entered from the 19号 annex.
ITEMS = [
    ("home-availability", "网站可用性", "首页可用性", "unreachable"),
    ("link-availability", "网站可用性", "链接可用性", "broken_link"),
    ("home-columns", "信息更新情况", "首页栏目", "stale_column"),
    ("basic-info", "信息更新情况", "基本信息", "empty_column"),
    ("consulting", "互动回应情况", "政务咨询类", "unanswered_messages"),
    ("surveys", "互动回应情况", "调查征集类", ""),
    ("interviews", "互动回应情况", "互动访谈类", ""),
    ("guides", "服务实用情况", "办事指南", ""),
    ("downloads", "服务实用情况", "附件下载", ""),
    ("online-systems", "服务实用情况", "在线系统", ""),
]


def load_defaults(apps=None) -> None:
    """Add the defaults that are missing (idempotent); ``apps``: a migration's registry."""
    if apps is None:
        from django.apps import apps
    RequiredColumn = apps.get_model("monitoring", "RequiredColumn")
    VetoRule = apps.get_model("monitoring", "VetoRule")
    ScoreItem = apps.get_model("monitoring", "ScoreItem")
    for position, (name, words) in enumerate(REQUIRED):
        RequiredColumn.objects.get_or_create(
            name=name, defaults={"words": words, "position": position}
        )
    for item, manual, limit, window in VETO:
        VetoRule.objects.get_or_create(
            item=item, defaults={"manual": manual, "limit": limit, "window_days": window}
        )
    for position, (code, group, name, kind) in enumerate(ITEMS):
        ScoreItem.objects.get_or_create(
            code=code,
            defaults={"group": group, "name": name, "finding_kind": kind, "position": position},
        )
