"""The back office's navigation: each app registers its entries in AppConfig.ready()."""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse


@dataclass(frozen=True)
class NavEntry:
    label: str
    url_name: str
    roles: frozenset[str] = frozenset()  # empty: any staff role
    order: int = 100
    icon: str = ""


_ENTRIES: dict[str, NavEntry] = {}


def register_nav(label, url_name: str, *, roles=(), order: int = 100, icon: str = "") -> None:
    """Add a navigation entry (idempotent by URL name)."""
    _ENTRIES[url_name] = NavEntry(label, url_name, frozenset(roles), order, icon)


def nav_for(roles: set[str], current_path: str = "") -> list[dict]:
    """Return the entries visible to a user holding ``roles``, marking the current one."""
    items = []
    for entry in sorted(_ENTRIES.values(), key=lambda e: (e.order, e.url_name)):
        if entry.roles and not entry.roles & roles:
            continue
        try:
            url = reverse(entry.url_name)
        except NoReverseMatch:
            continue
        active = current_path == url or (
            url != reverse("core:dashboard") and current_path.startswith(url)
        )
        items.append({"label": entry.label, "url": url, "active": active, "icon": entry.icon})
    return items
