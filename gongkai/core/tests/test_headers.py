"""Every page carries the Content-Security-Policy; private pages are never cached.

A crawl of the portal (anonymous) and of the back office (signed in as the coordinator) follows
every same-site link: each response has the policy, no HTML page holds an inline script with
code, an on…= handler or a style attribute, and every back-office page says no-store.
"""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from gongkai.core.demo import demo_loaders
from gongkai.core.headers import content_security_policy
from gongkai.orgs.demo import load_demo_orgs

MAX_PAGES = 400
#: The demo's work plans are parsed from whole documents (most of the demo's time): the crawl
#: reaches the plan pages' lists and forms without them.
SLOW_LOADERS = ("gongkai.plans",)
STRICTER = {
    "/annual-reports/N/file/": (
        "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    )
}
PUBLIC_FORMS = {
    "/apply/form/",
    "/apply/track/",
    "/participate/consultations/1/",
    "/participate/messages/write/",
}
SKIP = ("/office/logout/", "/static/", "/media/", "/api/docs/")


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.inline: list[str] = []  # inline scripts with code, handlers, style attributes
        self._script = False
        self._script_json = False

    def handle_starttag(self, tag, attrs):
        names = dict(attrs)
        if tag == "a" and (names.get("href") or "").startswith("/"):
            self.links.append(names["href"].split("#")[0])
        for name, _value in attrs:
            if name.startswith("on") or name == "style":
                self.inline.append(f"<{tag} {name}=…>")
        if tag == "script" and "src" not in names:
            self._script = True
            self._script_json = names.get("type") in ("application/json", "importmap")

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = False

    def handle_data(self, data):
        if self._script and not self._script_json and data.strip():
            self.inline.append(f"<script>{data.strip()[:40]}…")


def shape(url: str) -> str:
    """One page per URL pattern and query: /info/items/12/ and /info/items/13/ are alike."""
    return re.sub(r"\d+", "N", url)


def crawl(client, starts: list[str]) -> dict[str, object]:
    seen: dict[str, object] = {}
    shapes: set[str] = set()
    queue = list(starts)
    while queue and len(seen) < MAX_PAGES:
        url = queue.pop(0)
        if shape(url) in shapes or url.startswith(SKIP):
            continue
        shapes.add(shape(url))
        response = client.get(url)
        seen[url] = response
        html = "text/html" in response.get("Content-Type", "") and not response.streaming
        if html and response.status_code == 200:
            parser = _Links()
            parser.feed(response.content.decode())
            response.inline = parser.inline
            queue.extend(link for link in parser.links if link not in seen)
    return seen


@pytest.mark.once
@pytest.mark.django_db
def test_every_page_of_portal_and_office_has_the_policy_and_no_inline_code(client):
    from django.contrib.auth import get_user_model

    load_demo_orgs()
    for _name, loader in demo_loaders():
        if not loader.__module__.startswith(SLOW_LOADERS):
            loader()
    portal = crawl(client, ["/"])
    client.force_login(get_user_model().objects.get(username="coordinator"))
    office = crawl(client, ["/office/"])
    assert len(portal) > 25 and len(office) > 80, (len(portal), len(office))
    policy = content_security_policy()
    directives = {d.split()[0]: d for d in policy.split("; ")}
    # No inline script anywhere; inline style only in elements' style attributes (bodies).
    assert directives["script-src"].startswith("script-src 'self'")
    assert "unsafe-inline" not in directives["script-src"] + directives["style-src"]
    assert "unsafe-inline" not in policy.replace("style-src-attr 'unsafe-inline'", "")
    for url, response in {**portal, **office}.items():
        # A view may set a stricter policy of its own (an annual report's HTML file is sandboxed).
        assert response["Content-Security-Policy"] in (policy, STRICTER.get(shape(url))), url
        assert getattr(response, "inline", []) == [], (url, response.inline)
    for url, response in office.items():
        if url.startswith("/office/"):
            assert "no-store" in response["Cache-Control"], url
    # Public forms carry a one-time key and say no-store themselves; reading pages are cacheable.
    public = [u for u in portal if not u.startswith("/office/")]
    stored = [u for u in public if "no-store" in portal[u].get("Cache-Control", "")]
    assert set(stored) <= PUBLIC_FORMS, stored


TEMPLATES = Path(__file__).resolve().parents[2]
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>\s*[^<\s]", re.IGNORECASE)
HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.IGNORECASE | re.DOTALL)
STYLE_ATTRIBUTE = re.compile(r"<[a-z][^>]*\sstyle\s*=", re.IGNORECASE | re.DOTALL)


def test_no_template_holds_inline_code_or_style_attributes():
    found = []
    for path in sorted(TEMPLATES.glob("*/templates/**/*.html")):
        text = path.read_text()
        for name, pattern in [
            ("script", INLINE_SCRIPT),
            ("handler", HANDLER),
            ("style", STYLE_ATTRIBUTE),
        ]:
            found += [f"{path.relative_to(TEMPLATES)}: {name}" for _ in pattern.finditer(text)]
    assert found == []


def test_the_scan_would_find_them():
    assert INLINE_SCRIPT.search("<script>alert(1)</script>")
    assert not INLINE_SCRIPT.search('<script src="/static/a.js" defer></script>')
    assert HANDLER.search('<button type="button"\n onclick="go()">')
    assert not HANDLER.search('<button data-confirm="x">')
    assert STYLE_ATTRIBUTE.search('<td style="padding-left: 1rem">')


@pytest.mark.django_db
def test_admin_and_signed_in_api_answers_are_not_stored_public_ones_are(client, coordinator):
    assert "no-store" not in client.get("/").get("Cache-Control", "")
    assert "no-store" in client.get("/admin/login/")["Cache-Control"]
    client.force_login(coordinator)
    assert "no-store" in client.get("/api/notifications/")["Cache-Control"]
    assert "no-store" in client.get("/admin/")["Cache-Control"]
    assert "no-store" not in client.get("/info/").get("Cache-Control", "")
