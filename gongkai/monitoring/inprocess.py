"""Fetch Gongkai's own portal inside this process, with no server: each address is handed to the
platform's own request handling (Django's test client, which keeps the database connection of
the caller open), so a check of the own portal runs where no web server is listening (the demo,
an installation without a public address). Only addresses of the site's own origin are served;
any other one is a failed visit and nothing leaves the process."""

import logging
import time
from urllib.parse import urlsplit

from django.test import Client
from django.utils import timezone

from .crawler import USER_AGENT, Fetcher, Page


def inprocess_fetcher(base_url: str) -> Fetcher:
    """A crawler fetcher serving the addresses of ``base_url``'s origin from this process."""
    origin = urlsplit(base_url)
    client = Client(raise_request_exception=False, HTTP_HOST=origin.netloc)

    def fetch(url: str, *, timeout: float, depth: int = 0) -> tuple[Page, bytes, str]:
        parts = urlsplit(url)
        started = time.monotonic()
        fetched_at = timezone.now()
        body, content_type, status, ok = b"", "", "error", False
        if (parts.scheme, parts.netloc) == (origin.scheme, origin.netloc):
            path = parts.path or "/"
            if parts.query:
                path += "?" + parts.query
            # The check records every status itself; Django's own log of a 404 would only repeat it.
            request_log = logging.getLogger("django.request")
            request_log.disabled = True
            try:
                response = client.get(
                    path,
                    follow=True,
                    secure=parts.scheme == "https",
                    headers={"User-Agent": USER_AGENT},
                )
            finally:
                request_log.disabled = False
            status = str(response.status_code)
            ok = response.status_code < 400
            if ok:
                body = (
                    b"".join(response.streaming_content) if response.streaming else response.content
                )
                mime, _, params = response.headers.get("Content-Type", "").partition(";")
                charset = params.partition("charset=")[2].strip() if "charset=" in params else ""
                content_type = f"{mime.strip()};{charset}"
        elapsed = int((time.monotonic() - started) * 1000)
        page = Page(
            url=url, status=status, ok=ok, elapsed_ms=elapsed, fetched_at=fetched_at, depth=depth
        )
        return page, body, content_type

    return fetch


def serves_itself(site) -> bool:
    """Whether a check of ``site`` fetches it in-process: Gongkai's own portal registered at the
    local default address because no public address is configured (GONGKAI_PUBLIC_URL empty).
    With a public address configured the check goes over the network, so that a portal the
    public cannot reach is found unreachable rather than checked from inside."""
    from django.conf import settings

    from .own_portal import own_portal_url

    return (
        site.own_portal
        and not getattr(settings, "GONGKAI_PUBLIC_URL", "")
        and site.base_url == own_portal_url()
    )
