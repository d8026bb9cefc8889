"""Back-office pages over many requests: the lists and their filters, intake, bulk actions."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from gongkai.core.params import id_param
from gongkai.core.permissions import staff_required
from gongkai.core.views import office_context
from gongkai.orgs.models import Organisation
from gongkai.orgs.selectors import org_list_for
from gongkai.workdays.calendar import YearNotCovered

from .. import forms as f
from .. import services as s
from ..selectors import (
    application_list,
    overdue_filter,
)
from ..states import RECEIPT_RULE, Channel


def _units(user):
    return org_list_for(user=user)


def _agencies(user):
    return _units(user).exclude(kind=Organisation.Kind.UNIT)


@staff_required
def case_list(request: HttpRequest, overdue: bool = False) -> HttpResponse:
    units = _units(request.user)
    users = s.assignable_users(org=units.order_by("depth").first()) if units else None
    form = f.FilterForm(request.GET or None, units=units, users=users)
    filters = form.cleaned_data if form.is_valid() else {}
    error = ""
    try:
        qs = application_list(
            user=request.user,
            status=filters.get("status") or None,
            overdue=overdue or bool(filters.get("overdue")),
            due_within=filters.get("due_within"),
            unit=filters["unit"].pk if filters.get("unit") else None,
            handler=filters["handler"].pk if filters.get("handler") else None,
            applicant_type=filters.get("applicant_type") or None,
            year=filters.get("year"),
            unconfirmed=bool(filters.get("unconfirmed")),
            imported=bool(filters.get("imported")),
        )
    except YearNotCovered as exc:
        error = exc.message
        qs = application_list(user=request.user).none()
    qs = qs.order_by("due_on", "-created_at") if overdue else qs
    page = Paginator(qs, 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    today = timezone.localdate()
    overdue_ids = set(qs.filter(overdue_filter(today)).values_list("pk", flat=True))
    context = office_context(
        request,
        form=form,
        page=page,
        query=query.urlencode(),
        overdue=overdue,
        overdue_ids=overdue_ids,
        error=error,
        bulk=f.BulkForm(units=units, users=users),
        today=today,
    )
    return render(request, "applications/application_list.html", context)


@staff_required
def case_overdue(request: HttpRequest) -> HttpResponse:
    return case_list(request, overdue=True)


@staff_required
def case_intake(request: HttpRequest) -> HttpResponse:
    form = f.IntakeForm(request.POST or None, orgs=_agencies(request.user))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        app = s.application_register(
            org=data.pop("org"),
            channel=data.pop("channel"),
            received_on=data.pop("received_on"),
            applicant_name=data.pop("applicant_name"),
            id_document=data.pop("id_document"),
            description=data.pop("description"),
            actor=request.user,
            **data,
        )
        messages.success(request, _("Request %(number)s registered.") % {"number": app.number})
        return redirect("applications:detail", pk=app.pk)
    rules = [(label, RECEIPT_RULE[value]) for value, label in Channel.choices]
    context = office_context(request, form=form, rules=rules)
    return render(request, "applications/application_intake.html", context)


@staff_required
@require_POST
def case_bulk(request: HttpRequest) -> HttpResponse:
    """Assign, remind or answer the ticked cases, each through its own service call."""
    units = _units(request.user)
    users = s.assignable_users(org=units.order_by("depth").first()) if units else None
    form = f.BulkForm(request.POST, units=units, users=users)
    ids = [id_param(i) for i in request.POST.getlist("ids") if id_param(i) is not None]
    back = "applications:overdue" if request.POST.get("next") == "overdue" else "applications:list"
    if not ids:
        messages.error(request, _("Tick at least one request."))
        return redirect(back)
    if not form.is_valid():
        messages.error(request, " ".join(e for errs in form.errors.values() for e in errs))
        return redirect(back)
    data = form.cleaned_data
    done = s.application_bulk(
        actor=request.user,
        ids=ids,
        action=data["action"],
        unit=data.get("unit"),
        handler=data.get("handler"),
        reply_type=data.get("reply_type") or "",
        decision=data.get("decision") or "",
    )
    messages.success(request, _("Done for %(count)d request(s).") % {"count": done})
    return redirect(back)
