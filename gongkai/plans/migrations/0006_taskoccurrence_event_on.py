"""Keep the event date of occurrences counted in working days, so a changed calendar can count
again; occurrences entered before carry the date in their label ("文件公开（2020-09-30）")."""

import re
from datetime import date

from django.db import migrations, models

_LABEL_DATE = re.compile(r"（(\d{4}-\d{2}-\d{2})）$")


def event_dates_from_labels(apps, schema_editor):
    occurrence_model = apps.get_model("plans", "TaskOccurrence")
    for occ in occurrence_model.objects.filter(task__relative_rule__isnull=False).select_related(
        "task"
    ):
        match = _LABEL_DATE.search(occ.label)
        if match and "workdays" in (occ.task.relative_rule or {}):
            occ.event_on = date.fromisoformat(match.group(1))
            occ.save(update_fields=["event_on"])


class Migration(migrations.Migration):
    dependencies = [
        ("plans", "0005_assessment_scheme_per_org"),
    ]

    operations = [
        migrations.AddField(
            model_name="taskoccurrence",
            name="event_on",
            field=models.DateField(blank=True, null=True, verbose_name="event date"),
        ),
        migrations.RunPython(event_dates_from_labels, migrations.RunPython.noop),
    ]
