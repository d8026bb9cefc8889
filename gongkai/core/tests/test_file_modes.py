"""What Gongkai stores is readable by the service's user only: uploads 0600 in folders 0700, the
data folder 0700, the SQLite database (and the WAL file SQLite derives from it) 0600; and no
URL serves stored files around the views that check access."""

import os
import stat
import subprocess
import sys

import pytest

from gongkai.publishing.services import attachment_add
from gongkai.publishing.tests.factories import docx_bytes, make_item


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.django_db
def test_uploaded_files_are_private_to_the_service(settings, tmp_path, org_tree, editor):
    settings.MEDIA_ROOT = tmp_path / "media"
    item = make_item(org=org_tree["office"], actor=editor)
    attachment = attachment_add(item=item, actor=editor, name="方案.docx", data=docx_bytes("正文"))
    path = settings.MEDIA_ROOT / attachment.file.name
    assert mode(path) == 0o600
    folder = path.parent
    while folder != settings.MEDIA_ROOT:
        assert mode(folder) == 0o700, folder
        folder = folder.parent


STARTUP = """
import os
import django
django.setup()
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE probe (x integer)")
    cursor.execute("INSERT INTO probe VALUES (1)")
    # SQLite removes the WAL file with the last connection: report its mode while it is open.
    print(oct(os.stat(connection.settings_dict["NAME"] + "-wal").st_mode & 0o777))
"""


def start(data_dir) -> str:
    """Start Gongkai in a fresh process on the SQLite database in ``data_dir`` and write to it;
    return the mode of the WAL file it wrote."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "GONGKAI_DATA_DIR", "DJANGO_SETTINGS_MODULE")
    }
    environment.update(
        GONGKAI_DATA_DIR=str(data_dir),
        DJANGO_SETTINGS_MODULE="gongkai.settings.base",
        DJANGO_SECRET_KEY="",
    )
    result = subprocess.run(
        [sys.executable, "-c", STARTUP],
        env=environment,
        check=True,
        timeout=120,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip()


def test_the_data_folder_and_the_sqlite_database_are_private(tmp_path):
    data = tmp_path / "var"
    old_umask = os.umask(0o022)  # the usual umask: without care, files come out 0644
    try:
        wal_mode = start(data)
    finally:
        os.umask(old_umask)
    assert mode(data) == 0o700
    assert mode(data / "gongkai.sqlite3") == 0o600
    assert wal_mode == "0o600"
    assert mode(data / "secret_key") == 0o600


def test_a_database_file_left_readable_by_an_older_version_is_tightened(tmp_path):
    data = tmp_path / "var"
    data.mkdir()
    (data / "gongkai.sqlite3").touch()
    os.chmod(data / "gongkai.sqlite3", 0o644)
    start(data)
    assert mode(data / "gongkai.sqlite3") == 0o600


def test_no_url_serves_the_stored_files_directly(settings):
    """Not even the debug server: files reach people only through views that check access."""
    import importlib

    from django.urls import Resolver404, resolve

    import gongkai.urls

    settings.DEBUG = True
    try:
        importlib.reload(gongkai.urls)
        with pytest.raises(Resolver404):
            resolve("/media/applications/1/身份证.jpg", urlconf=gongkai.urls)
    finally:
        settings.DEBUG = False
        importlib.reload(gongkai.urls)
