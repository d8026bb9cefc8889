"""The index's defaults as data: required disclosure columns, veto items, the item skeleton."""

from django.db import migrations

from gongkai.monitoring.defaults import load_defaults


def load(apps, schema_editor):
    load_defaults(apps)


class Migration(migrations.Migration):
    dependencies = [("monitoring", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
