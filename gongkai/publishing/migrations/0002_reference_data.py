"""Load the State Council themes (PUB-THEME-1) and the list types."""

from django.db import migrations

from gongkai.publishing.reference import load_reference


def load(apps, schema_editor):
    load_reference(apps.get_model("publishing", "Theme"), apps.get_model("publishing", "ListType"))


def unload(apps, schema_editor):
    apps.get_model("publishing", "Theme").objects.filter(parent__isnull=False).delete()
    apps.get_model("publishing", "Theme").objects.all().delete()
    apps.get_model("publishing", "ListType").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("publishing", "0001_initial")]
    operations = [migrations.RunPython(load, unload)]
