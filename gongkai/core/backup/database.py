"""Copy the database into one file and back, per vendor.

SQLite: the online backup API, page by page from the live connection, so the copy is consistent
even while the web and job processes write (WAL). PostgreSQL: ``pg_dump`` in its custom format
and ``pg_restore`` from it, the client tools of the PostgreSQL packages.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.db import connection
from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError

#: The name of the database copy inside the archive, per vendor.
MEMBER = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}


def vendor() -> str:
    if connection.vendor not in MEMBER:
        raise DomainError(
            _("Backups support SQLite and PostgreSQL, not %(vendor)s.")
            % {"vendor": connection.vendor}
        )
    return connection.vendor


def dump(target: Path) -> None:
    """Write a consistent copy of the whole database to ``target``."""
    _outside_transactions()
    if vendor() == "sqlite":
        connection.ensure_connection()
        copy = sqlite3.connect(target)
        try:
            connection.connection.backup(copy)
        finally:
            copy.close()
        return
    _run("pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={target}")


def load(source: Path) -> None:
    """Replace the database's whole content with the copy in ``source``."""
    _outside_transactions()
    if vendor() == "sqlite":
        connection.ensure_connection()
        copy = sqlite3.connect(source)
        try:
            copy.backup(connection.connection)
        finally:
            copy.close()
        connection.close()
        return
    connection.close()  # drop our own session so that nothing waits on its locks
    _run(
        "pg_restore",
        "--clean",
        "--if-exists",
        "--no-owner",
        "--no-privileges",
        "--single-transaction",
        "--exit-on-error",
        str(source),
    )


def _outside_transactions() -> None:
    """SQLite would wait forever on the lock of our own open transaction; pg_dump would not see
    its changes nor pg_restore get its tables."""
    if connection.in_atomic_block:
        raise RuntimeError("Backups and restores run outside any database transaction.")


def _run(tool: str, *arguments: str) -> None:
    """Run a PostgreSQL client tool against the configured database."""
    program = shutil.which(tool)
    if program is None:
        raise DomainError(
            _(
                "The PostgreSQL client program %(tool)s is not installed on this server; install "
                "the PostgreSQL client tools of the server's version (Debian and Ubuntu: "
                "postgresql-client) and run the command again."
            )
            % {"tool": tool}
        )
    conf = connection.settings_dict
    environment = {**os.environ, "PGCONNECT_TIMEOUT": "10"}
    if conf.get("PASSWORD"):
        environment["PGPASSWORD"] = str(conf["PASSWORD"])
    address = [f"--dbname={conf['NAME']}"]
    if conf.get("HOST"):
        address.append(f"--host={conf['HOST']}")
    if conf.get("PORT"):
        address.append(f"--port={conf['PORT']}")
    if conf.get("USER"):
        address.append(f"--username={conf['USER']}")
    result = subprocess.run(  # noqa: S603 - a fixed program, arguments from settings
        [program, *address, "--no-password", *arguments],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    if result.returncode != 0:
        raise DomainError(
            _("%(tool)s failed: %(error)s") % {"tool": tool, "error": result.stderr.strip()}
        )
