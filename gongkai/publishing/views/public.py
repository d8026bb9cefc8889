"""Public pages: statutory proactive content, items, normative documents and lists."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError
from gongkai.core.forms import add_domain_error
from gongkai.core.pagecache import cache_public_page
from gongkai.core.params import id_param
from gongkai.core.throttle import limit_public_posts
from gongkai.orgs.models import Organisation

from ..forms import FeedbackForm, NormativeFilterForm
from ..indexing import DEFAULT_SEARCH_KIND, SEARCH_KIND
from ..models import CatalogEntry, Kind, Validity
from ..selectors import (
    attachment_rows,
    catalog_entry_and_below,
    catalog_tree,
    item_public_get,
    item_public_list,
    list_public_get,
    list_public_list,
    list_public_versions,
    normative_public_list,
    normative_years,
    published_file_open,
)
from ..services import list_diff, list_feedback_submit
from ..states import Status


def _page(request: HttpRequest, qs):
    query = request.GET.copy()
    query.pop("page", None)
    return Paginator(qs, 20).get_page(request.GET.get("page")), query.urlencode()


def _to_search(query: str, *, org: Organisation | None, kind: str) -> HttpResponse:
    """Send a search typed on the information list to the one search (/search/), with the list's
    filters under /search/'s names: a catalog entry searches its organisation, and a kind the
    index's kind (normative documents and rules, or the other items)."""
    params = QueryDict(mutable=True)
    params["q"] = query
    if org is not None:
        params["org"] = str(org.pk)
    if kind:
        params["kind"] = SEARCH_KIND.get(kind, DEFAULT_SEARCH_KIND)
    return redirect(f"{reverse('portal:search')}?{params.urlencode()}")


@cache_public_page
def info_index(request: HttpRequest) -> HttpResponse:
    """Published items, by organisation and catalog entry, with the catalog alongside."""
    org = None
    org_id = request.GET.get("org", "")
    if id_param(org_id) is not None:
        org = Organisation.objects.filter(pk=id_param(org_id)).first()
    entry = None
    entry_id = request.GET.get("entry", "")
    if id_param(entry_id) is not None:
        entry = CatalogEntry.objects.filter(pk=id_param(entry_id)).select_related("org").first()
        org = entry.org if entry else org
    kind = request.GET.get("kind", "")
    kind = kind if kind in Kind.values else ""
    if request.GET.get("q", "").strip():
        return _to_search(request.GET["q"], org=org, kind=kind)
    items = item_public_list({"org": org, "kind": kind})
    if entry is not None:  # an entry lists its own items and those of the entries under it
        items = items.filter(catalog_entry__in=catalog_entry_and_below(entry))
    page, query = _page(request, items)
    orgs = Organisation.objects.filter(pk__in=item_public_list().values("org")).order_by("path")
    context = {
        "page": page,
        "query": query,
        "org": org,
        "entry": entry,
        "orgs": orgs,
        "tree": catalog_tree(org=org) if org else [],
        "kinds": Kind.choices,
        "params": request.GET,
    }
    return render(request, "publishing/public/info_index.html", context)


@cache_public_page
def catalog_public_view(request: HttpRequest, org_id: int) -> HttpResponse:
    """An organisation's basic catalog as the public sees it (PUB-SCOPE-4: versioned, public)."""
    org = get_object_or_404(Organisation, pk=org_id, is_active=True)
    tree = catalog_tree(org=org)
    if not tree:
        raise Http404
    return render(request, "publishing/public/catalog.html", {"org": org, "tree": tree})


@cache_public_page
def item_public_view(request: HttpRequest, pk: int) -> HttpResponse:
    item, version = item_public_get(pk=pk)
    # The documents linked to this one, both ways, in two queries (not one per kind of link).
    pointing = list(
        item_public_list().filter(
            Q(interprets=item, kind=Kind.INTERPRETATION) | Q(amends=item) | Q(repeals=item)
        )
    )
    targets = {item.interprets_id, item.amends_id, item.repeals_id} - {None}
    linked = {o.pk: o for o in item_public_list().filter(pk__in=targets)} if targets else {}
    context = {
        "item": item,
        "version": version,
        "meta": version.metadata,
        "attachments": attachment_rows(version),
        "print_view": request.GET.get("print") == "1",
        "repealed": item.status == Status.REPEALED,
        "expired": item.status == Status.EXPIRED,
        "interpretations": [
            o for o in pointing if o.interprets_id == item.pk and o.kind == Kind.INTERPRETATION
        ],
        "interprets": linked.get(item.interprets_id),
        "amends": linked.get(item.amends_id),
        "repeals": linked.get(item.repeals_id),
        "amended_by": [o for o in pointing if o.amends_id == item.pk],
        "repealed_by": [o for o in pointing if o.repeals_id == item.pk],
    }
    return render(request, "publishing/public/item_detail.html", context)


def attachment_public_view(request: HttpRequest, pk: int, attachment_pk: int) -> FileResponse:
    """Download a published attachment: the copy made on publication (masked, no metadata)."""
    _item, version = item_public_get(pk=pk)
    handle, name = published_file_open(version=version, attachment_pk=attachment_pk)
    return FileResponse(handle, as_attachment=True, filename=name)


@cache_public_page
def normative_list_view(request: HttpRequest) -> HttpResponse:
    form = NormativeFilterForm(request.GET or None)
    validity, year = "", None
    if form.is_valid():
        validity = form.cleaned_data["validity"] or ""
        year = form.cleaned_data["year"]
    page, query = _page(request, normative_public_list(validity=validity, year=year))
    context = {
        "page": page,
        "query": query,
        "form": form,
        "validity": validity,
        "year": year,
        "years": normative_years(),
        "validities": Validity.choices,
    }
    return render(request, "publishing/public/normative_list.html", context)


@cache_public_page
def list_index_view(request: HttpRequest) -> HttpResponse:
    return render(request, "publishing/public/list_index.html", {"lists": list_public_list()})


@limit_public_posts
def list_public_view(request: HttpRequest, pk: int) -> HttpResponse:
    disclosure_list = list_public_get(pk=pk)
    form = FeedbackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            list_feedback_submit(disclosure_list=disclosure_list, **form.cleaned_data)
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("Thank you. Your comment has been received."))
            return redirect("info:list", pk)
    versions = list_public_versions(disclosure_list)
    columns = disclosure_list.list_type.columns
    shown = versions[0]
    wanted = request.GET.get("version", "")
    if id_param(wanted) is not None:
        shown = next((v for v in versions if v.number == id_param(wanted)), shown)
    previous = next((v for v in versions if v.number < shown.number), None)
    diff = list_diff(old=previous.rows, new=shown.rows, columns=columns) if previous else None
    context = {
        "disclosure_list": disclosure_list,
        "versions": versions,
        "shown": shown,
        "previous": previous,
        "diff": diff,
        "columns": columns,
        "form": form,
    }
    return render(request, "publishing/public/list_detail.html", context)
