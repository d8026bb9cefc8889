"""Public pages of the gazette (/gazette/): years, a year's issues, an issue and its PDF."""

from pathlib import PurePath

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from gongkai.core.pagecache import cache_public_page

from ..selectors import public_issue_get, public_year_issues, public_years
from ..services import gazette_name


@cache_public_page
def index_view(request: HttpRequest) -> HttpResponse:
    years = public_years()
    latest = public_year_issues(years[0]["year"]) if years else []
    return render(request, "gazette/public/index.html", {"years": years, "latest": latest})


@cache_public_page
def year_view(request: HttpRequest, year: int) -> HttpResponse:
    issues = list(public_year_issues(year))
    if not issues:
        raise Http404
    context = {"year": year, "issues": issues, "years": public_years()}
    return render(request, "gazette/public/year.html", context)


@cache_public_page
def issue_view(request: HttpRequest, pk: int) -> HttpResponse:
    issue = public_issue_get(pk)
    contents = list(issue.contents.select_related("item"))
    # A linked document is shown only while it is public (a withdrawn one has no page).
    for content in contents:
        content.public_item = content.item if content.item and content.item.is_public else None
    context = {
        "issue": issue,
        "gazette": gazette_name(issue),
        "contents": contents,
        "pages": [p for p in issue.public_text.split("\f") if p.strip()] if not contents else [],
    }
    return render(request, "gazette/public/issue.html", context)


def issue_pdf_view(request: HttpRequest, pk: int) -> FileResponse:
    """The PDF of a published issue, the copy made on publication (never the draft's file)."""
    issue = public_issue_get(pk)
    if not issue.public_pdf:
        raise Http404
    name = (
        f"{gazette_name(issue)}{issue.year}-{issue.number}{PurePath(issue.public_pdf.name).suffix}"
    )
    return FileResponse(issue.public_pdf.open("rb"), as_attachment=True, filename=name)
