"""Back-office pages: the list with counts by year, register, edit, reply, submit, publish."""

from pathlib import PurePath

from django.contrib import messages
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from gongkai.core.errors import DomainError
from gongkai.core.forms import add_domain_error
from gongkai.core.params import year_param
from gongkai.core.permissions import staff_required
from gongkai.core.views import office_context
from gongkai.core.xlsx import CONTENT_TYPE, ImportFailed
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import org_list_for, user_has_role
from gongkai.publishing.states import EDITABLE, REVIEWING
from gongkai.publishing.states import Status as ItemStatus

from .forms import ImportForm, ProposalForm, ReplyForm
from .imports import import_template, proposals_import
from .selectors import contacts_visible, proposal_get, proposal_list, year_counts
from .services import (
    FIELDS,
    MANAGE_ROLES,
    proposal_create,
    proposal_publish,
    proposal_reply,
    proposal_start,
    proposal_submit,
    proposal_update,
    public_text,
)
from .states import ProposalKind, ProposalStatus, PublishMode


def _manage_orgs(request: HttpRequest):
    return org_list_for(user=request.user, roles=MANAGE_ROLES)


@staff_required
def proposal_list_view(request: HttpRequest, import_form=None, import_errors=None) -> HttpResponse:
    year = year_param(request.GET.get("year"))
    kind = request.GET.get("kind", "")
    status = request.GET.get("status", "")
    overdue = request.GET.get("overdue") == "1"
    q = request.GET.get("q", "").strip()[:100]
    everything = proposal_list(user=request.user)
    context = office_context(
        request,
        proposals=proposal_list(
            user=request.user, year=year, kind=kind, status=status, overdue=overdue, q=q
        ),
        counts=year_counts(everything),
        years=sorted(set(everything.values_list("year", flat=True)), reverse=True),
        kinds=ProposalKind.choices,
        statuses=ProposalStatus.choices,
        year=year,
        kind=kind,
        status=status,
        overdue=overdue,
        q=q,
        can_create=_manage_orgs(request).exists(),
        import_form=import_form or ImportForm(orgs=_manage_orgs(request)),
        import_errors=import_errors,
    )
    return render(request, "proposals/list.html", context)


@staff_required
@require_POST
def proposal_import_view(request: HttpRequest) -> HttpResponse:
    """Register the rows of the assigning office's workbook, all or nothing."""
    form = ImportForm(request.POST, request.FILES, orgs=_manage_orgs(request))
    if form.is_valid():
        try:
            count = proposals_import(
                org=form.cleaned_data["org"], actor=request.user,
                data=form.cleaned_data["file"].read(),
            )  # fmt: skip
        except ImportFailed as exc:
            return proposal_list_view(request, import_form=form, import_errors=exc.errors)
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("%(count)s registered.") % {"count": count})
            return redirect("proposals:list")
    return proposal_list_view(request, import_form=form)


@staff_required
def proposal_import_template_view(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(import_template(), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = 'attachment; filename="proposals-template.xlsx"'
    return response


@staff_required
def proposal_form_view(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    proposal = proposal_get(user=request.user, pk=pk) if pk else None
    initial = {}
    if proposal is not None:
        initial = {name: getattr(proposal, name) for name in FIELDS}
        initial["org"] = proposal.org_id
        initial["co_orgs"] = list(proposal.co_orgs.values_list("pk", flat=True))
    form = ProposalForm(request.POST or None, orgs=_manage_orgs(request), initial=initial)
    if proposal is not None:
        form.fields["org"].disabled = True
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        org, co_orgs = data.pop("org"), data.pop("co_orgs")
        try:
            if proposal is None:
                proposal = proposal_create(
                    org=org, actor=request.user, fields=data, co_orgs=co_orgs
                )
            else:
                proposal_update(proposal=proposal, actor=request.user, fields=data, co_orgs=co_orgs)
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("Saved."))
            return redirect(proposal)
    context = office_context(request, form=form, proposal=proposal)
    return render(request, "proposals/form.html", context)


def _reply_form(proposal, data=None, files=None) -> ReplyForm:
    initial = {
        "reply_text": proposal.reply_text,
        "replied_on": proposal.replied_on or timezone.localdate(),
        "reply_doc_number": proposal.reply_doc_number,
        "publish_mode": proposal.publish_mode or PublishMode.FULL,
        "public_summary": proposal.public_summary,
    }
    return ReplyForm(data, files, initial=initial)


def _detail(request: HttpRequest, proposal, reply_form=None) -> HttpResponse:
    item = proposal.item
    item_status = item.status if item else ""
    may_reply = proposal.status in (ProposalStatus.HANDLING, ProposalStatus.REPLIED) and (
        item is None or item_status in EDITABLE
    )
    context = office_context(
        request,
        proposal=proposal,
        co_orgs=proposal.co_orgs.all(),
        contacts_visible=contacts_visible(user=request.user, proposal=proposal),
        statuses=ProposalStatus,
        reply_form=reply_form or (_reply_form(proposal) if may_reply else None),
        may_submit=proposal.status == ProposalStatus.REPLIED
        and (item is None or item_status in EDITABLE),
        in_review=item_status in REVIEWING,
        approved=item_status in (ItemStatus.APPROVED, ItemStatus.PUBLISHED)
        and proposal.status == ProposalStatus.REPLIED,
        may_publish=user_has_role(user=request.user, org=proposal.org, roles={Role.COORDINATOR}),
        preview=public_text(proposal) if proposal.status == ProposalStatus.REPLIED else "",
    )
    return render(request, "proposals/detail.html", context)


@staff_required
def proposal_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    return _detail(request, proposal_get(user=request.user, pk=pk))


@staff_required
@require_POST
def proposal_reply_view(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = proposal_get(user=request.user, pk=pk)
    form = _reply_form(proposal, request.POST, request.FILES)
    if form.is_valid():
        data = dict(form.cleaned_data)
        upload = data.pop("file")
        file = (PurePath(upload.name).name, upload.read()) if upload else None
        try:
            proposal_reply(proposal=proposal, actor=request.user, file=file, **data)
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("The reply is saved."))
            return redirect(proposal)
    return _detail(request, proposal, reply_form=form)


def _submit(*, proposal, actor) -> str:
    found = proposal_submit(proposal=proposal, actor=actor)
    return _("Submitted for confidentiality review; %(count)s possible personal data found.") % {
        "count": found
    }


def _start(*, proposal, actor) -> str:
    proposal_start(proposal=proposal, actor=actor)
    return _("Handling started.")


def _publish(*, proposal, actor) -> str:
    proposal_publish(proposal=proposal, actor=actor)
    return _("The reply is published.")


ACTIONS = {"start": _start, "submit": _submit, "publish": _publish}


@staff_required
@require_POST
def proposal_action_view(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """Take up, submit for review or publish (the service checks the state and the role)."""
    proposal = proposal_get(user=request.user, pk=pk)
    messages.success(request, ACTIONS[action](proposal=proposal, actor=request.user))
    return redirect(proposal)


@staff_required
def proposal_letter_view(request: HttpRequest, pk: int) -> FileResponse:
    """The uploaded reply letter, for the handling staff only."""
    proposal = proposal_get(user=request.user, pk=pk)
    if not proposal.reply_file:
        raise Http404
    name = PurePath(proposal.reply_file.name).name
    return FileResponse(proposal.reply_file.open("rb"), as_attachment=True, filename=name)
