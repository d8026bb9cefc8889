"""The demo accounts' password is published (README, `gongkai demo`): it opens the back office
only from this machine.

A demo installed on a server reachable from the network would otherwise let anyone in as the
coordinator. Signing in with the published password from any other address is refused with a
message asking to change it (from this machine, under 修改密码); other passwords are unaffected.
Behind a reverse proxy the client's address is read from the header named by
``GONGKAI_CLIENT_IP_HEADER``, as for the public forms' rate limit.
"""

import ipaddress

from django.http import HttpRequest

from .client import client_address
from .demo import DEMO_PASSWORD


def is_loopback(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    mapped = getattr(ip, "ipv4_mapped", None)
    return (mapped or ip).is_loopback


def published_password_refused(request: HttpRequest | None, password: str) -> bool:
    """Whether this sign-in uses the demo's published password from an address not loopback."""
    if password != DEMO_PASSWORD:
        return False
    return request is None or not is_loopback(client_address(request) or "")
