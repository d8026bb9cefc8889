"""Links from a record's public page to related records of apps it cannot import.

A page of a lower layer (an information item, in publishing) shows links that apps above it
provide: the gazette names the issue that carried a normative document. Each app registers a
provider in its ready(); the page's template asks through the ``related_links`` tag.
"""

from collections.abc import Callable

#: A provider gets the record and returns links: dicts with "label", "title" and "url".
Provider = Callable[[object], list[dict]]

_PROVIDERS: dict[str, Provider] = {}


def register_related_links(name: str, provider: Provider) -> None:
    """Register ``provider`` under ``name`` (idempotent by name)."""
    _PROVIDERS[name] = provider


def related_links(obj) -> list[dict]:
    """Every registered provider's links for ``obj``, in the order the providers were named."""
    links: list[dict] = []
    for name in sorted(_PROVIDERS):
        links.extend(_PROVIDERS[name](obj))
    return links
