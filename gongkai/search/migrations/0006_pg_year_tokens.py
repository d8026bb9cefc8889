"""PostgreSQL: prefix each match token with its year of publication (``2024~民政``).

One posting list per token and year lets a query over recent years decode only those years' lists
(see ``backends/postgres.py``). The rows are rewritten in place from the tokens they hold, and the
year bucket lexemes (``~y2024``) go, since the tokens now carry the year. Backwards restores the
old form. SQLite has no such table.
"""

from django.db import migrations

FORWARDS = (
    "UPDATE search_pgindex SET match_vector = array_to_tsvector(ARRAY("
    "SELECT CASE WHEN l LIKE '~m%%' THEN l ELSE (month / 12)::text || '~' || l END "
    "FROM unnest(tsvector_to_array(match_vector)) AS l WHERE l NOT LIKE '~y%%'))"
)
BACKWARDS = (
    "UPDATE search_pgindex SET match_vector = array_to_tsvector(ARRAY("
    "SELECT regexp_replace(l, '^[0-9]+~', '') FROM unnest(tsvector_to_array(match_vector)) AS l "
    "UNION SELECT '~y' || (month / 12)::text))"
)


def _run(schema_editor, sql: str) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(sql)


def forwards(apps, schema_editor):
    _run(schema_editor, FORWARDS)


def backwards(apps, schema_editor):
    _run(schema_editor, BACKWARDS)


class Migration(migrations.Migration):
    dependencies = [("search", "0005_pgrank_inline_words")]

    operations = [migrations.RunPython(forwards, backwards)]
