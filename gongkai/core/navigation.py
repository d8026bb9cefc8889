"""Navigation of both shells: each app registers its entries in AppConfig.ready().

The back office's entries (``register_nav``) carry the roles that see them; the public portal's
(``register_public_nav``) are seen by everyone. Both registries live here, in the kernel, so that
content apps never import the portal: the portal sits on top and nothing depends on it."""

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
    """Return the entries visible to a user holding ``roles``; the longest URL prefix of the
    current path is marked active, so /office/plans/mine/ lights up 我的任务, not 工作要点."""
    items = []
    for entry in sorted(_ENTRIES.values(), key=lambda e: (e.order, e.url_name)):
        if entry.roles and not entry.roles & roles:
            continue
        try:
            url = reverse(entry.url_name)
        except NoReverseMatch:
            continue
        items.append({"label": entry.label, "url": url, "active": False, "icon": entry.icon})
    matches = [
        i
        for i in items
        if current_path == i["url"]
        or (i["url"] != reverse("core:dashboard") and current_path.startswith(i["url"]))
    ]
    if matches:
        max(matches, key=lambda i: len(i["url"]))["active"] = True
    return items


@dataclass(frozen=True)
class PublicNavEntry:
    label: str
    url_name: str
    order: int
    also: tuple[str, ...] = ()


_PUBLIC_ENTRIES: dict[str, PublicNavEntry] = {}


def register_public_nav(
    label, url_name: str, *, order: int = 100, also: tuple[str, ...] = ()
) -> None:
    """Add a section to the public portal's navigation (idempotent by URL name); ``also`` names
    other pages under which the section shows as the current one."""
    _PUBLIC_ENTRIES[url_name] = PublicNavEntry(label, url_name, order, also)


def public_nav(current_path: str = "") -> list[dict]:
    """Return the portal's sections in order; a section is active on its own pages."""
    items = []
    for entry in sorted(_PUBLIC_ENTRIES.values(), key=lambda e: (e.order, e.url_name)):
        try:
            url = reverse(entry.url_name)
        except NoReverseMatch:
            continue
        active = current_path == url if url == "/" else current_path.startswith(url)
        for other in entry.also:
            try:
                active = active or current_path.startswith(reverse(other))
            except NoReverseMatch:
                pass
        items.append({"label": entry.label, "url": url, "active": active})
    return items
