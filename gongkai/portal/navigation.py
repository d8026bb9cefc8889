"""The public portal's navigation: apps register their public sections in AppConfig.ready()."""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse


@dataclass(frozen=True)
class PublicNavEntry:
    label: str
    url_name: str
    order: int


_ENTRIES: dict[str, PublicNavEntry] = {}


def register_public_nav(label, url_name: str, *, order: int = 100) -> None:
    _ENTRIES[url_name] = PublicNavEntry(label, url_name, order)


def public_nav(current_path: str = "") -> list[dict]:
    items = []
    for entry in sorted(_ENTRIES.values(), key=lambda e: (e.order, e.url_name)):
        try:
            url = reverse(entry.url_name)
        except NoReverseMatch:
            continue
        active = current_path == url if url == "/" else current_path.startswith(url)
        items.append({"label": entry.label, "url": url, "active": active})
    return items
