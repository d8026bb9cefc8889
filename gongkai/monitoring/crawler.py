"""Crawl one website the way the checks need it: politely, within a budget, with a record of
every address fetched (its status and how long it took).

Respects robots.txt (what it disallows and its Crawl-delay), names itself in its User-Agent,
follows the site's own links to a set depth and fetches at most ``max_pages`` addresses. A visit
fails when the page is not open after ``timeout`` seconds (MON-VETO-1: 15 s); a DNS failure, a
refused connection, a timeout or an HTTP error status makes a link broken.
"""

import socket
import ssl
import time
import urllib.error
import urllib.request
import urllib.robotparser
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

from django.utils import timezone

USER_AGENT = "GongkaiMonitor/1.0 (Gongkai government website checks)"
DEFAULT_TIMEOUT = 15.0
MAX_BYTES = 2_000_000
MAX_DELAY = 10.0

_BLOCK_TAGS = {"p", "div", "li", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "ul"}
_SKIP_TAGS = {"script", "style", "noscript", "template"}


@dataclass
class Link:
    url: str
    text: str
    found_on: str


@dataclass
class Page:
    """One fetched address."""

    url: str
    status: str  # the HTTP status code, or "timeout", "dns", "refused", "error"
    ok: bool
    elapsed_ms: int
    fetched_at: datetime
    depth: int
    html: bool = False
    title: str = ""
    text: str = ""
    links: list[Link] = field(default_factory=list)


@dataclass
class Crawl:
    base_url: str
    pages: dict[str, Page] = field(default_factory=dict)
    blocked: list[str] = field(default_factory=list)  # left alone: robots.txt disallows them
    budget_reached: bool = False

    @property
    def home(self) -> Page | None:
        return self.pages.get(self.base_url)

    def links(self) -> list[Link]:
        return [link for page in self.pages.values() for link in page.links]


class _Parser(HTMLParser):
    """Collect a page's title, its visible text by lines and its links with their text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.lines: list[str] = [""]
        self.links: list[tuple[str, str]] = []
        self._skip = 0
        self._in_title = False
        self._href: str | None = None
        self._link_text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "a":
            self._href = dict(attrs).get("href")
            self._link_text = []
        if tag in _BLOCK_TAGS:
            self.lines.append("")

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag == "title":
            self._in_title = False
        elif tag == "a" and self._href is not None:
            self.links.append((self._href, "".join(self._link_text).strip()))
            self._href = None
        if tag in _BLOCK_TAGS:
            self.lines.append("")

    def handle_data(self, data):
        if self._skip:
            return
        if self._in_title:
            self.title += data.strip()
            return
        if self._href is not None:
            self._link_text.append(data)
        self.lines[-1] += data

    def text(self) -> str:
        return "\n".join(" ".join(line.split()) for line in self.lines if line.strip())


def normalise(url: str) -> str:
    """The address without its fragment, with a path."""
    url = urldefrag(url)[0]
    parts = urlsplit(url)
    if not parts.path:
        url = parts._replace(path="/").geturl()
    return url


def fetch(url: str, *, timeout: float, depth: int = 0) -> tuple[Page, bytes, str]:
    """Fetch ``url`` once; return the page record, its body and its content type."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise ValueError(url)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})  # noqa: S310
    started = time.monotonic()
    fetched_at = timezone.now()
    body, content_type = b"", ""
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            status = str(response.status)
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
            body = response.read(MAX_BYTES)
            content_type = f"{content_type};{charset or ''}"
        ok = True
    except urllib.error.HTTPError as error:
        status, ok = str(error.code), False
    except urllib.error.URLError as error:
        status, ok = _reason(error.reason), False
    except TimeoutError:
        status, ok = "timeout", False
    except (ConnectionError, OSError, ValueError):
        status, ok = "error", False
    except Exception:  # noqa: BLE001  (a malformed answer is a failed visit, not a crash)
        status, ok = "error", False
    elapsed = int((time.monotonic() - started) * 1000)
    page = Page(
        url=url, status=status, ok=ok, elapsed_ms=elapsed, fetched_at=fetched_at, depth=depth
    )
    return page, body, content_type


def _reason(reason) -> str:
    if isinstance(reason, socket.gaierror):
        return "dns"
    if isinstance(reason, TimeoutError | socket.timeout):
        return "timeout"
    if isinstance(reason, ConnectionRefusedError):
        return "refused"
    if isinstance(reason, ssl.SSLError):
        return "ssl"
    text = str(reason).lower()
    if "timed out" in text:
        return "timeout"
    return "error"


#: How a crawl fetches one address: ``fetcher(url, timeout=…, depth=…)`` returns the page
#: record, its body and its content type (``fetch`` over the network by default).
Fetcher = Callable[..., tuple[Page, bytes, str]]


def _robots(
    base_url: str, *, timeout: float, fetcher: Fetcher = fetch
) -> urllib.robotparser.RobotFileParser:
    parser = urllib.robotparser.RobotFileParser()
    page, body, _ = fetcher(urljoin(base_url, "/robots.txt"), timeout=timeout)
    if page.ok:
        parser.parse(body.decode("utf-8", "replace").splitlines())
    else:
        parser.parse([])  # no robots.txt: everything allowed
    return parser


def _decode(body: bytes, content_type: str) -> str:
    charset = content_type.partition(";")[2] or "utf-8"
    try:
        return body.decode(charset, "replace")
    except LookupError:
        return body.decode("utf-8", "replace")


def crawl(
    base_url: str,
    *,
    max_pages: int = 200,
    max_depth: int = 3,
    timeout: float = DEFAULT_TIMEOUT,
    progress: Callable[[int], None] | None = None,
    external: bool = True,
    sleep: Callable[[float], None] = time.sleep,
    fetcher: Fetcher = fetch,
) -> Crawl:
    """Crawl the site at ``base_url``: its pages to ``max_depth`` links from the home page, and
    every link they carry checked once, ``max_pages`` fetches at most. ``external`` False: links
    to other hosts are not visited (nor reported). ``fetcher``: how each address is fetched
    (over the network by default; robots.txt and the budget apply the same whatever it is)."""
    base_url = normalise(base_url)
    host = urlsplit(base_url).netloc
    robots = _robots(base_url, timeout=timeout, fetcher=fetcher)
    # The site's own pace (robots.txt Crawl-delay), ten seconds at most between its pages.
    delay = min(float(robots.crawl_delay(USER_AGENT) or 0), MAX_DELAY)
    result = Crawl(base_url=base_url)
    queue: deque[tuple[str, int]] = deque([(base_url, 0)])
    seen = {base_url}
    while queue:
        url, depth = queue.popleft()
        internal = urlsplit(url).netloc == host
        if internal and not robots.can_fetch(USER_AGENT, url):
            result.blocked.append(url)
            continue
        if len(result.pages) >= max_pages:
            result.budget_reached = True
            break
        if internal and delay and result.pages:
            sleep(delay)
        page, body, content_type = fetcher(url, timeout=timeout, depth=depth)
        result.pages[url] = page
        if progress is not None:
            progress(len(result.pages))
        if not (page.ok and internal and content_type.startswith("text/html")):
            continue
        parser = _Parser()
        parser.feed(_decode(body, content_type))
        page.html, page.title, page.text = True, parser.title, parser.text()
        for href, text in parser.links:
            target = normalise(urljoin(url, href.strip()))
            if urlsplit(target).scheme not in ("http", "https"):
                continue
            page.links.append(Link(url=target, text=text, found_on=url))
            if target in seen or (not external and urlsplit(target).netloc != host):
                continue
            seen.add(target)
            # Pages beyond the depth are still checked once, but their links are not followed.
            if urlsplit(target).netloc != host or depth < max_depth:
                queue.append((target, depth + 1))
    return result
