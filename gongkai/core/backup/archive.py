"""One archive (tar.gz) holding the database and every uploaded file, and restoring from it.

Layout: the database copy (``database.sqlite3`` or ``database.pgdump``), the files under
``files/`` by their storage names, and ``manifest.json`` last: format version, Gongkai version,
date, database vendor, the applied migrations and every member with its size and SHA-256.
Files are read and written through Django's storage API, so a filesystem folder, a shared
volume and an S3 bucket are backed up alike. A restore checks the whole archive before it
changes anything.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from pathlib import Path
from typing import IO

from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError

from . import database

FORMAT = "gongkai-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
FILES = "files/"
CHUNK = 1024 * 1024


@dataclass
class Summary:
    """What a backup wrote or a restore put back."""

    vendor: str
    files: int = 0
    bytes: int = 0
    migrations_to_apply: list[str] = field(default_factory=list)


def gongkai_version() -> str:
    try:
        return package_version("gongkai")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "unknown"


def applied_migrations() -> dict[str, list[str]]:
    applied: dict[str, list[str]] = {}
    for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app, []).append(name)
    return applied


def stored_names(folder: str = "") -> Iterator[str]:
    """Every file name in the default storage, walking folders through ``listdir``."""
    try:
        folders, files = default_storage.listdir(folder)
    except FileNotFoundError:  # a filesystem storage whose folder was never created
        return
    prefix = f"{folder}/" if folder else ""
    for name in sorted(files):
        yield prefix + name
    for sub in sorted(folders):
        yield from stored_names(prefix + sub)


class _Hashing(io.RawIOBase):
    """Read through a file object, counting and hashing what passes."""

    def __init__(self, handle: IO[bytes]):
        self.handle, self.sha256, self.size = handle, hashlib.sha256(), 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        self.sha256.update(data)
        self.size += len(data)
        return data


def _add(tar: tarfile.TarFile, name: str, handle: IO[bytes], size: int) -> dict:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = size, 0o600, int(timezone.now().timestamp())
    reader = _Hashing(handle)
    tar.addfile(info, reader)
    if reader.size != size:
        raise DomainError(_("The file %(name)s changed while it was copied.") % {"name": name})
    return {"name": name, "size": size, "sha256": reader.sha256.hexdigest()}


def backup_write(target: Path) -> Summary:
    """Write the database and every stored file into a new archive at ``target`` (mode 0600)."""
    vendor = database.vendor()
    summary = Summary(vendor=vendor)
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as tar:
        with tempfile.TemporaryDirectory(prefix="gongkai-backup-") as tmp:
            copy = Path(tmp) / database.MEMBER[vendor]
            database.dump(copy)
            with copy.open("rb") as handle:
                db_entry = _add(tar, database.MEMBER[vendor], handle, copy.stat().st_size)
        files = []
        for name in stored_names():
            with default_storage.open(name, "rb") as handle:
                entry = _add(tar, FILES + name, handle, default_storage.size(name))
            files.append({**entry, "name": name})
            summary.files += 1
            summary.bytes += files[-1]["size"]
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "gongkai_version": gongkai_version(),
            "created_at": timezone.now().isoformat(),
            "database": {"vendor": vendor, **db_entry},
            "migrations": applied_migrations(),
            "files": files,
        }
        data = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
        _add(tar, MANIFEST, io.BytesIO(data), len(data))
    return summary


def manifest_read(source: Path) -> dict:
    """The archive's manifest, refused with a clear message if it is not a Gongkai backup."""
    try:
        with tarfile.open(source, mode="r:gz") as tar:
            member = tar.getmember(MANIFEST)
            manifest = json.load(tar.extractfile(member))
    except (OSError, tarfile.TarError, KeyError, ValueError) as exc:
        raise DomainError(
            _("%(path)s is not a Gongkai backup archive (%(error)s).")
            % {"path": source.name, "error": exc}
        ) from exc
    if manifest.get("format") != FORMAT:
        raise DomainError(_("%(path)s is not a Gongkai backup archive.") % {"path": source.name})
    if manifest.get("format_version") != FORMAT_VERSION:
        raise DomainError(
            _(
                "The archive has backup format %(found)s; this version of Gongkai reads format "
                "%(known)s."
            )  # fmt: skip
            % {"found": manifest.get("format_version"), "known": FORMAT_VERSION}
        )
    return manifest


def _check_fits(manifest: dict) -> list[str]:
    """Refuse an archive this installation cannot take; list the migrations to apply after."""
    vendor = database.vendor()
    if manifest["database"]["vendor"] != vendor:
        raise DomainError(
            _(
                "The archive holds a %(archived)s database but this installation uses %(current)s; "
                "restore it into a %(archived)s installation."
            )  # fmt: skip
            % {"archived": manifest["database"]["vendor"], "current": vendor}
        )
    known = MigrationLoader(None, ignore_no_migrations=True).disk_migrations
    archived = {(app, name) for app, names in manifest["migrations"].items() for name in names}
    unknown = sorted(f"{app}.{name}" for app, name in archived - set(known))
    if unknown:
        raise DomainError(
            _(
                "The archive was made by a newer version of Gongkai (migrations unknown here: "
                "%(names)s); upgrade Gongkai before restoring it."
            )  # fmt: skip
            % {"names": ", ".join(unknown[:5]) + (" …" if len(unknown) > 5 else "")}
        )
    return sorted(f"{app}.{name}" for app, name in set(known) - archived)


def _check_members(source: Path, manifest: dict) -> None:
    """Every member the manifest lists is in the archive with its size and SHA-256."""
    expected = {manifest["database"]["name"]: manifest["database"]}
    expected.update({FILES + entry["name"]: entry for entry in manifest["files"]})
    seen = set()
    with tarfile.open(source, mode="r:gz") as tar:
        for member in tar:
            entry = expected.get(member.name)
            if entry is None or not member.isfile():
                continue
            digest = hashlib.sha256()
            handle = tar.extractfile(member)
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
            if member.size != entry["size"] or digest.hexdigest() != entry["sha256"]:
                raise DomainError(
                    _("The archive is damaged: %(name)s does not match its checksum.")
                    % {"name": member.name}
                )
            seen.add(member.name)
    missing = sorted(set(expected) - seen)
    if missing:
        raise DomainError(
            _("The archive is incomplete: %(names)s missing.") % {"names": ", ".join(missing[:5])}
        )


def database_in_use() -> bool:
    """Whether the database holds anyone's work: an account or an organisation.

    ``migrate`` alone creates neither, so a freshly set-up installation counts as empty.
    """
    from django.apps import apps  # looked up by name: the kernel imports no app

    tables = connection.introspection.table_names()
    models = (get_user_model(), apps.get_model("orgs", "Organisation"))
    return any(model._meta.db_table in tables and model.objects.exists() for model in models)


def backup_restore(source: Path, *, force: bool = False) -> Summary:
    """Put the archive's database and files back, after checking the whole archive."""
    manifest = manifest_read(source)
    to_apply = _check_fits(manifest)
    if database_in_use() and not force:
        raise DomainError(
            _(
                "The database is not empty: restoring replaces everything in it. Run the command "
                "again with --force to overwrite it."
            )  # fmt: skip
        )
    _check_members(source, manifest)
    summary = Summary(vendor=manifest["database"]["vendor"], migrations_to_apply=to_apply)
    files = {FILES + entry["name"]: entry["name"] for entry in manifest["files"]}
    with tarfile.open(source, mode="r:gz") as tar:
        for member in tar:
            if member.name == manifest["database"]["name"]:
                with tempfile.TemporaryDirectory(prefix="gongkai-restore-") as tmp:
                    copy = Path(tmp) / "database"
                    with copy.open("wb") as out:
                        _copy(tar.extractfile(member), out)
                    database.load(copy)
            elif member.name in files:
                name = files[member.name]
                if default_storage.exists(name):
                    default_storage.delete(name)
                saved = default_storage.save(name, tar.extractfile(member))
                if saved != name:
                    raise DomainError(
                        _("The storage stored %(name)s as %(saved)s.")
                        % {"name": name, "saved": saved}
                    )
                summary.files += 1
                summary.bytes += member.size
    return summary


def _copy(source: IO[bytes], target: IO[bytes]) -> None:
    while chunk := source.read(CHUNK):
        target.write(chunk)
