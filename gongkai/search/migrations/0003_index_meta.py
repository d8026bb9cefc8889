"""Keep each indexed document's id, filter columns and organisation name in the index tables.

SQLite gets ``search_fts_meta``; PostgreSQL's ``search_pgrank`` gets the same columns. Filtering,
ranking and facets then read the index alone, and the document table only for the page shown. An
existing index is filled from the document table.
"""

from django.db import migrations

SQLITE_CREATE = [
    "CREATE TABLE IF NOT EXISTS search_fts_meta (sort_key INTEGER PRIMARY KEY, "
    "doc_id INTEGER NOT NULL, org_id INTEGER, org_name TEXT NOT NULL, theme TEXT NOT NULL, "
    "genre TEXT NOT NULL, year INTEGER, validity TEXT NOT NULL, kind TEXT NOT NULL, "
    "title_words TEXT NOT NULL)",
    "INSERT OR REPLACE INTO search_fts_meta (sort_key, doc_id, org_id, org_name, theme, genre, "
    "year, validity, kind, title_words) "
    "SELECT t.sort_key, d.id, d.org_id, d.org_name, d.theme, d.genre, d.year, d.validity, "
    "d.kind, t.title_words FROM search_fts_tokens t "
    "JOIN search_searchdocument d ON d.sort_key = t.sort_key ORDER BY t.sort_key",
]
SQLITE_DROP = ["DROP TABLE IF EXISTS search_fts_meta"]
POSTGRES_CREATE = [
    "ALTER TABLE search_pgrank ADD COLUMN IF NOT EXISTS doc_id bigint, "
    "ADD COLUMN IF NOT EXISTS org_id bigint, "
    "ADD COLUMN IF NOT EXISTS org_name varchar(200) NOT NULL DEFAULT '', "
    "ADD COLUMN IF NOT EXISTS theme varchar(100) NOT NULL DEFAULT '', "
    "ADD COLUMN IF NOT EXISTS genre varchar(100) NOT NULL DEFAULT '', "
    "ADD COLUMN IF NOT EXISTS year integer, "
    "ADD COLUMN IF NOT EXISTS validity varchar(32) NOT NULL DEFAULT '', "
    "ADD COLUMN IF NOT EXISTS kind varchar(16) NOT NULL DEFAULT ''",
    "UPDATE search_pgrank r SET doc_id = d.id, org_id = d.org_id, org_name = d.org_name, "
    "theme = d.theme, genre = d.genre, year = d.year, validity = d.validity, kind = d.kind "
    "FROM search_searchdocument d WHERE d.sort_key = r.sort_key",
    "DELETE FROM search_pgrank WHERE doc_id IS NULL",
    "ALTER TABLE search_pgrank ALTER COLUMN doc_id SET NOT NULL",
]
POSTGRES_DROP = [
    "ALTER TABLE search_pgrank DROP COLUMN IF EXISTS doc_id, DROP COLUMN IF EXISTS org_id, "
    "DROP COLUMN IF EXISTS org_name, DROP COLUMN IF EXISTS theme, DROP COLUMN IF EXISTS genre, "
    "DROP COLUMN IF EXISTS year, DROP COLUMN IF EXISTS validity, DROP COLUMN IF EXISTS kind",
]


def _run(schema_editor, statements: dict) -> None:
    for sql in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


def create(apps, schema_editor):
    _run(schema_editor, {"sqlite": SQLITE_CREATE, "postgresql": POSTGRES_CREATE})


def drop(apps, schema_editor):
    _run(schema_editor, {"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP})


class Migration(migrations.Migration):
    dependencies = [("search", "0002_index_tables")]

    operations = [migrations.RunPython(create, drop)]
