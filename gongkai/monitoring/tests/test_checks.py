"""The checks against websites served on loopback: every planted problem found, nothing on a
healthy site; the crawl budget and robots.txt respected."""

from datetime import date, timedelta
from decimal import Decimal

from gongkai.monitoring.checks import ItemSpec, RequiredSpec, VetoSpec, run_checks
from gongkai.monitoring.crawler import USER_AGENT, crawl

from .sites import HANG, NAV, LoopbackSite, dated_list, down_url, healthy_pages, page

TODAY = date.today()
REQUIRED = [
    RequiredSpec("政府信息公开指南", ["公开指南"]),
    RequiredSpec("政府信息公开制度", ["公开制度"]),
    RequiredSpec("法定主动公开内容", ["法定主动公开"]),
    RequiredSpec("政府信息公开年报", ["年度报告", "公开年报"]),
]
RULES = [
    VetoSpec("unreachable", 5, 7),
    VetoSpec("home_stale", None, 14),
    VetoSpec("columns_stale", 5, None),
    VetoSpec("poor_interaction", 3, 365),
]


def check(url, *, items=(), max_pages=100):
    result = crawl(url, max_pages=max_pages, max_depth=3, timeout=0.5)
    report = run_checks(
        result, columns=None, required=REQUIRED, rules=RULES, items=list(items), today=TODAY
    )
    return result, report


def test_healthy_site_reports_nothing():
    with LoopbackSite(healthy_pages(TODAY)) as site:
        result, report = check(site.url)
    out = report.as_json()
    assert out == {
        "broken_links": [],
        "stale_columns": [],
        "empty_columns": [],
        "missing_columns": [],
        "veto": [],
        "score": 100,
    }
    titles = {c["title"] for c in report.columns}
    assert titles == {"工作动态", "通知公告"}  # the columns were found and their dates read
    assert all(c["latest"] == TODAY - timedelta(days=1) for c in report.columns)
    assert report.passed
    assert {ua for _, ua in site.requests} == {USER_AGENT}
    assert all(p.elapsed_ms >= 0 and p.status == "200" for p in result.pages.values())


def test_dead_and_timing_out_links_are_broken_with_where_they_were_found():
    pages = healthy_pages(TODAY)
    pages["/news/"] = page(
        "工作动态",
        NAV
        + dated_list("/news/", [TODAY])
        + '<a href="/gone.html">旧文件</a><a href="/slow.html">慢页面</a>'
        + '<a href="http://127.0.0.1:1/x.html">外部链接</a>',
    )
    pages["/slow.html"] = HANG
    items = [ItemSpec("链接可用性", Decimal(10), Decimal(2), "broken_link")]
    with LoopbackSite(pages, hang_seconds=2) as site:
        result, report = check(site.url, items=items)
    broken = {b["url"]: b for b in report.broken_links}
    assert set(broken) == {
        site.url + "gone.html",
        site.url + "slow.html",
        "http://127.0.0.1:1/x.html",
    }
    assert broken[site.url + "gone.html"] == {
        "url": site.url + "gone.html",
        "found_on": site.url + "news/",
        "status": 404,
    }
    assert broken[site.url + "slow.html"]["status"] == "timeout"
    assert broken["http://127.0.0.1:1/x.html"]["status"] == "refused"
    assert report.stale_columns == report.empty_columns == report.missing_columns == []
    assert report.score == Decimal(94)  # 3 broken links × 2 points, within the item's 10


def test_stale_and_empty_columns_and_missing_required_columns():
    old = TODAY - timedelta(days=40)
    older = TODAY - timedelta(days=400)
    nav = (
        '<a href="/">首页</a><a href="/news/">部门动态</a><a href="/notices/">通知公告</a>'
        '<a href="/policy/">政策文件</a><a href="/progress/">工作进展</a>'
        '<a href="/guide/">政府信息公开指南</a><a href="/messages/">留言信箱</a>'
    )
    # The news column prints short dates under a year heading: [MM-DD] below “YYYY年”.
    short = "".join(f'<li><a href="/news/{n}.html">信息</a>[{old:%m-%d}]</li>' for n in range(2))
    pages = {
        "/": page("某局", nav + f"<p>{TODAY.isoformat()} 首页要闻</p>"),
        "/news/": page("部门动态", nav + f"<h3>{old.year}年</h3><ul>{short}</ul>"),
        "/notices/": page("通知公告", nav + dated_list("/notices/", [older], "zh")),
        "/policy/": page("政策文件", nav + "<p>暂无信息</p>"),
        "/progress/": page("工作进展", nav + dated_list("/progress/", [TODAY])),
        "/guide/": page("指南", nav),
        "/messages/": page("留言", nav),
    }
    for n in range(2):
        pages[f"/news/{n}.html"] = page("信息", nav)
    pages["/notices/0.html"] = page("信息", nav)
    pages["/progress/0.html"] = page("信息", nav)
    with LoopbackSite(pages) as site:
        _, report = check(site.url)
    out = report.as_json()
    assert out["stale_columns"] == [
        {
            "url": site.url + "news/",
            "title": "部门动态",
            "latest": old.isoformat(),
            "threshold_days": 14,
        },
        {
            "url": site.url + "notices/",
            "title": "通知公告",
            "latest": older.isoformat(),
            "threshold_days": 183,
        },
    ]
    assert out["empty_columns"] == [{"url": site.url + "policy/", "title": "政策文件"}]
    assert [m["title"] for m in out["missing_columns"]] == [
        "政府信息公开制度",
        "法定主动公开内容",
        "政府信息公开年报",
    ]
    assert out["broken_links"] == [] and out["veto"] == []


def test_five_stale_columns_veto_the_site():
    nav = "".join(f'<a href="/c{n}/">部门动态{n}</a>' for n in range(5)) + '<a href="/m/">留言</a>'
    old = TODAY - timedelta(days=30)
    pages = {"/": page("某局", nav + f"<p>{TODAY}</p>"), "/m/": page("留言", nav)}
    for n in range(5):
        pages[f"/c{n}/"] = page("动态", nav + dated_list(f"/c{n}/", [old]))
        pages[f"/c{n}/0.html"] = page("信息", nav)
    with LoopbackSite(pages) as site:
        _, report = check(site.url)
    assert len(report.stale_columns) == 5
    assert [v["item"] for v in report.veto] == ["columns_stale"]
    assert report.score == 0 and not report.passed


def test_site_that_is_down():
    url = down_url()
    _, report = check(url)
    out = report.as_json()
    assert out["broken_links"] == [{"url": url, "found_on": None, "status": "refused"}]
    assert [v["item"] for v in out["veto"]] == ["unreachable"]
    assert out["score"] == 0


def test_crawl_budget_and_robots_txt_are_respected():
    pages = healthy_pages(TODAY)
    pages["/"] = page(
        "首页",
        '<a href="/private/secret.html">内部</a>'
        + NAV
        + "".join(f'<a href="/many/{n}.html">第{n}篇</a>' for n in range(30)),
    )
    for n in range(30):
        pages[f"/many/{n}.html"] = page("信息", "<p>正文</p>")
    pages["/private/secret.html"] = page("内部", "")
    with LoopbackSite(pages) as site:
        result = crawl(site.url, max_pages=12, timeout=0.5)
        assert "/private/secret.html" not in site.paths()
        assert result.blocked == [site.url + "private/secret.html"]
        fetched = [p for p in site.paths() if p != "/robots.txt"]
    assert len(fetched) == len(result.pages) == 12
    assert result.budget_reached


def test_the_crawl_keeps_the_pace_robots_txt_asks_for():
    pages = healthy_pages(TODAY)
    pages["/robots.txt"] = (200, "User-agent: *\nCrawl-delay: 2\n")
    waits = []
    with LoopbackSite(pages) as site:
        result = crawl(site.url, max_pages=5, timeout=0.5, sleep=waits.append)
    assert len(result.pages) == 5
    assert waits == [2.0] * 4  # before every page of the site but the first


def _site_with(columns: dict[str, int | None]):
    """A site whose columns (name: days since the latest post, None: empty) are listed on the
    home page."""
    nav = "".join(f'<a href="/c{n}/">{name}</a>' for n, name in enumerate(columns))
    nav += '<a href="/m/">留言</a>'
    pages = {"/": page("某局", nav + f"<p>{TODAY}</p>"), "/m/": page("留言", nav)}
    for n, days in enumerate(columns.values()):
        if days is None:
            pages[f"/c{n}/"] = page("栏目", nav + "<p>暂无信息</p>")
        else:
            pages[f"/c{n}/"] = page("栏目", nav + dated_list(f"/c{n}/", [TODAY - timedelta(days)]))
            pages[f"/c{n}/0.html"] = page("信息", nav)
    return pages


def _vetoes(pages, columns):
    from gongkai.monitoring.checks import ColumnSpec

    with LoopbackSite(pages) as site:
        result = crawl(site.url, max_pages=100, max_depth=3, timeout=0.5)
        specs = [
            ColumnSpec(site.url + f"c{n}/", title, kind, window)
            for n, (title, kind, window) in enumerate(columns)
        ]
        rules = [
            *RULES,
            VetoSpec("columns_long_stale", 10, None),
            VetoSpec("columns_empty", 5, None),
        ]
        report = run_checks(result, columns=specs, required=REQUIRED, rules=rules, items=[],
                            today=TODAY)  # fmt: skip
    return report, [v["item"] for v in report.veto]


def test_ten_long_unupdated_columns_of_any_class_veto_the_site():
    # Ten disclosure columns each given a 30-day window, none updated for 60 days: not the
    # news/notice branch (their class is neither), but the ten-columns branch.
    names = {f"公开栏目{n}": 60 for n in range(10)}
    columns = [(name, "disclosure", 30) for name in names]
    report, items = _vetoes(_site_with(names), columns)
    assert len(report.stale_columns) == 10
    assert items == ["columns_long_stale"]
    veto = report.veto[0]
    assert (veto["stale"], veto["limit"], len(veto["columns"])) == (10, 10, 10)
    # Nine are below the limit.
    report, items = _vetoes(_site_with(dict(list(names.items())[:9])), columns[:9])
    assert items == [] and report.passed


def test_five_empty_columns_veto_the_site_on_their_own_branch():
    names = {f"政策文件{n}": None for n in range(5)}
    columns = [(name, "notice_policy", 183) for name in names]
    report, items = _vetoes(_site_with(names), columns)
    assert len(report.empty_columns) == 5 and report.stale_columns == []
    assert items == ["columns_empty"]


def test_the_column_veto_branches_read_in_words():
    from django.utils import timezone, translation

    from gongkai.monitoring.evidence import evidence_words
    from gongkai.monitoring.models import Finding

    def words(evidence):
        finding = Finding(kind="veto", veto_item=evidence["item"], evidence=evidence,
                          checked_at=timezone.now())  # fmt: skip
        with translation.override("zh-hans"):
            return evidence_words(finding)

    long = {"item": "columns_long_stale", "stale": 10, "limit": 10, "columns": ["甲", "乙"]}
    assert words(long) == "应更新栏目长期未更新10个（甲、乙）；否决标准为10个"
    empty = {"item": "columns_empty", "empty": 5, "limit": 5, "columns": ["丙"]}
    assert words(empty) == "空白栏目5个（丙）；否决标准为5个"
