"""Pick the index backend: GONGKAI_SEARCH_BACKEND if set, else the default database's vendor."""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from .base import FILTER_COLUMNS, Hit, IndexEntry, MatchQuery, SearchBackend

__all__ = ["FILTER_COLUMNS", "Hit", "IndexEntry", "MatchQuery", "SearchBackend", "get_backend"]

_ALIASES = {
    "sqlite": "sqlite",
    "sqlite3": "sqlite",
    "postgres": "postgres",
    "postgresql": "postgres",
}


def get_backend() -> SearchBackend:
    """Return the backend GONGKAI_SEARCH_BACKEND names ("sqlite", "postgres") or the vendor's."""
    name = getattr(settings, "GONGKAI_SEARCH_BACKEND", None) or connection.vendor
    kind = _ALIASES.get(str(name).lower())
    if kind == "sqlite":
        from .sqlite import SQLiteBackend  # noqa: PLC0415

        return SQLiteBackend()
    if kind == "postgres":
        from .postgres import PostgresBackend  # noqa: PLC0415

        return PostgresBackend()
    raise ImproperlyConfigured(f"No search backend for {name!r}; use 'sqlite' or 'postgres'.")
