"""Index numbers (索引号) count in the core number series like every other serial."""

from django.db import migrations


def forward(apps, schema_editor):
    IndexCounter = apps.get_model("publishing", "IndexCounter")
    Counter = apps.get_model("core", "Counter")
    Counter.objects.bulk_create(
        [
            Counter(key=f"publishing.index_number:{row.org_id}/{row.year}", last=row.last)
            for row in IndexCounter.objects.all()
        ]
    )


def backward(apps, schema_editor):
    IndexCounter = apps.get_model("publishing", "IndexCounter")
    Counter = apps.get_model("core", "Counter")
    prefix = "publishing.index_number:"
    for row in Counter.objects.filter(key__startswith=prefix):
        org_id, year = row.key[len(prefix) :].split("/")
        IndexCounter.objects.create(org_id=int(org_id), year=int(year), last=row.last)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_counter"),
        ("publishing", "0006_published_files"),
    ]

    operations = [
        migrations.RunPython(forward, backward),
        migrations.DeleteModel(name="IndexCounter"),
    ]
