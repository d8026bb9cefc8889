"""Back-office pages: the overview of frequency checks, the ledger, its entry form."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from gongkai.core.errors import DomainError
from gongkai.core.forms import add_domain_error
from gongkai.core.params import id_param, year_param
from gongkai.core.permissions import staff_required
from gongkai.core.views import office_context
from gongkai.core.xlsx import CONTENT_TYPE, ImportFailed
from gongkai.orgs.models import Organisation
from gongkai.orgs.selectors import org_list_for, restrict_to_user
from gongkai.publishing.models import INTERPRETABLE_KINDS

from .forms import CheckForm, EntryForm, ImportForm
from .importer import OPTIONAL, REQUIRED, entries_import, template_xlsx
from .kinds import EntryKind
from .models import FrequencyCheck
from .selectors import (
    entry_get,
    entry_list,
    frequency_overview,
    interpretation_timing,
    linkable_documents,
    year_counts,
)
from .services import (
    CHECK_ROLES,
    MANAGE_ROLES,
    check_create,
    check_delete,
    checks_adopt_standard,
    entry_create,
    entry_delete,
    entry_update,
)

ENTRY_FIELDS = (
    "kind",
    "held_on",
    "topic",
    "speaker",
    "speaker_title",
    "speaker_role",
    "policy",
    "material",
    "material_url",
)


def _year(request: HttpRequest) -> int:
    return year_param(request.GET.get("year"), default=timezone.localdate().year)


@staff_required
def overview_view(request: HttpRequest) -> HttpResponse:
    """How each organisation stands against its frequencies this year, with its counts."""
    year = _year(request)
    today = timezone.localdate()
    overview = []
    settable = set(org_list_for(user=request.user, roles=CHECK_ROLES).values_list("pk", flat=True))
    for org, results in frequency_overview(user=request.user, year=year, today=today):
        counts = year_counts(org=org, year=year)
        by_kind = [(label, counts[k]) for k, label in EntryKind.choices]
        # a division's staff see their agency's checks, which they may not change
        overview.append((org, results, by_kind, org.pk in settable))
    with_checks = {row[0].pk for row in overview}
    context = office_context(
        request,
        year=year,
        overview=overview,
        adoptable=org_list_for(user=request.user, roles=CHECK_ROLES)
        .exclude(pk__in=with_checks)
        .exclude(kind=Organisation.Kind.UNIT),
        can_record=org_list_for(user=request.user, roles=MANAGE_ROLES).exists(),
        can_set=bool(settable),
    )
    return render(request, "briefings/overview.html", context)


@staff_required
def entry_list_view(request: HttpRequest) -> HttpResponse:
    year = _year(request)
    org_id = id_param(request.GET.get("org"))
    kind = request.GET.get("kind", "")
    kind = kind if kind in EntryKind.values else ""
    orgs = org_list_for(user=request.user)
    if org_id and not orgs.filter(pk=org_id).exists():
        org_id = None
    entries = list(entry_list(user=request.user, org_id=org_id, year=year, kind=kind))
    # Only entries the user may change open their form: the others would answer 404.
    editable = set(org_list_for(user=request.user, roles=MANAGE_ROLES).values_list("pk", flat=True))
    for entry in entries:
        entry.timing = interpretation_timing(entry)
        entry.editable = entry.org_id in editable
    context = office_context(
        request,
        year=year,
        org_id=org_id,
        kind=kind,
        orgs=orgs,
        kinds=EntryKind.choices,
        entries=entries,
        can_record=bool(editable),
    )
    return render(request, "briefings/entry_list.html", context)


@staff_required
def entry_form_view(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    entry = entry_get(user=request.user, pk=pk) if pk else None
    orgs = org_list_for(user=request.user, roles=MANAGE_ROLES)
    if entry is not None and not orgs.filter(pk=entry.org_id).exists():
        raise Http404  # seen, not theirs to change: the service refuses it as well
    initial = {"held_on": timezone.localdate()}
    if entry is not None:
        initial = {name: getattr(entry, name) for name in ENTRY_FIELDS}
        initial.update(org=entry.org_id, policy=entry.policy_id, material=entry.material_id)
    documents = linkable_documents(user=request.user)
    form = EntryForm(
        request.POST or None,
        orgs=orgs,
        policies=documents.filter(kind__in=INTERPRETABLE_KINDS),
        materials=documents,
        initial=initial,
    )
    if entry is not None:
        form.fields["org"].disabled = True
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        org = data.pop("org")
        try:
            if entry is None:
                entry = entry_create(org=org, actor=request.user, **data)
            else:
                entry_update(entry=entry, actor=request.user, **data)
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("Ledger entry saved."))
            return redirect(reverse("briefings:entry_list") + f"?year={entry.held_on.year}")
    context = office_context(request, form=form, entry=entry)
    return render(request, "briefings/entry_form.html", context)


@staff_required
@require_POST
def entry_delete_view(request: HttpRequest, pk: int) -> HttpResponse:
    entry = entry_get(user=request.user, pk=pk)
    year = entry.held_on.year
    entry_delete(entry=entry, actor=request.user)
    messages.success(request, _("Ledger entry removed."))
    return redirect(reverse("briefings:entry_list") + f"?year={year}")


@staff_required
def check_form_view(request: HttpRequest) -> HttpResponse:
    year = _year(request)
    orgs = org_list_for(user=request.user, roles=CHECK_ROLES)
    form = CheckForm(request.POST or None, orgs=orgs)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            check_create(year=year, actor=request.user, **data)
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("Requirement saved."))
            return redirect(reverse("briefings:overview") + f"?year={year}")
    context = office_context(request, form=form, year=year)
    return render(request, "briefings/check_form.html", context)


@staff_required
@require_POST
def check_delete_view(request: HttpRequest, pk: int) -> HttpResponse:
    check = get_object_or_404(
        restrict_to_user(FrequencyCheck.objects.select_related("org"), user=request.user), pk=pk
    )
    check_delete(check=check, actor=request.user)
    messages.success(request, _("Requirement removed."))
    return redirect(reverse("briefings:overview") + f"?year={check.year}")


@staff_required
@require_POST
def checks_adopt_view(request: HttpRequest) -> HttpResponse:
    year = year_param(request.POST.get("year"), default=timezone.localdate().year)
    org = get_object_or_404(
        org_list_for(user=request.user, roles=CHECK_ROLES), pk=id_param(request.POST.get("org"))
    )
    added = checks_adopt_standard(org=org, year=year, actor=request.user)
    messages.success(
        request, _("%(count)s requirements of the work plan set.") % {"count": len(added)}
    )
    return redirect(reverse("briefings:overview") + f"?year={year}")


@staff_required
def entry_import_view(request: HttpRequest) -> HttpResponse:
    """Bring a ledger kept in Excel in: all rows or none."""
    form = ImportForm(
        request.POST or None,
        request.FILES or None,
        orgs=org_list_for(user=request.user, roles=MANAGE_ROLES),
    )
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            added = entries_import(
                org=form.cleaned_data["org"],
                data=form.cleaned_data["file"].read(),
                actor=request.user,
            )
        except ImportFailed as exc:
            errors = exc.errors
        except DomainError as exc:
            form.add_error("file", exc.message)
        else:
            messages.success(
                request, _("Ledger imported: %(count)d entries added.") % {"count": added}
            )
            return redirect("briefings:entry_list")
    context = office_context(request, form=form, errors=errors, columns=[*REQUIRED, *OPTIONAL])
    return render(request, "briefings/entry_import.html", context)


@staff_required
def import_template_view(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(template_xlsx(), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = 'attachment; filename="briefings-ledger.xlsx"'
    return response
