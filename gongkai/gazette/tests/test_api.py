"""The gazette API: published issues for anyone, as published; every issue for its staff."""

import json
from datetime import date

import pytest

from tests.api_client import api_client as _client

from .factories import make_issue, publish_issue
from .test_views import issue, normative  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db


def test_a_draft_issue_is_not_in_the_public_api(issue):  # noqa: F811
    api = _client()
    assert api.get("/api/gazette/issues/").json()["count"] == 0
    assert api.get(f"/api/gazette/issues/{issue.pk}/").status_code == 404


def test_a_published_issue_with_its_contents_as_published(issue, coordinator, normative):  # noqa: F811
    publish_issue(issue, actor=coordinator)
    api = _client()
    (row,) = api.get("/api/gazette/issues/?year=2024").json()["results"]
    assert row["label"] == "2024年第3期（总第215期）"
    assert row["gazette"] == "云南省卫生和计划生育委员会公报"
    assert row["content_count"] == 1 and row["pdf_url"].endswith("/pdf/")
    assert api.get("/api/gazette/issues/?year=2023").json()["count"] == 0
    detail = api.get(f"/api/gazette/issues/{issue.pk}/")
    (content,) = detail.json()["contents"]
    assert (content["doc_number"], content["item"]) == ("云卫规〔2024〕1号", normative.pk)
    assert "13812345678" not in json.dumps(detail.json())  # masked in the review
    assert api.get("/api/gazette/issues/?year=2x").status_code == 400


def test_staff_read_their_drafts_and_nobody_else_does(
    issue,  # noqa: F811
    org_tree,
    coordinator,
    city_coordinator,
):
    other = make_issue(org=org_tree["commission"], actor=coordinator, year=2023, number=1,
                       on=date(2023, 1, 5))  # fmt: skip
    staff = _client(coordinator)
    rows = staff.get("/api/gazette/office-issues/").json()["results"]
    assert {(r["year"], r["status"]) for r in rows} == {(2024, "draft"), (2023, "draft")}
    assert [
        r["id"] for r in staff.get("/api/gazette/office-issues/?year=2023").json()["results"]
    ] == [other.pk]
    assert staff.get("/api/gazette/office-issues/?status=published").json()["count"] == 0
    detail = staff.get(f"/api/gazette/office-issues/{issue.pk}/").json()
    assert detail["contents"][0]["title"] == "云南省医疗机构药品采购管理办法"
    city = _client(city_coordinator)
    assert city.get("/api/gazette/office-issues/").json()["count"] == 0
    assert city.get(f"/api/gazette/office-issues/{issue.pk}/").status_code == 404
    assert _client().get("/api/gazette/office-issues/").status_code in {401, 403}
