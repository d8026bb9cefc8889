"""Skips shared by tests that start Gongkai as a process of its own."""

import os

import pytest

#: A test that starts `gongkai` in a subprocess with its own SQLite data folder gives the same
#: result in the PostgreSQL run of `make test`; it runs once, in the SQLite run.
OWN_SQLITE_REASON = "starts its own SQLite process: the SQLite run of the suite covers it"
own_sqlite_process = pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")), reason=OWN_SQLITE_REASON
)
