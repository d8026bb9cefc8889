"""The client's address, one way for rate limits and the audit log.

Behind a reverse proxy every connection comes from the proxy; the proxy names the client in a
header (``GONGKAI_CLIENT_IP_HEADER``, for example ``X-Real-IP`` or ``X-Forwarded-For``). That
header is written by whoever sent the request through the proxy, so its value is only taken when
it is an address. A list (``X-Forwarded-For``: "client, proxy1, …") takes its last entry only,
the one the nearest proxy wrote: the earlier ones come from the sender and could claim any
address, 127.0.0.1 included. A missing, empty or garbled value ("unknown", a host name) counts
as the proxy's own address (``REMOTE_ADDR``): a bad header is then limited with everything else
the proxy sends, and never turns into a server error.
"""

import ipaddress

from django.conf import settings
from django.http import HttpRequest

#: What rate limits count when no address is known at all (a Unix socket without a header).
UNKNOWN = "0.0.0.0"  # noqa: S104 - a bucket name, nothing listens on it


def _address(value: str) -> str | None:
    value = value.strip().strip('"')
    if value.startswith("[") and "]" in value:  # [2001:db8::1]:443
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # 203.0.113.9:443
        value = value.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None


def client_address(request: HttpRequest) -> str | None:
    """The client's address: from the configured header when it holds one, else the peer's."""
    key = getattr(settings, "GONGKAI_CLIENT_IP_HEADER", None)
    if key:
        if found := _address(str(request.META.get(key) or "").split(",")[-1]):
            return found
    return _address(str(request.META.get("REMOTE_ADDR") or ""))


def client_address_for_limits(request: HttpRequest) -> str:
    """``client_address`` for django-ratelimit (``RATELIMIT_IP_META_KEY``), which needs one."""
    return client_address(request) or UNKNOWN
