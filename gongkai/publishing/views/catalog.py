"""Back-office pages for the basic catalog and the lists (清单)."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from gongkai.core.errors import DomainError
from gongkai.core.forms import add_domain_error
from gongkai.core.params import id_param
from gongkai.core.permissions import staff_required
from gongkai.core.views import office_context
from gongkai.core.xlsx import CONTENT_TYPE, ImportFailed
from gongkai.orgs.models import Organisation
from gongkai.orgs.selectors import org_list_for, visible_org_ids

from ..forms import CatalogEntryForm, ExcelForm, ListCreateForm, ListVersionForm
from ..models import CatalogEntry, ListVersionStatus
from ..selectors import catalog_tree, list_get, list_list
from ..services import (
    catalog_entry_save,
    catalog_export,
    catalog_import,
    list_create,
    list_diff,
    list_version_import,
    list_version_publish,
    list_version_withdraw,
)
from ..services.catalog import CATALOG_ROLES, COLUMNS
from ..services.lists import LIST_STAGE
from ..services.reviews import may_publish, publishers, review_latest


def _catalog_orgs(request: HttpRequest):
    return org_list_for(user=request.user)


def _catalog_org(request: HttpRequest) -> Organisation:
    orgs = _catalog_orgs(request)
    wanted = request.GET.get("org") or request.POST.get("org")
    if id_param(wanted) is not None:
        org = orgs.filter(pk=id_param(wanted)).first()
        if org is None:
            raise Http404
        return org
    own = visible_org_ids(user=request.user, roles=CATALOG_ROLES)
    org = orgs.filter(pk__in=own).order_by("depth").first() or orgs.order_by("depth").first()
    if org is None:
        raise Http404
    return org


@staff_required
def catalog_view(request: HttpRequest) -> HttpResponse:
    return _catalog_page(request, _catalog_org(request))


def _catalog_page(
    request: HttpRequest, org: Organisation, *, import_errors: list[str] | None = None
) -> HttpResponse:
    context = office_context(
        request,
        org=org,
        orgs=_catalog_orgs(request),
        tree=catalog_tree(org=org),
        import_form=ExcelForm(),
        import_errors=import_errors or [],
        columns=COLUMNS,
    )
    return render(request, "publishing/catalog.html", context)


@staff_required
def catalog_entry_view(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    entry = None
    if pk is not None:
        entry = get_object_or_404(
            CatalogEntry.objects.filter(org__in=visible_org_ids(user=request.user)), pk=pk
        )
        org = entry.org
    else:
        org = _catalog_org(request)
    initial = {}
    if entry is not None:
        initial = {
            name: getattr(entry, name)
            for name in ("code", "name", "subject", "content", "time_limit", "channel")
        }
        initial.update(legal_basis=entry.legal_basis, parent=entry.parent_id)
    form = CatalogEntryForm(request.POST or None, org=org, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            catalog_entry_save(
                org=org,
                actor=request.user,
                code=data.pop("code"),
                parent=data.pop("parent"),
                effective_from=data.pop("effective_from"),
                fields=data,
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("Catalog entry saved."))
            return redirect(f"{_catalog_url()}?org={org.pk}")
    versions = entry.versions.select_related("created_by") if entry else []
    context = office_context(request, form=form, org=org, entry=entry, versions=versions)
    return render(request, "publishing/catalog_entry.html", context)


def _catalog_url() -> str:
    from django.urls import reverse

    return reverse("publishing:catalog")


@staff_required
@require_POST
def catalog_import_view(request: HttpRequest) -> HttpResponse:
    org = _catalog_org(request)
    form = ExcelForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            count = catalog_import(
                org=org, actor=request.user, data=form.cleaned_data["file"].read()
            )
        except ImportFailed as exc:
            return _catalog_page(request, org, import_errors=exc.errors)
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(
                request, _("%(count)s catalog entries added or changed.") % {"count": count}
            )
    else:
        messages.error(request, _("Choose an Excel workbook."))
    return redirect(f"{_catalog_url()}?org={org.pk}")


@staff_required
def catalog_export_view(request: HttpRequest) -> HttpResponse:
    org = _catalog_org(request)
    response = HttpResponse(catalog_export(org=org), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="catalog-{org.pk}.xlsx"'
    return response


@staff_required
def list_list_view(request: HttpRequest) -> HttpResponse:
    form = ListCreateForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            created = list_create(actor=request.user, **form.cleaned_data)
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            return redirect("publishing:list_detail", created.pk)
    context = office_context(request, lists=list_list(user=request.user), form=form)
    return render(request, "publishing/list_list.html", context)


@staff_required
def list_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    disclosure_list = list_get(user=request.user, pk=pk)
    form = ListVersionForm(request.POST or None, request.FILES or None)
    import_errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            version = list_version_import(
                disclosure_list=disclosure_list,
                actor=request.user,
                data=form.cleaned_data["file"].read(),
                note=form.cleaned_data["note"],
            )
        except ImportFailed as exc:
            import_errors = exc.errors
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(
                request,
                _("Version %(n)s is imported and submitted for confidentiality review.")
                % {"n": version.number},
            )
            return redirect("publishing:list_detail", pk)
    versions = list(disclosure_list.versions.all())
    published = [v for v in versions if v.status == ListVersionStatus.PUBLISHED]
    columns = disclosure_list.list_type.columns
    diff = (
        list_diff(old=published[1].rows, new=published[0].rows, columns=columns)
        if len(published) > 1
        else None
    )
    for v in versions:
        v.review = review_latest(target=v, stage=LIST_STAGE)
    context = office_context(
        request,
        disclosure_list=disclosure_list,
        form=form,
        import_errors=import_errors,
        versions=versions,
        current=published[0] if published else None,
        diff=diff,
        columns=columns,
        feedback=disclosure_list.feedback.all()[:50],
        can_publish=may_publish(user=request.user, org=disclosure_list.org),
        publishers=publishers(org=disclosure_list.org),
    )
    return render(request, "publishing/list_detail.html", context)


@staff_required
@require_POST
def list_version_action_view(request: HttpRequest, pk: int, number: int, action: str):
    disclosure_list = list_get(user=request.user, pk=pk)
    version = get_object_or_404(disclosure_list.versions, number=number)
    if action == "publish":
        list_version_publish(version=version, actor=request.user)
        messages.success(request, _("Version %(n)s published.") % {"n": number})
    elif action == "withdraw":
        list_version_withdraw(
            version=version, actor=request.user, reason=request.POST.get("reason", "")
        )
        messages.success(request, _("Version %(n)s withdrawn.") % {"n": number})
    return redirect("publishing:list_detail", pk)
