"""The demo loader: a guide with two versions, two rules and last year's report, once."""

import re

import pytest
from django.utils import timezone

from gongkai.orgs.demo import load_demo_orgs
from gongkai.portal.demo import load_demo_portal
from gongkai.portal.models import AnnualReport, GuideVersion, RuleDocument
from gongkai.publishing.privacy.files import pdf_text

pytestmark = pytest.mark.django_db


def test_demo_loads_once_and_shows_on_the_portal(client):
    load_demo_orgs()
    assert load_demo_portal() == 2
    assert load_demo_portal() == 2  # running it again adds nothing
    assert (GuideVersion.objects.count(), RuleDocument.objects.count()) == (2, 2)
    report = AnnualReport.objects.get()
    assert report.year == timezone.localdate().year - 1
    assert "0871-67195100" in client.get("/guide/").content.decode()  # v2, in force this year
    rule = RuleDocument.objects.exclude(file="").get()
    body = b"".join(client.get(f"/rules/{rule.pk}/file/").streaming_content)
    # served as the copy made at publication: a PDF whose metadata was cleared
    assert body.startswith(b"%PDF-") and body.rstrip().endswith(b"%%EOF")


def test_the_demo_rule_document_is_a_chinese_text(client):
    """保密审查制度.pdf, as a reader downloads it, reads as the office's rules: in Chinese, with
    no English word in it."""
    load_demo_orgs()
    load_demo_portal()
    rule = RuleDocument.objects.exclude(file="").get()
    body = b"".join(client.get(f"/rules/{rule.pk}/file/").streaming_content)
    text = pdf_text(body)
    assert "政府信息公开保密审查制度" in text and "第一条" in text and "自印发之日起施行" in text
    assert re.findall(r"[A-Za-z]+", text) == []
