"""`gongkai demo` (what `make demo` runs) loads every app's data once and prints the accounts."""

from io import StringIO

import pytest
from django.apps import apps
from django.core import mail
from django.core.management import call_command

COUNTED = [
    "orgs.Organisation",
    "orgs.Membership",
    "plans.Plan",
    "plans.Task",
    "applications.Application",
    "publishing.InformationItem",
    "participation.Consultation",
    "participation.Message",
    "reports.EnteredFigure",
    "search.SearchDocument",
]


def _counts() -> dict[str, int]:
    return {label: apps.get_model(label).objects.count() for label in COUNTED}


@pytest.mark.django_db(transaction=True)  # real commits, as in `make demo`: the index follows them
def test_demo_loads_everything_once_and_prints_the_accounts():
    out = StringIO()
    call_command("demo", stdout=out)
    first = _counts()
    assert first["plans.Plan"] == 5  # the five seed documents
    assert all(first[label] > 0 for label in COUNTED), first
    text = out.getvalue()
    for username in ("coordinator", "editor", "reviewer", "supervisor"):
        assert username in text
    assert "gongkai-demo" in text and "http://127.0.0.1:8000/" in text
    assert mail.outbox == []  # the demo's notices are not mailed to anybody
    call_command("demo", stdout=StringIO())
    assert _counts() == first
