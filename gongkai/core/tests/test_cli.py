"""The ``gongkai`` command on a machine where nothing is set up yet."""

import os
import subprocess
import sys

from gongkai.core.tests.skips import own_sqlite_process

pytestmark = own_sqlite_process


def _gongkai(tmp_path, *args):
    env = {
        **os.environ,
        "GONGKAI_DATA_DIR": str(tmp_path),
        "DATABASE_URL": "",  # empty means the default (SQLite in the data folder), not an error
        "DJANGO_SETTINGS_MODULE": "gongkai.settings.base",
    }
    return subprocess.run(
        [sys.executable, "-m", "gongkai", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_command_before_migrate_says_to_migrate_instead_of_a_traceback(tmp_path):
    result = _gongkai(tmp_path, "applications", "due", "--received", "2024-09-27")
    assert result.returncode == 2
    assert "gongkai migrate" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_empty_database_url_means_sqlite_in_the_data_folder(tmp_path):
    result = _gongkai(tmp_path, "showmigrations", "workdays")
    assert result.returncode == 0, result.stderr
    assert "[ ] 0001_initial" in result.stdout
    assert (tmp_path / "gongkai.sqlite3").exists()
