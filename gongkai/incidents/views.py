"""Back-office pages: the list of incidents, recording one, its page with clocks and releases."""

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from gongkai.core.errors import DomainError
from gongkai.core.forms import add_domain_error
from gongkai.core.permissions import staff_required, user_roles
from gongkai.core.views import office_context
from gongkai.orgs.selectors import org_list_for, user_has_role

from .forms import IncidentForm, LinkItemForm, PressConferenceForm, ReasonForm
from .selectors import (
    incident_clocks,
    incident_follow_up,
    incident_get,
    incident_list,
    linkable_items,
    release_list,
    running_incidents,
    with_clocks,
)
from .services import (
    MANAGE_ROLES,
    incident_cancel,
    incident_close,
    incident_record,
    incident_reopen,
    press_conference_record,
    release_link_item,
    release_remove,
)
from .states import TRANSITIONS, IncidentStatus


def poll_seconds() -> int:
    """How often an open page asks for the clocks again (setting, default 30 seconds)."""
    return int(getattr(settings, "GONGKAI_INCIDENT_POLL_SECONDS", 30))


@staff_required
def incident_list_view(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "")
    status = status if status in IncidentStatus.values else ""
    incidents = with_clocks(list(incident_list(user=request.user, status=status or None)[:200]))
    context = office_context(
        request,
        incidents=incidents,
        statuses=IncidentStatus.choices,
        status=status,
        can_create=org_list_for(user=request.user, roles=MANAGE_ROLES).exists(),
        poll=poll_seconds(),
    )
    return render(request, "incidents/incident_list.html", context)


@staff_required
def incident_create_view(request: HttpRequest) -> HttpResponse:
    orgs = org_list_for(user=request.user, roles=MANAGE_ROLES)
    form = IncidentForm(request.POST or None, orgs=orgs)
    if request.method == "POST" and form.is_valid():
        try:
            incident = incident_record(actor=request.user, **form.cleaned_data)
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("The incident is recorded; its clocks are running."))
            return redirect(incident)
    return render(request, "incidents/incident_form.html", office_context(request, form=form))


def _detail_context(request: HttpRequest, incident, **forms) -> dict:
    releases = release_list(incident=incident)
    may_manage = user_has_role(user=request.user, org=incident.org, roles=MANAGE_ROLES)
    running = incident.status == IncidentStatus.OPEN
    return office_context(
        request,
        incident=incident,
        releases=releases,
        clocks=incident_clocks(incident=incident, releases=releases),
        follow_up=incident_follow_up(incident=incident, releases=releases),
        may_manage=may_manage,
        running=running,
        may_reopen=IncidentStatus.OPEN in TRANSITIONS[incident.status],
        link_form=forms.get("link_form")
        or LinkItemForm(items=linkable_items(incident=incident, user=request.user)),
        press_form=forms.get("press_form") or PressConferenceForm(),
        reason_form=forms.get("reason_form") or ReasonForm(),
        poll=poll_seconds(),
    )


@staff_required
def incident_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    incident = incident_get(user=request.user, pk=pk)
    return render(request, "incidents/incident_detail.html", _detail_context(request, incident))


#: htmx stops polling on this status: a signed-out page stops asking instead of showing the
#: sign-in page inside the countdown.
STOP_POLLING = 286


def polled(view: Callable) -> Callable:
    """Answer a poll from a page whose session has ended with "stop polling"."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not user_roles(request.user):
            return HttpResponse(status=STOP_POLLING)
        return view(request, *args, **kwargs)

    return wrapped


@polled
def incident_clocks_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The clocks of one incident, as the page polls them (htmx)."""
    incident = incident_get(user=request.user, pk=pk)
    context = {
        "incident": incident,
        "clocks": incident_clocks(incident=incident),
        "running": incident.status == IncidentStatus.OPEN,
        "poll": poll_seconds(),
    }
    return render(request, "incidents/partials/_clocks.html", context)


@polled
def running_clocks_view(request: HttpRequest) -> HttpResponse:
    """The running incidents' countdown on the dashboard, as it polls them (htmx)."""
    context = {"incidents": running_incidents(user=request.user), "poll": poll_seconds()}
    return render(request, "incidents/partials/_running.html", context)


@staff_required
@require_POST
def release_link_view(request: HttpRequest, pk: int) -> HttpResponse:
    incident = incident_get(user=request.user, pk=pk)
    form = LinkItemForm(request.POST, items=linkable_items(incident=incident, user=request.user))
    if form.is_valid():
        try:
            release_link_item(incident=incident, actor=request.user, **form.cleaned_data)
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("The item is linked to the incident."))
            return redirect(incident)
    context = _detail_context(request, incident, link_form=form)
    return render(request, "incidents/incident_detail.html", context, status=400)


@staff_required
@require_POST
def press_conference_view(request: HttpRequest, pk: int) -> HttpResponse:
    incident = incident_get(user=request.user, pk=pk)
    form = PressConferenceForm(request.POST)
    if form.is_valid():
        try:
            press_conference_record(incident=incident, actor=request.user, **form.cleaned_data)
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("The press conference is recorded."))
            return redirect(incident)
    context = _detail_context(request, incident, press_form=form)
    return render(request, "incidents/incident_detail.html", context, status=400)


@staff_required
@require_POST
def release_remove_view(request: HttpRequest, pk: int, release_pk: int) -> HttpResponse:
    incident = incident_get(user=request.user, pk=pk)
    release = get_object_or_404(incident.releases, pk=release_pk)
    release_remove(release=release, actor=request.user)
    messages.success(request, _("The release is taken back."))
    return redirect(incident)


@staff_required
@require_POST
def incident_status_view(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """Close, reopen or cancel the incident (the service checks the role and the state)."""
    incident = incident_get(user=request.user, pk=pk)
    form = ReasonForm(request.POST)
    if not form.is_valid():
        context = _detail_context(request, incident, reason_form=form)
        return render(request, "incidents/incident_detail.html", context, status=400)
    service, done = STATUS_ACTIONS[action]
    service(incident=incident, actor=request.user, reason=form.cleaned_data["reason"])
    messages.success(request, done)
    return redirect(incident)


#: The status actions of the incident page: the service and what the user is told.
STATUS_ACTIONS = {
    "close": (incident_close, gettext_lazy("The incident is closed.")),
    "reopen": (incident_reopen, gettext_lazy("The incident is running again.")),
    "cancel": (incident_cancel, gettext_lazy("The incident is marked as recorded in error.")),
}
