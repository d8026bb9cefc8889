"""SQLite: keep only the match tokens in the FTS5 table, with ``detail=none``.

The jieba words shared doclists with the match tokens, so a query token common as a word but rare
as a match token walked every document holding the word. Ranking already reads the words from
``search_fts_tokens``; the FTS5 table is rebuilt from the tokens kept there (no re-segmenting).
PostgreSQL keeps its tables as they are.
"""

import zlib

from django.db import migrations

BATCH = 5000
NEW_TABLE = (
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "match_tokens, tokenize='ascii', detail=none, content='')"
)
OLD_TABLE = (
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "match_tokens, title_words, body_words, tokenize='ascii', detail=column, content='')"
)


def _rebuild(schema_editor, create: str, with_words: bool) -> None:
    connection = schema_editor.connection
    if connection.vendor != "sqlite":
        return
    schema_editor.execute("DROP TABLE IF EXISTS search_fts")
    schema_editor.execute(create)
    last = -(2**63)
    with connection.cursor() as cur:
        while True:
            cur.execute(
                "SELECT sort_key, match_tokens, title_words, body_words FROM search_fts_tokens "
                "WHERE sort_key > %s ORDER BY sort_key LIMIT %s",
                [last, BATCH],
            )
            rows = cur.fetchall()
            if not rows:
                break
            last = rows[-1][0]
            if with_words:
                cur.executemany(
                    "INSERT INTO search_fts (rowid, match_tokens, title_words, body_words) "
                    "VALUES (%s, %s, %s, %s)",
                    [(k, zlib.decompress(m).decode(), t[1:-1], b[1:-1]) for k, m, t, b in rows],
                )
            else:
                cur.executemany(
                    "INSERT INTO search_fts (rowid, match_tokens) VALUES (%s, %s)",
                    [(k, zlib.decompress(m).decode()) for k, m, _, _ in rows],
                )


def forwards(apps, schema_editor):
    _rebuild(schema_editor, NEW_TABLE, with_words=False)


def backwards(apps, schema_editor):
    _rebuild(schema_editor, OLD_TABLE, with_words=True)


class Migration(migrations.Migration):
    dependencies = [("search", "0003_index_meta")]

    operations = [migrations.RunPython(forwards, backwards)]
