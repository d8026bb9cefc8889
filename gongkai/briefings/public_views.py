"""The public page: press conferences, briefings and interpretations of a year, with their
material."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from gongkai.core.pagecache import cache_public_page
from gongkai.core.params import year_param

from .selectors import public_entries, public_years


@require_GET
@cache_public_page
def entry_index(request: HttpRequest) -> HttpResponse:
    """The same for every reader; kept in the public page cache (core.pagecache). With no
    entry yet the default year is this year's, which the cache's day in its key follows."""
    years = public_years()
    default = years[0] if years else timezone.localdate().year
    year = year_param(request.GET.get("year"), default=default)
    context = {"year": year, "years": years, "entries": public_entries(year=year)}
    return render(request, "briefings/public/entry_list.html", context)
