"""Configure the search app."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def clear_orphan_index(sender, using="default", **kwargs) -> None:
    """Empty the vendor index tables when the document table is empty.

    The FTS5 / tsvector tables are not Django models, so `flush` (used between transactional
    tests, and by operators resetting a database) leaves them behind; it then sends
    post_migrate, and an index without documents is wiped here so that no stale row is ever
    counted. A database that holds documents is left alone.
    """
    from django.db import connections

    from .backends import get_backend
    from .models import SearchDocument

    tables = set(connections[using].introspection.table_names())
    backend = get_backend()
    if SearchDocument._meta.db_table not in tables or not set(backend.tables) <= tables:
        return  # migrated only part of the way: nothing to clear yet
    if not SearchDocument.objects.using(using).exists():
        backend.clear()


class SearchConfig(AppConfig):
    name = "gongkai.search"
    label = "search"
    verbose_name = _("Search")

    def ready(self) -> None:
        post_migrate.connect(clear_orphan_index, sender=self)
