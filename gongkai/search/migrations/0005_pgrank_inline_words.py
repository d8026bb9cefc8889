"""PostgreSQL: keep ``search_pgrank.word_vector`` in the row (compressed) instead of out of line.

Ranking reads the word vectors of the 500 pooled documents; stored out of line each one cost a
lookup in the TOAST table, which on a large index cost more than reading the row itself. New rows
follow at once; existing ones when ``gongkai search_optimize`` rewrites the table. SQLite has no
such table.
"""

from django.db import migrations


def _run(schema_editor, storage: str) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"ALTER TABLE search_pgrank ALTER COLUMN word_vector SET STORAGE {storage}"
        )


def forwards(apps, schema_editor):
    _run(schema_editor, "MAIN")


def backwards(apps, schema_editor):
    _run(schema_editor, "EXTENDED")


class Migration(migrations.Migration):
    dependencies = [("search", "0004_sqlite_match_only")]

    operations = [migrations.RunPython(forwards, backwards)]
