"""Default assessment indicators; coordinators change the weights as data afterwards."""

from django.db import migrations

DEFAULTS = [
    ("按时完成率", "on_time", 60),
    ("进展报送率", "reporting", 25),
    ("任务完成率", "completion", 15),
]


def add_defaults(apps, schema_editor):
    Indicator = apps.get_model("plans", "AssessmentIndicator")
    for name, measure, weight in DEFAULTS:
        Indicator.objects.get_or_create(measure=measure, defaults={"name": name, "weight": weight})


class Migration(migrations.Migration):
    dependencies = [("plans", "0002_progress_occurrences_assessment")]

    operations = [migrations.RunPython(add_defaults, migrations.RunPython.noop)]
