"""The back-office page that brings in past requests from an agency's earlier register."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from gongkai.core.errors import DomainError
from gongkai.core.permissions import role_required
from gongkai.core.views import office_context
from gongkai.core.xlsx import CONTENT_TYPE, ImportFailed
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import org_list_for

from ..forms import RegisterImportForm
from ..services import applications_import
from ..services.imports import COLUMNS, IMPORTERS, RESULTS, template_bytes


def _import_orgs(user):
    """The agencies whose past requests ``user`` may import: those they coordinate."""
    return org_list_for(user=user, roles=IMPORTERS).exclude(kind=Organisation.Kind.UNIT)


@role_required(Role.COORDINATOR)
def register_import(request: HttpRequest) -> HttpResponse:
    orgs = _import_orgs(request.user)
    if not orgs:
        raise PermissionDenied
    form = RegisterImportForm(request.POST or None, request.FILES or None, orgs=orgs)
    errors: list[str] = []
    summary = None
    if request.method == "POST" and form.is_valid():
        try:
            summary = applications_import(
                org=form.cleaned_data["org"],
                data=form.cleaned_data["file"].read(),
                actor=request.user,
            )
        except ImportFailed as exc:
            errors = exc.errors
        except DomainError as exc:
            form.add_error("org" if exc.field == "org" else "file", exc.message)
        else:
            form = RegisterImportForm(orgs=orgs)
    context = office_context(
        request,
        form=form,
        errors=errors,
        summary=summary,
        columns=COLUMNS,
        results=list(RESULTS),
    )
    return render(request, "applications/register_import.html", context)


@role_required(Role.COORDINATOR)
def register_import_template(request: HttpRequest) -> HttpResponse:
    """Download the register template: the header row and the values each column takes."""
    response = HttpResponse(template_bytes(), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = 'attachment; filename="requests-register-template.xlsx"'
    return response
