"""`gongkai backup` and `gongkai restore`: a round trip of the database and the uploaded files,
on whichever database the suite runs (SQLite, or PostgreSQL when DATABASE_URL is set)."""

import hashlib
import io
import json
import stat
import tarfile

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from gongkai.core.backup import database
from gongkai.core.backup.archive import applied_migrations
from gongkai.core.errors import DomainError
from gongkai.publishing.models import Attachment, InformationItem
from gongkai.publishing.services import attachment_add
from gongkai.publishing.tests.factories import docx_bytes, make_item


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def members(path) -> dict[str, bytes]:
    with tarfile.open(path, "r:gz") as tar:
        return {m.name: tar.extractfile(m).read() for m in tar if m.isfile()}


@pytest.mark.django_db(transaction=True)
def test_backup_then_restore_brings_back_the_item_and_its_file(media, tmp_path, org_tree, editor):
    item = make_item(org=org_tree["office"], actor=editor, title="关于备份恢复演练的通知")
    data = docx_bytes("备份恢复演练：附件内容须原样恢复。")
    attachment = attachment_add(item=item, actor=editor, name="演练方案.docx", data=data)
    stored_name = attachment.file.name
    archive = tmp_path / "backup.tar.gz"

    out = io.StringIO()
    call_command("backup", str(archive), stdout=out)
    assert "1" in out.getvalue()
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600  # it holds personal data
    content = members(archive)
    manifest = json.loads(content["manifest.json"])
    assert manifest["database"]["vendor"] == connection.vendor
    assert manifest["migrations"] == applied_migrations()
    assert manifest["files"] == [
        {"name": stored_name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    ]
    assert content["files/" + stored_name] == data

    # The database holds accounts: a restore without --force changes nothing.
    with pytest.raises(CommandError, match="--force"):
        call_command("restore", str(archive))
    assert InformationItem.objects.filter(pk=item.pk).exists()

    # Wipe: every table emptied and the file gone, as after losing the server.
    call_command("flush", interactive=False, verbosity=0)
    default_storage.delete(stored_name)
    assert not InformationItem.objects.exists()
    assert not default_storage.exists(stored_name)

    call_command("restore", str(archive), stdout=io.StringIO())  # empty now: no --force
    restored = InformationItem.objects.get(pk=item.pk)
    assert restored.title == "关于备份恢复演练的通知"
    row = Attachment.objects.get(pk=attachment.pk)
    with row.file.open("rb") as handle:
        assert handle.read() == data


def archive_with(path, manifest: dict, extra: dict[str, bytes] | None = None):
    with tarfile.open(path, "w:gz") as tar:
        for name, data in {**(extra or {}), "manifest.json": json.dumps(manifest).encode()}.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def manifest_for(vendor: str, files: list[dict]) -> dict:
    return {
        "format": "gongkai-backup",
        "format_version": 1,
        "gongkai_version": "0.1.0",
        "created_at": "2026-01-01T00:00:00+08:00",
        "database": {"vendor": vendor, "name": "database.x", "size": 1, "sha256": "0" * 64},
        "migrations": applied_migrations(),
        "files": files,
    }


@pytest.mark.django_db
def test_restore_refuses_what_is_not_a_backup_of_this_installation(media, tmp_path):
    junk = tmp_path / "junk.tar.gz"
    junk.write_bytes(b"not an archive")
    with pytest.raises(CommandError, match="junk.tar.gz"):
        call_command("restore", str(junk))

    other = "postgresql" if connection.vendor == "sqlite" else "sqlite"
    wrong = archive_with(tmp_path / "other.tar.gz", manifest_for(other, []))
    with pytest.raises(CommandError, match=other):
        call_command("restore", str(wrong))

    newer = manifest_for(connection.vendor, [])
    newer["migrations"]["publishing"].append("9999_from_the_future")
    with pytest.raises(CommandError, match="9999_from_the_future"):
        call_command("restore", str(archive_with(tmp_path / "newer.tar.gz", newer)))


@pytest.mark.django_db
def test_a_damaged_archive_is_refused_before_anything_changes(media, tmp_path):
    default_storage.save("keep/me.txt", io.BytesIO(b"current"))
    manifest = manifest_for(
        connection.vendor, [{"name": "keep/me.txt", "size": 3, "sha256": "0" * 64}]
    )
    manifest["database"].update(size=2, sha256=hashlib.sha256(b"db").hexdigest())
    damaged = archive_with(
        tmp_path / "damaged.tar.gz", manifest, {"database.x": b"db", "files/keep/me.txt": b"old"}
    )
    with pytest.raises(CommandError, match="files/keep/me.txt"):
        call_command("restore", str(damaged))
    with default_storage.open("keep/me.txt", "rb") as handle:
        assert handle.read() == b"current"


def test_postgresql_backup_without_pg_dump_says_what_to_install(monkeypatch):
    monkeypatch.setattr(database.shutil, "which", lambda name: None)
    with pytest.raises(DomainError, match="postgresql-client"):
        database._run("pg_dump", "--format=custom")
