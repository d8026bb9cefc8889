"""Stored files outliving their rows: delete them from the storage once the deletion commits."""

from django.db import transaction
from django.db.models.fields.files import FieldFile


def stored_files_delete_on_commit(*files: FieldFile) -> None:
    """Delete each non-empty ``files`` from its storage after the current transaction commits.

    Django leaves a file in the storage (folder, shared volume or S3 bucket) when its row is
    deleted; a service that deletes the row calls this so that no orphan copy stays behind.
    A rolled-back transaction keeps the files.
    """
    for stored in files:
        if stored:
            storage, name = stored.storage, stored.name
            transaction.on_commit(lambda storage=storage, name=name: storage.delete(name))
