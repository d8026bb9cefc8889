"""The checks of 国办秘函〔2019〕19号 on one crawl: broken links, columns not updated, empty and
missing columns, the veto items, and the score. Plain functions on plain data; the services store
what they find, the command prints it."""

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from .crawler import Crawl, Page
from .dates import latest_date
from .states import CLASS_WORDS, DEFAULT_THRESHOLD_DAYS, ColumnKind, VetoItem

#: Words of a link to a working online enquiry or suggestion channel (MON-VETO-1 互动回应差;
#: 专门的网上信访、纪检举报 channels do not count).
CHANNEL_WORDS = ("留言", "咨询", "信箱", "建议")
NOT_CHANNEL_WORDS = ("信访", "纪检", "举报")


@dataclass
class ColumnSpec:
    url: str
    title: str
    kind: str
    window: int | None


@dataclass
class RequiredSpec:
    name: str
    words: list[str]


@dataclass
class VetoSpec:
    item: str
    limit: int | None
    window_days: int | None


@dataclass
class ItemSpec:
    """A deduction item: ``points`` at most, ``per_finding`` for each problem of ``kind``; a
    bonus item (``bonus``): its ``points`` as entered on the index page."""

    name: str
    points: Decimal | None
    per_finding: Decimal | None
    kind: str
    bonus: bool = False


#: MON-SCORE-1: the bonus part is worth 30 points at most; scored from 80 points by default.
BONUS_MAX = Decimal(30)
BONUS_FROM = Decimal(80)


@dataclass
class AccountSpec:
    """A 政务新媒体 account as the checks read it (MON-NEWMEDIA-1)."""

    name: str
    latest: date | None
    window: int | None  # the account's own window; None: the index's
    interaction_ok: bool = True


@dataclass
class Report:
    broken_links: list[dict] = field(default_factory=list)
    stale_columns: list[dict] = field(default_factory=list)
    empty_columns: list[dict] = field(default_factory=list)
    missing_columns: list[dict] = field(default_factory=list)
    unanswered_messages: list[dict] = field(default_factory=list)
    veto: list[dict] = field(default_factory=list)
    newmedia: list[dict] = field(default_factory=list)
    columns: list[dict] = field(default_factory=list)
    deductions: list[dict] = field(default_factory=list)
    bonus: list[dict] = field(default_factory=list)
    score: Decimal = Decimal(0)
    passed: bool = False
    unreachable: bool = False

    def as_json(self) -> dict:
        """The command's JSON: every address absolute, a column named by its list page."""
        return {
            "broken_links": self.broken_links,
            "stale_columns": [
                {
                    **{k: v for k, v in c.items() if k != "kind"},
                    "latest": c["latest"].isoformat() if c["latest"] else None,
                }
                for c in self.stale_columns
            ],
            "empty_columns": self.empty_columns,
            "missing_columns": self.missing_columns,
            "veto": self.veto,
            "score": float(self.score) if self.score % 1 else int(self.score),
        }


def _status(page: Page) -> int | str:
    return int(page.status) if page.status.isdigit() else page.status


def broken_links(crawl: Crawl) -> list[dict]:
    """Every link that did not open, with the first page it was found on (MON-SCORE-2
    链接可用性)."""
    found: list[dict] = []
    done: set[str] = set()
    home = crawl.home
    if home is not None and not home.ok:
        found.append({"url": home.url, "found_on": None, "status": _status(home)})
        done.add(home.url)
    for link in crawl.links():
        page = crawl.pages.get(link.url)
        if page is None or page.ok or link.url in done:
            continue
        done.add(link.url)
        found.append({"url": link.url, "found_on": link.found_on, "status": _status(page)})
    return found


def classify(title: str) -> str | None:
    """The column class a column's name tells (MON-CLASS-1); None when it tells none."""
    for kind, words in CLASS_WORDS.items():
        if any(word in title for word in words):
            return kind
    return None


def discover_columns(crawl: Crawl) -> list[ColumnSpec]:
    """The columns a site not yet configured shows: links of the home page (and of the pages one
    link away) whose text names a column class."""
    found: dict[str, ColumnSpec] = {}
    for page in crawl.pages.values():
        if page.depth > 1:
            continue
        for link in page.links:
            text = link.text.strip()
            if not text or len(text) > 12 or link.url in found:
                continue
            kind = classify(text)
            if kind is None or kind == ColumnKind.INTERACTION:
                continue
            target = crawl.pages.get(link.url)
            if target is not None and target.html:
                found[link.url] = ColumnSpec(
                    url=link.url, title=text, kind=kind, window=DEFAULT_THRESHOLD_DAYS.get(kind)
                )
    return list(found.values())


def _items_on(page: Page, crawl: Crawl) -> int:
    """How many links a list page carries that the home page does not (its entries)."""
    home = crawl.home
    shared = {link.url for link in home.links} if home is not None else set()
    shared.add(crawl.base_url)
    return len({link.url for link in page.links if link.url not in shared and link.url != page.url})


def column_findings(
    crawl: Crawl, columns: list[ColumnSpec], *, today: date
) -> tuple[list[dict], list[dict], list[dict]]:
    """Each column's latest date; the columns not updated within their window and the empty
    ones (MON-VETO-1 栏目不更新; MON-CLASS-1: a post without a date counts as not updated)."""
    seen, stale, empty = [], [], []
    for column in columns:
        page = crawl.pages.get(column.url)
        if page is None or not page.html:
            continue  # not fetched (budget, robots) or broken: reported as a link if broken
        latest = latest_date(page.text, today=today)
        seen.append({"url": column.url, "title": column.title, "latest": latest})
        if latest is None and _items_on(page, crawl) == 0:
            empty.append({"url": column.url, "title": column.title})
            continue
        if column.window is None:
            continue
        if latest is None or latest < today - timedelta(days=column.window):
            stale.append(
                {
                    "url": column.url,
                    "title": column.title,
                    "latest": latest,
                    "threshold_days": column.window,
                    "kind": column.kind,
                }
            )
    return seen, stale, empty


def missing_columns(crawl: Crawl, required: list[RequiredSpec]) -> list[dict]:
    """The required 政府信息公开 columns no working link leads to (《条例》第二十条)."""
    missing = []
    links = crawl.links()
    for spec in required:
        if not any(
            any(word in link.text for word in spec.words)
            and (crawl.pages.get(link.url) is None or crawl.pages[link.url].ok)
            for link in links
        ):
            missing.append({"title": spec.name, "words": spec.words})
    return missing


def has_channel(crawl: Crawl) -> bool:
    return any(
        any(w in link.text for w in CHANNEL_WORDS)
        and not any(w in link.text for w in NOT_CHANNEL_WORDS)
        for link in crawl.links()
    )


def home_latest(crawl: Crawl, *, today: date) -> date | None:
    """The latest date on the home page; when it is only navigation, on the pages one link away
    (MON-VETO-1 首页不更新)."""
    home = crawl.home
    if home is None or not home.html:
        return None
    latest = latest_date(home.text, today=today)
    if latest is not None:
        return latest
    dates = [
        d
        for page in crawl.pages.values()
        if page.depth == 1 and page.html
        for d in [latest_date(page.text, today=today)]
        if d is not None
    ]
    return max(dates) if dates else None


#: The classes counted by 栏目不更新's first branch (MON-VETO-1; MON-CLASS-1).
DYNAMIC_NOTICE = (ColumnKind.DYNAMIC, ColumnKind.NOTICE_POLICY)


def _column_vetoes(report: Report, by_item: dict[str, VetoSpec]) -> list[dict]:
    """栏目不更新 (MON-VETO-1, 国办秘函〔2019〕19号), each branch with its own limit: 动态要闻
    columns not updated in 2 weeks plus 通知公告/政策文件 columns not updated in 6 months, ≥ 5
    in total; ≥ 10 columns with an update window (their class's, or their own) not updated
    within it; ≥ 5 empty columns."""
    found = []
    stale = report.stale_columns
    branches = [
        (VetoItem.COLUMNS_STALE, [c for c in stale if c.get("kind") in DYNAMIC_NOTICE], "stale"),
        (VetoItem.COLUMNS_LONG_STALE, stale, "stale"),
        (VetoItem.COLUMNS_EMPTY, report.empty_columns, "empty"),
    ]
    for item, columns, key in branches:
        rule = by_item.get(item)
        if rule and rule.limit and len(columns) >= rule.limit:
            found.append({"item": item.value, key: len(columns), "limit": rule.limit,
                          "columns": [c["title"] for c in columns]})  # fmt: skip
    return found


def vetoes(
    report: Report,
    crawl: Crawl,
    rules: list[VetoSpec],
    *,
    today: date,
    visits: int = 1,
    failed_visits: int | None = None,
) -> list[dict]:
    """The veto items the findings reach (MON-VETO-1), each with what reached it."""
    found = []
    by_item = {rule.item: rule for rule in rules}
    home = crawl.home
    if failed_visits is None:
        failed_visits = 0 if home is not None and home.ok else 1
    rule = by_item.get(VetoItem.UNREACHABLE)
    if rule and visits and failed_visits * 100 >= (rule.limit or 0) * visits and failed_visits:
        found.append(
            {"item": VetoItem.UNREACHABLE.value, "visits": visits, "failed": failed_visits}
        )
    if home is None or not home.ok:
        return found  # nothing else can be judged of a site that does not open
    rule = by_item.get(VetoItem.HOME_STALE)
    if rule and rule.window_days:
        latest = home_latest(crawl, today=today)
        if latest is None or latest < today - timedelta(days=rule.window_days):
            found.append(
                {
                    "item": VetoItem.HOME_STALE.value,
                    "url": home.url,
                    "latest": latest.isoformat() if latest else None,
                    "threshold_days": rule.window_days,
                }
            )
    found += _column_vetoes(report, by_item)
    rule = by_item.get(VetoItem.POOR_INTERACTION)
    if rule:
        if not has_channel(crawl):
            found.append({"item": VetoItem.POOR_INTERACTION.value, "channel": False})
        elif report.unanswered_messages:
            found.append(
                {
                    "item": VetoItem.POOR_INTERACTION.value,
                    "channel": True,
                    "unanswered": len(report.unanswered_messages),
                }
            )
    return found


def newmedia_findings(
    accounts: list[AccountSpec], rules: list[VetoSpec], *, today: date
) -> list[dict]:
    """The new-media accounts that reach a veto item of their own (MON-NEWMEDIA-1, 国办秘函
    〔2019〕19号): no post in the window before the check (default 2 weeks; an account with no
    post date entered counts as not updated, as MON-CLASS-1 counts an undated post), or no
    working interaction function. Each such account fails; the website checked with it keeps
    its own verdict."""
    by_item = {rule.item: rule for rule in rules}
    found = []
    stale = by_item.get(VetoItem.NEWMEDIA_STALE)
    for account in accounts:
        window = account.window or (stale.window_days if stale else None)
        overdue = account.latest is None or (
            window is not None and account.latest < today - timedelta(days=window)
        )
        if stale and window and overdue:
            found.append(
                {
                    "item": VetoItem.NEWMEDIA_STALE.value,
                    "title": account.name,
                    "latest": account.latest,
                    "threshold_days": window,
                }
            )
        if VetoItem.NEWMEDIA_INTERACTION in by_item and not account.interaction_ok:
            found.append({"item": VetoItem.NEWMEDIA_INTERACTION.value, "title": account.name})
    return found


_COUNTS = {
    "broken_link": "broken_links",
    "stale_column": "stale_columns",
    "empty_column": "empty_columns",
    "missing_column": "missing_columns",
    "unanswered_messages": "unanswered_messages",
}


def score(
    report: Report,
    items: list[ItemSpec],
    *,
    no_external_service: bool = False,
    portal: bool = False,
    bonus_from: Decimal = BONUS_FROM,
) -> None:
    """Score the report (MON-SCORE-1, 国办秘函〔2019〕19号): any veto fails it with nothing else
    scored; otherwise part 2, 100 less the deductions (one item never beyond its points), out of
    75 then × 4/3 for departments with no service to the public; below 60 fails; a portal site
    at ``bonus_from`` or above also scores part 3, its bonus items, 30 points at most; final =
    part 2 + part 3. Items without points deduct or add nothing (MON-SCORE-2)."""
    if report.veto:
        report.score, report.passed = Decimal(0), False
        return
    total = Decimal(75 if no_external_service else 100)
    for item in items:
        if item.bonus:
            continue
        attr = _COUNTS.get(item.kind)
        if attr is None and item.kind == "unreachable":
            count = 1 if report.unreachable else 0
        else:
            count = len(getattr(report, attr)) if attr else 0
        if not count or item.points is None:
            continue
        cut = (
            item.points if item.per_finding is None else min(item.points, item.per_finding * count)
        )
        report.deductions.append({"item": item.name, "count": count, "points": cut})
        total -= cut
    total = max(total, Decimal(0))
    if no_external_service:
        total = (total * 4 / 3).quantize(Decimal("0.1"))
    report.passed = total >= 60
    if portal and total >= bonus_from:
        room = BONUS_MAX
        for item in items:
            if not item.bonus or not item.points or room <= 0:
                continue
            add = min(item.points, room)
            report.bonus.append({"item": item.name, "points": add})
            room -= add
        total += BONUS_MAX - room
    report.score = total


def run_checks(
    crawl: Crawl,
    *,
    columns: list[ColumnSpec] | None,
    required: list[RequiredSpec],
    rules: list[VetoSpec],
    items: list[ItemSpec],
    today: date,
    unanswered: list[dict] | None = None,
    visits: int = 1,
    failed_visits: int | None = None,
    no_external_service: bool = False,
    portal: bool = False,
    bonus_from: Decimal = BONUS_FROM,
    accounts: list[AccountSpec] | None = None,
) -> Report:
    """Every check on one crawl, and on the new-media accounts of the site's organisation.
    ``columns`` None: find the columns on the site."""
    report = Report()
    home = crawl.home
    report.unreachable = home is None or not home.ok
    report.broken_links = broken_links(crawl)
    if not report.unreachable:
        specs = discover_columns(crawl) if columns is None else columns
        report.columns, report.stale_columns, report.empty_columns = column_findings(
            crawl, specs, today=today
        )
        report.missing_columns = missing_columns(crawl, required)
    report.unanswered_messages = unanswered or []
    report.veto = vetoes(
        report, crawl, rules, today=today, visits=visits, failed_visits=failed_visits
    )
    score(
        report,
        items,
        no_external_service=no_external_service,
        portal=portal,
        bonus_from=bonus_from,
    )
    report.newmedia = newmedia_findings(accounts or [], rules, today=today)
    return report
