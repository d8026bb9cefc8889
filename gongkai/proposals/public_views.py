"""Public pages: published replies by year and kind, each as the reviewer approved it.

Both are the same for every reader and kept in the public page cache (core.pagecache): a reply
published or withdrawn (the proposal or its information item saved) drops them.
"""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from gongkai.core.pagecache import cache_public_page
from gongkai.core.params import year_param

from .selectors import public_counts, public_get, public_list
from .states import ProposalKind


@require_GET
@cache_public_page
def index(request: HttpRequest) -> HttpResponse:
    year = year_param(request.GET.get("year"))
    kind = request.GET.get("kind", "")
    kind = kind if kind in ProposalKind.values else ""
    query = "&".join(
        p for p in (f"year={year}" if year else "", f"kind={kind}" if kind else "") if p
    )
    context = {
        "page": Paginator(public_list(year=year, kind=kind), 20).get_page(request.GET.get("page")),
        "counts": public_counts(),
        "kinds": ProposalKind.choices,
        "year": year,
        "kind": kind,
        "query": query,
    }
    return render(request, "proposals/public/list.html", context)


@require_GET
@cache_public_page
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    proposal, version = public_get(pk=pk)
    context = {"proposal": proposal, "version": version}
    return render(request, "proposals/public/detail.html", context)
