"""Where the public reaches an organisation's disclosure office.

The portal's published guide holds the office's name, address, telephone and e-mail
(《条例》第十二条, PUB-GUIDE-1). Apps below the portal (a request's lapsed tracking link, for
one) show them through this registry, which the portal fills in ``AppConfig.ready()``, so that
nothing imports the portal.
"""

from collections.abc import Callable

_PROVIDERS: list[Callable[[object], dict | None]] = []


def register_office_contact(provider: Callable[[object], dict | None]) -> None:
    """Register ``provider(org) -> {"office_name", "address", "phone", "email", "url"} | None``."""
    if provider not in _PROVIDERS:
        _PROVIDERS.append(provider)


def office_contact(org) -> dict | None:
    """The first contact a provider knows for ``org``, or None."""
    for provider in _PROVIDERS:
        if contact := provider(org):
            return contact
    return None
