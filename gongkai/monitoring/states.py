"""Monitoring as data: column classes, finding kinds, check-run statuses and their moves."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ColumnKind(models.TextChoices):
    """Column classes (MON-CLASS-1, 国办秘函〔2019〕19号)."""

    DYNAMIC = "dynamic", _("News and work updates")
    NOTICE_POLICY = "notice_policy", _("Notices and policy documents")
    INTERACTION = "interaction", _("Interaction")
    DISCLOSURE = "disclosure", _("Government information disclosure")


#: Days a column may go without a new post, per class (MON-VETO-1 栏目不更新: 动态要闻 2 weeks,
#: 通知公告/政策文件 6 months). ``None``: the class has no window (MON-CLASS-1 default).
DEFAULT_THRESHOLD_DAYS: dict[str, int | None] = {
    ColumnKind.DYNAMIC: 14,
    ColumnKind.NOTICE_POLICY: 183,
    ColumnKind.INTERACTION: None,
    ColumnKind.DISCLOSURE: None,
}

#: Words in a column's name that tell its class, for columns found on a site not yet configured
#: (MON-CLASS-1: 本地要闻, 部门动态, 区县动态, 工作进展; 通知公告, 公示公告, 政策文件).
CLASS_WORDS: dict[str, tuple[str, ...]] = {
    ColumnKind.DYNAMIC: ("要闻", "动态", "工作进展", "新闻"),
    ColumnKind.NOTICE_POLICY: (
        "通知公告",
        "公示公告",
        "公告公示",
        "政策文件",
        "规范性文件",
        "政策法规",
    ),
    ColumnKind.INTERACTION: ("留言", "咨询", "信箱", "互动"),
}


class FindingKind(models.TextChoices):
    BROKEN_LINK = "broken_link", _("Broken link")
    STALE_COLUMN = "stale_column", _("Column not updated")
    EMPTY_COLUMN = "empty_column", _("Empty column")
    MISSING_COLUMN = "missing_column", _("Required column missing")
    UNREACHABLE = "unreachable", _("Site unreachable")
    UNANSWERED_MESSAGES = "unanswered_messages", _("Messages unanswered")
    VETO = "veto", _("Veto item")
    NEWMEDIA_STALE = "newmedia_stale", _("New-media account not updated")
    NEWMEDIA_INTERACTION = "newmedia_interaction", _("New-media account without interaction")


class VetoItem(models.TextChoices):
    """Website veto items (MON-VETO-1); the manual ones are entered by the checker."""

    SAFETY = "safety", _("Security, secrecy or other serious incident")
    UNREACHABLE = "unreachable", _("Site cannot be reached")
    HOME_STALE = "home_stale", _("Home page not updated")
    COLUMNS_STALE = "columns_stale", _("Columns not updated")
    # MON-VETO-1 栏目不更新, its other two branches, each with its own limit.
    COLUMNS_LONG_STALE = "columns_long_stale", _("Columns not updated for long")
    COLUMNS_EMPTY = "columns_empty", _("Empty columns")
    POOR_INTERACTION = "poor_interaction", _("Poor interaction and response")
    SERVICE = "service", _("Services not usable")
    # MON-NEWMEDIA-1: an account's own veto items (it fails, not the website checked with it).
    NEWMEDIA_STALE = "newmedia_stale", _("New-media account not updated")
    NEWMEDIA_INTERACTION = "newmedia_interaction", _("New-media account: poor interaction")


class Platform(models.TextChoices):
    """Platforms of 政务新媒体 accounts (MON-NEWMEDIA-1)."""

    WECHAT = "wechat", _("WeChat official account")
    WEIBO = "weibo", _("Weibo")
    DOUYIN = "douyin", _("Douyin")
    CHANNELS = "channels", _("WeChat Channels")
    TOUTIAO = "toutiao", _("Toutiao")
    KUAISHOU = "kuaishou", _("Kuaishou")
    OTHER = "other", _("Other platform")


class RunStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Check under way")
    DONE = "done", _("Finished")
    FAILED = "failed", _("Failed")


#: Every allowed move of a check run; a finished or failed run is final.
RUN_TRANSITIONS: dict[str, set[str]] = {
    RunStatus.QUEUED: {RunStatus.RUNNING, RunStatus.FAILED},
    RunStatus.RUNNING: {RunStatus.DONE, RunStatus.FAILED},
    RunStatus.DONE: set(),
    RunStatus.FAILED: set(),
}
