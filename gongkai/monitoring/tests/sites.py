"""Websites served on loopback for the checks' tests: never any traffic beyond 127.0.0.1."""

import socket
import threading
import time
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HANG = "hang"  # a page that answers too late


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        site = self.server.site
        site.requests.append((self.path, self.headers.get("User-Agent", "")))
        entry = site.pages.get(self.path.split("#")[0])
        if entry == HANG:
            time.sleep(site.hang_seconds)
            entry = (200, "<html><body>late</body></html>")
        status, body = entry if entry is not None else (404, "<html>not found</html>")
        data = body.encode()
        try:
            self.send_response(status)
            kind = "text/plain" if self.path == "/robots.txt" else "text/html"
            self.send_header("Content-Type", f"{kind}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):
        pass


class LoopbackSite:
    """A website on 127.0.0.1 at a random port: ``pages`` maps a path to (status, html) or HANG."""

    def __init__(self, pages: dict, *, hang_seconds: float = 2.0):
        self.pages = pages
        self.hang_seconds = hang_seconds
        self.requests: list[tuple[str, str]] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.server.site = self
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]


def down_url() -> str:
    """An address on loopback where nothing listens."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}/"


def page(title: str, body: str) -> tuple[int, str]:
    return 200, f"<html><head><title>{title}</title></head><body>{body}</body></html>"


NAV = (
    '<ul><li><a href="/">首页</a></li><li><a href="/news/">工作动态</a></li>'
    '<li><a href="/notices/">通知公告</a></li><li><a href="/guide/">政府信息公开指南</a></li>'
    '<li><a href="/rules/">政府信息公开制度</a></li>'
    '<li><a href="/statutory/">法定主动公开内容</a></li>'
    '<li><a href="/reports/">政府信息公开年报</a></li>'
    '<li><a href="/messages/">留言信箱</a></li></ul>'
)


def dated_list(prefix: str, days: list[date], style: str = "iso") -> str:
    items = []
    for n, day in enumerate(days):
        shown = {
            "iso": day.isoformat(),
            "slash": day.strftime("%Y/%m/%d"),
            "zh": f"{day.year}年{day.month}月{day.day}日",
        }[style]
        items.append(f'<li><a href="{prefix}{n}.html">第{n}条信息</a><span>{shown}</span></li>')
    return "<ul>" + "".join(items) + "</ul>"


def healthy_pages(today: date) -> dict:
    """A site with nothing wrong: recent posts, every required column, every link working."""
    recent = [today - timedelta(days=d) for d in (1, 3, 9)]
    pages = {
        "/": page("某县人民政府", NAV + "<h2>要闻</h2>" + dated_list("/news/", recent)),
        "/news/": page("工作动态", NAV + dated_list("/news/", recent, "zh")),
        "/notices/": page("通知公告", NAV + dated_list("/notices/", recent, "slash")),
        "/guide/": page("政府信息公开指南", NAV + "<p>指南正文</p>"),
        "/rules/": page("政府信息公开制度", NAV + "<p>制度正文</p>"),
        "/statutory/": page("法定主动公开内容", NAV + "<p>目录</p>"),
        "/reports/": page("政府信息公开年报", NAV + "<p>年报</p>"),
        "/messages/": page("留言信箱", NAV + "<p>写信</p>"),
        "/robots.txt": (200, "User-agent: *\nDisallow: /private/\n"),
    }
    for prefix in ("/news/", "/notices/"):
        for n in range(3):
            pages[f"{prefix}{n}.html"] = page("信息", NAV + "<p>正文</p>")
    return pages
