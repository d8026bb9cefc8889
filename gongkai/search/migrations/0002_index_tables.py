"""Create the vendor's index table: FTS5 on SQLite, tsvectors with a GIN index on PostgreSQL."""

from django.db import migrations

SQLITE_CREATE = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "match_tokens, title_words, body_words, tokenize='ascii', detail=column, content='')",
    "CREATE TABLE IF NOT EXISTS search_fts_tokens (sort_key INTEGER PRIMARY KEY, "
    "title_words TEXT NOT NULL, body_words TEXT NOT NULL, match_tokens BLOB NOT NULL)",
]
SQLITE_DROP = ["DROP TABLE IF EXISTS search_fts", "DROP TABLE IF EXISTS search_fts_tokens"]
POSTGRES_CREATE = [
    "CREATE TABLE IF NOT EXISTS search_pgindex (sort_key bigint PRIMARY KEY, "
    "month integer NOT NULL, match_vector tsvector NOT NULL)",
    "ALTER TABLE search_pgindex ALTER COLUMN match_vector SET STORAGE EXTERNAL",
    "CREATE TABLE IF NOT EXISTS search_pgrank (sort_key bigint PRIMARY KEY, "
    "word_vector tsvector NOT NULL)",
    "CREATE INDEX IF NOT EXISTS search_pgindex_match ON search_pgindex USING gin (match_vector)",
    "CREATE TABLE IF NOT EXISTS search_pgmonth (month integer PRIMARY KEY, docs bigint NOT NULL)",
]
POSTGRES_DROP = [
    "DROP TABLE IF EXISTS search_pgindex",
    "DROP TABLE IF EXISTS search_pgrank",
    "DROP TABLE IF EXISTS search_pgmonth",
]


def _run(schema_editor, statements: dict) -> None:
    for sql in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


def create(apps, schema_editor):
    _run(schema_editor, {"sqlite": SQLITE_CREATE, "postgresql": POSTGRES_CREATE})


def drop(apps, schema_editor):
    _run(schema_editor, {"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP})


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
