"""Skips shared by tests that start Gongkai as a process of its own."""

import os

import pytest

#: A test that starts `gongkai` in a subprocess with its own SQLite data folder gives the same
#: result whichever database the suite runs on: it runs once. Run alone on PostgreSQL, it is left
#: to the SQLite run; when `make test` shares the work between its two runs
#: (GONGKAI_SHARED_RUNS=1), conftest.py places it in one of them.
OWN_SQLITE_REASON = "starts its own SQLite process: the SQLite run of the suite covers it"
own_sqlite_process = pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")) and os.environ.get("GONGKAI_SHARED_RUNS") != "1",
    reason=OWN_SQLITE_REASON,
)
