"""Tell whoever runs a ``gongkai`` command that the database is not migrated yet.

A command that reads the database before ``gongkai migrate`` has run fails on a missing table;
the command line says what to do instead of printing a traceback (gongkai/cli.py).
"""

from django.utils.translation import gettext_lazy as _

NOT_MIGRATED = _(
    "The database is not set up or not up to date (tables are missing). Run “gongkai migrate” "
    "first, then run this command again."
)


def migrations_pending() -> bool:
    """True when migrations are unapplied, or the migration state cannot even be read."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    try:
        executor = MigrationExecutor(connection)
        return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))
    except Exception:  # noqa: BLE001  (no migration table at all: not set up)
        return True
