"""Public portal views: home, the four statutory columns, organisations, browsing, search."""

from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from gongkai.core.pagecache import cache_public_page
from gongkai.core.params import id_param
from gongkai.publishing.models import Genre, Validity
from gongkai.publishing.selectors import item_public_list, normative_public_list

from .. import selectors
from ..sections import section_links

SEARCH_SORTS = ("relevance", "date")
#: The home page lists the top governments; their departments are on the organisation pages.
HOME_ORGS = 12
#: An uploaded HTML report is shown, never allowed to run scripts or load anything.
REPORT_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _int(value) -> int | None:
    number = id_param(value)  # ASCII digits only: "²" passes str.isdigit but not int()
    return number if number is not None and number < 10**9 else None


def _page(request: HttpRequest, qs, per_page: int = 20):
    query = request.GET.copy()
    query.pop("page", None)
    return Paginator(qs, per_page).get_page(request.GET.get("page")), query.urlencode()


def _toggle(params, key: str, value, active: bool) -> str:
    """The browse URL with ``key`` set to ``value`` (or unset when it is the current choice)."""
    query = params.copy()
    query.pop("page", None)
    if active:
        query.pop(key, None)
    else:
        query[key] = str(value)
    return "?" + query.urlencode()


@cache_public_page
def home(request: HttpRequest) -> HttpResponse:
    orgs = selectors.public_orgs().filter(depth=0)[:HOME_ORGS]
    context = {
        "sections": section_links(),
        "organisations": orgs,
        "latest": selectors.latest_items(limit=8),
        "normative": normative_public_list(validity=Validity.IN_FORCE)[:5],
    }
    return render(request, "portal/home.html", context)


# --- the four statutory columns (PORTAL-3) --------------------------------------------------


@cache_public_page
def guide_index(request: HttpRequest) -> HttpResponse:
    orgs = selectors.guide_orgs()
    if len(orgs) == 1:
        return guide_detail(request, orgs[0].pk)
    return render(request, "portal/guide_index.html", {"orgs": orgs})


@cache_public_page
def guide_detail(request: HttpRequest, org_pk: int) -> HttpResponse:
    """The guide in force today, or an earlier version asked for by number (PUB-GUIDE-1)."""
    org = selectors.public_org_get(pk=org_pk)
    versions = list(selectors.guide_versions(org=org))
    today = timezone.localdate()
    current = selectors.guide_current(org=org, on=today)
    shown = current
    wanted = _int(request.GET.get("version"))
    if wanted is not None:
        shown = next((v for v in versions if v.number == wanted), None)
        if shown is None:
            raise Http404
    if shown is None:
        raise Http404
    context = {
        "org": org,
        "version": shown,
        "current": current,
        "sections": selectors.guide_text(org=org, version=shown),
        "versions": [v for v in versions if v.effective_from <= today],
        "upcoming": [v for v in versions if v.effective_from > today],
    }
    return render(request, "portal/guide_detail.html", context)


@cache_public_page
def rules(request: HttpRequest) -> HttpResponse:
    org = None
    org_id = _int(request.GET.get("org"))
    if org_id is not None:
        org = selectors.public_orgs().filter(pk=org_id).first()
    entries = selectors.rule_list(org=org)
    groups = {}
    for entry in entries:
        groups.setdefault(entry.get_level_display(), []).append(entry)
    context = {
        "regulations": selectors.REGULATIONS,
        "groups": list(groups.items()),
        "org": org,
        "orgs": selectors.public_orgs().filter(pk__in=selectors.rule_list().values("org")),
    }
    return render(request, "portal/rules.html", context)


def rule_file(request: HttpRequest, pk: int) -> FileResponse:
    entry = selectors.rule_list().filter(pk=pk).exclude(file="").first()
    if entry is None:
        raise Http404
    name = entry.file.name.rsplit("/", 1)[-1]
    return FileResponse(entry.file.open("rb"), as_attachment=True, filename=name)


@cache_public_page
def statutory(request: HttpRequest) -> HttpResponse:
    """法定主动公开内容 by catalog entry (PORTAL-3, PUB-SCOPE-2/4)."""
    orgs = list(selectors.catalog_orgs())
    org = None
    org_id = _int(request.GET.get("org"))
    if org_id is not None:
        org = next((o for o in orgs if o.pk == org_id), None)
    if org is None and orgs:
        org = orgs[0]
    context = {
        "orgs": orgs,
        "org": org,
        "rows": selectors.statutory_catalog(org=org) if org else [],
    }
    return render(request, "portal/statutory.html", context)


@cache_public_page
def annual_reports(request: HttpRequest) -> HttpResponse:
    org = None
    org_id = _int(request.GET.get("org"))
    if org_id is not None:
        org = selectors.public_orgs().filter(pk=org_id).first()
    years: dict[int, list] = {}
    for report in selectors.annual_report_list(org=org):
        years.setdefault(report.year, []).append(report)
    context = {
        "years": list(years.items()),
        "org": org,
        "orgs": selectors.public_orgs().filter(pk__in=selectors.annual_report_list().values("org")),
    }
    return render(request, "portal/annual_reports.html", context)


def annual_report_file(request: HttpRequest, pk: int) -> FileResponse:
    report = selectors.annual_report_get(pk=pk)
    inline = report.file_name.lower().endswith((".html", ".htm"))
    response = FileResponse(
        report.file.open("rb"), as_attachment=not inline, filename=report.file_name
    )
    if inline:
        response["Content-Type"] = "text/html; charset=utf-8"
        response["Content-Security-Policy"] = REPORT_CSP
    return response


#: A computed report's downloads: the field holding each and its content type.
REPORT_DOWNLOADS = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def annual_report_download(request: HttpRequest, pk: int, kind: str) -> FileResponse:
    """A computed report's .docx or PDF, as reviewed and published with its web page."""
    report = selectors.annual_report_get(pk=pk)
    stored = getattr(report, kind) if kind in REPORT_DOWNLOADS else None
    if not stored:
        raise Http404
    name = f"{report.title.replace('/', '-')}.{kind}"
    response = FileResponse(stored.open("rb"), as_attachment=True, filename=name)
    response["Content-Type"] = REPORT_DOWNLOADS[kind]
    return response


# --- organisations (PORTAL-4) --------------------------------------------------------------


@cache_public_page
def org_index(request: HttpRequest) -> HttpResponse:
    orgs = list(selectors.public_orgs())
    return render(request, "portal/org_index.html", {"orgs": orgs})


@cache_public_page
def org_detail(request: HttpRequest, pk: int) -> HttpResponse:
    org = selectors.public_org_get(pk=pk)
    parent = selectors.public_orgs().filter(pk=org.parent_id).first() if org.parent_id else None
    context = {
        "org": org,
        "parent": parent,
        "children": selectors.org_children(org=org),
        "guide": selectors.guide_current(org=org),
        "latest": list(selectors.browse_items(selectors.BrowseFilters(org=org))[:10]),
        "reports": selectors.annual_report_list(org=org)[:5],
        "has_catalog": selectors.catalog_orgs().filter(pk=org.pk).exists(),
    }
    return render(request, "portal/org_detail.html", context)


# --- browsing ------------------------------------------------------------------------------


@cache_public_page
def browse(request: HttpRequest) -> HttpResponse:
    """Public items by theme category, issuing organisation, genre and year."""
    params = request.GET
    filters = selectors.BrowseFilters()
    org_id = _int(params.get("org"))
    if org_id is not None:
        filters.org = selectors.public_orgs().filter(pk=org_id).first()
    theme_id = _int(params.get("theme"))
    if theme_id is not None:
        filters.theme = selectors.theme_get(theme_id)
    if params.get("genre") in Genre.values:
        filters.genre = params["genre"]
    year = _int(params.get("year"))
    if year is not None and 1900 < year < 2200:
        filters.year = year
    page, query = _page(request, selectors.browse_items(filters))
    facets = selectors.browse_facets()
    current = {
        "theme": filters.theme.pk if filters.theme else None,
        "org": filters.org.pk if filters.org else None,
        "genre": filters.genre or None,
        "year": filters.year,
    }
    groups = []
    for key, label, options in (
        ("theme", _("Theme category"), [(t.pk, t.name, n) for t, n in facets["themes"]]),
        ("org", _("Issuing organisation"), [(o.pk, o.name, n) for o, n in facets["orgs"]]),
        ("genre", _("Genre"), [(g, g, n) for g, n in facets["genres"]]),
        ("year", _("Year"), [(y, str(y), n) for y, n in facets["years"]]),
    ):
        groups.append(
            {
                "label": label,
                "options": [
                    {
                        "label": text,
                        "count": n,
                        "active": current[key] == value,
                        "url": _toggle(params, key, value, current[key] == value),
                    }
                    for value, text, n in options
                ],
            }
        )
    context = {
        "page": page,
        "query": query,
        "filters": filters,
        "groups": groups,
        "chosen": any([filters.org, filters.theme, filters.genre, filters.year]),
    }
    return render(request, "portal/browse.html", context)


def _result_rows(results) -> list[dict]:
    """Pair each result with the date the public knows it by, an item's 发布日期, and its 有效性
    (PUB-META-1); a repealed or expired document is marked as no longer in force (PUB-NORM-1)."""
    from gongkai.publishing.indexing import OBJECT_TYPE

    item_ids = [int(r.object_id) for r in results if r.object_type == OBJECT_TYPE]
    published = dict(item_public_list().filter(pk__in=item_ids).values_list("pk", "published_on"))
    validities = dict(Validity.choices)
    rows = []
    for r in results:
        when = published.get(int(r.object_id)) if r.object_type == OBJECT_TYPE else None
        if when is None and r.published_at:
            when = timezone.localtime(r.published_at).date()
        rows.append(
            {
                "result": r,
                "date": when,
                "validity": validities.get(r.validity, ""),
                "ended": r.validity in (Validity.REPEALED, Validity.EXPIRED),
            }
        )
    return rows


def search(request: HttpRequest) -> HttpResponse:
    """Full-text search (PUB-SEARCH-1): any input gives a page, never a server error."""
    from gongkai.search import doc_classes
    from gongkai.search.models import SearchDocument
    from gongkai.search.selectors import search as run_search

    params = request.GET
    raw_query = params.get("q", "")
    sort = params.get("sort") if params.get("sort") in SEARCH_SORTS else "relevance"
    filters = {}
    for name in ("org", "year"):
        value = _int(params.get(name))
        if value is not None:
            filters[name] = value
    for name in ("theme", "genre", "doc_class"):
        value = params.get(name, "").strip()[:100]
        if value:
            filters[name] = value
    validity = params.get("validity", "")
    validities = dict(Validity.choices)
    if validity in validities:
        filters["validity"] = validity
    kind = params.get("kind", "")
    # the kinds of /info/ (rules and normative documents together), then any other the index holds
    kinds = {
        SearchDocument.Kind.ITEM: pgettext("search kind", "General information"),
        SearchDocument.Kind.POLICY: pgettext("search kind", "Policy documents"),
        SearchDocument.Kind.INTERPRETATION: pgettext("search kind", "Policy interpretations"),
        SearchDocument.Kind.NORMATIVE: pgettext("search kind", "Normative documents and rules"),
    }
    kinds.update({k: str(label) for k, label in SearchDocument.Kind.choices if k not in kinds})
    if kind in kinds:
        filters["kind"] = kind
    result = run_search(
        query=raw_query, filters=filters, sort=sort, page=_int(params.get("page")) or 1
    )
    labels = {
        "org": _("Issuing organisation"),
        "theme": _("Theme category"),
        "genre": _("Genre"),
        # 公文种类 by the 文号 (PUB-GENRE-1): the State Council's categories first
        "doc_class": _("Document class"),
        "year": _("Year"),
    }
    selects = []
    for name, label in labels.items():
        facets = result.facets.get(name, [])
        if name == "doc_class":
            facets = sorted(facets, key=lambda f: doc_classes.sort_key(f["value"]))
        chosen = str(filters.get(name, ""))
        options = [
            {
                "value": str(f["value"]),
                "label": f["label"],
                "count": f["count"],
                "selected": str(f["value"]) == chosen,
            }
            for f in facets
        ]
        if chosen and not any(o["selected"] for o in options):
            options.insert(0, {"value": chosen, "label": chosen, "count": 0, "selected": True})
        selects.append({"name": name, "label": label, "options": options})
    # validity and kind list their choices, each with its count in the current result (a kind
    # beyond /info/'s is listed only when the result holds it)
    always = {*validities, *list(kinds)[:4]}
    for name, label, choices, chosen in (
        ("validity", _("Validity"), validities, validity),
        ("kind", _("Kind"), kinds, kind),
    ):
        counts = {str(f["value"]): f["count"] for f in result.facets.get(name, [])}
        options = [
            {"value": v, "label": text, "count": counts.get(v), "selected": v == chosen}
            for v, text in choices.items()
            if v in always or v in counts or v == chosen
        ]
        selects.append({"name": name, "label": label, "options": options})
    keep = params.copy()
    keep.pop("page", None)
    keep["q"] = result.query
    context = {
        "result": result,
        "rows": _result_rows(result.results),
        "site_query": result.query,
        "shortened": len(" ".join(raw_query.split())) > len(result.query),
        "filtered": bool(filters),
        "selects": selects,
        "sort": result.sort,
        "base_query": keep.urlencode(),
    }
    return render(request, "portal/search.html", context)
