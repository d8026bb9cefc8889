"""`gongkai demo` (what `make demo` runs) loads every app's data once and prints the accounts.

One test loads the whole demo (twice, to show the second load changes nothing) and checks what
every app's part of it must hold; the apps' own demo tests load only their part.
"""

import html
import io
import re
from io import StringIO

import pytest
from django.apps import apps
from django.core import mail
from django.core.management import call_command
from django.db import models
from django.test import override_settings
from django.utils import timezone

from gongkai.monitoring.models import CheckRun, Finding, Site
from gongkai.monitoring.own_portal import own_portal_url
from gongkai.monitoring.states import RunStatus
from gongkai.orgs.models import Organisation
from gongkai.portal.models import AnnualReport
from gongkai.publishing.privacy.files import NoTextLayerError, pdf_text
from gongkai.reports.checks import report_findings
from gongkai.reports.selectors import annual_tables

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
@override_settings(GONGKAI_PUBLIC_URL="")
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
    _assert_last_years_report_is_published_and_filled()
    _assert_the_demo_files_are_in_chinese()
    site = _assert_the_own_portal_check_is_finished_with_full_marks()
    call_command("demo", stdout=StringIO())
    assert _counts() == first
    # Loading the demo again makes no second check of the own portal.
    assert CheckRun.objects.filter(site=site).count() == 1


def _assert_the_own_portal_check_is_finished_with_full_marks() -> Site:
    """The demo checks Gongkai's own portal with no server running (the crawl is served
    in-process, through the same robots.txt and budget logic): the check is finished."""
    site = Site.objects.get(own_portal=True)
    assert site.base_url == own_portal_url() == "http://127.0.0.1:8000/"
    run = CheckRun.objects.get(site=site)
    assert run.status == RunStatus.DONE and run.finished_at is not None
    # Nothing wrong with the portal the demo fills: full marks, no problem found.
    assert run.passed and not run.vetoed and run.score == 100
    assert list(Finding.objects.filter(run=run)) == []
    assert run.pages.count() == run.pages_fetched > 20
    assert run.pages.filter(ok=False).count() == 0
    return site


def _total(table) -> int:
    return sum(v or 0 for cells in table.values() for v in cells.values())


def _assert_last_years_report_is_published_and_filled():
    """Issue 16: the demo health commission's report on last year is public, computed from
    last year's requests, with every table filled and carry-over both ways."""
    year = timezone.localdate().year - 1
    org = Organisation.objects.get(name="云南省卫生和计划生育委员会")
    assert AnnualReport.objects.filter(org=org, year=year, is_public=True).exists()
    tables = annual_tables(org=org, year=year)
    for table in (tables.t2, tables.t3, tables.t4, tables.t6):
        assert _total(table) > 0, table
    assert tables.t2["行政规范性文件"]["本年制发件数"] > 0
    assert tables.t2["行政规范性文件"]["本年废止件数"] > 0
    assert tables.t3["二"]["总计"] > 0 and tables.t3["四"]["总计"] > 0
    assert (
        sum(1 for row, cells in tables.t3.items() if row.startswith("三(") and cells["总计"]) > 10
    )
    assert [f for f in report_findings(tables) if f.blocking] == []


#: The seed documents of the plans are imported as received, not written by the demo.
AS_RECEIVED = {("plans.plan", "source")}


def _file_text(name: str, data: bytes) -> str | None:
    suffix = name.rsplit(".", 1)[-1].lower()
    if suffix == "pdf":
        try:
            return pdf_text(data)
        except NoTextLayerError:  # the scanned back issue: a picture, read by Tesseract
            return None
    if suffix == "docx":
        import docx

        document = docx.Document(io.BytesIO(data))
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    if suffix == "xlsx":
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
        rows = [row for sheet in book for row in sheet.iter_rows(values_only=True)]
        values = [str(v) for row in rows for v in row if v is not None]
        return "\n".join(book.sheetnames + values)
    if suffix in ("html", "htm"):
        text = re.sub(r"<(style|script)\b.*?</\1>", " ", data.decode(), flags=re.S)
        return html.unescape(re.sub(r"<[^>]+>", " ", text))
    return data.decode()


def _assert_the_demo_files_are_in_chinese():
    """Every file the demo made (rules, gazette issues, the annual report's downloads) reads as
    an office's Chinese document: no English word in it."""
    read = 0
    for model in apps.get_models():
        fields = [f.name for f in model._meta.get_fields() if isinstance(f, models.FileField)]
        for field in fields:
            if (model._meta.label_lower, field) in AS_RECEIVED:
                continue
            for obj in model.objects.exclude(**{field: ""}):
                stored = getattr(obj, field)
                with stored.open("rb") as handle:
                    text = _file_text(stored.name, handle.read())
                if text is None:
                    continue
                read += 1
                words = set(re.findall(r"[A-Za-z]{2,}", text))
                assert not words, (stored.name, sorted(words))
    assert read >= 5, read
