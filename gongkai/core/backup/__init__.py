"""Backups: the database and the uploaded files in one archive (``gongkai backup``/``restore``)."""

from .archive import Summary, backup_restore, backup_write, manifest_read

__all__ = ["Summary", "backup_restore", "backup_write", "manifest_read"]
