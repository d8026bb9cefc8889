"""Back-office pages: issues, their contents and import, proof-reading, review and publication,
and the supervisor's overview."""

from pathlib import PurePath

from django.contrib import messages
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from gongkai.core.errors import DomainError
from gongkai.core.forms import add_domain_error
from gongkai.core.params import id_param
from gongkai.core.permissions import staff_required
from gongkai.core.views import office_context
from gongkai.orgs.selectors import org_list_for, user_has_role
from gongkai.publishing.services.reviews import may_publish, publishers, review_latest

from ..forms import ContentForm, ImportForm, IssueForm, ReasonForm
from ..models import Content
from ..selectors import gazette_figures, issue_get, issue_list, published_on_time
from ..services import (
    ISSUE_STAGE,
    MANAGE_ROLES,
    content_delete,
    content_save,
    contents_import,
    gazette_name,
    issue_create,
    issue_delete,
    issue_deletion_refused,
    issue_digitise_again,
    issue_pages,
    issue_proofread,
    issue_publish,
    issue_review_submit,
    issue_update,
    issue_withdraw,
)
from ..services.issues import OPTIONAL_COLUMNS, REQUIRED_COLUMNS
from ..states import ON_TIME_DAYS, Digitisation, IssueStatus


def _manage_orgs(request: HttpRequest):
    return org_list_for(user=request.user, roles=MANAGE_ROLES)


@staff_required
def issue_list_view(request: HttpRequest) -> HttpResponse:
    year = id_param(request.GET.get("year", ""))
    status = request.GET.get("status", "")
    status = status if status in IssueStatus.values else ""
    context = office_context(
        request,
        issues=issue_list(user=request.user, year=year, status=status),
        statuses=IssueStatus.choices,
        status=status,
        can_create=_manage_orgs(request).exists(),
    )
    return render(request, "gazette/issue_list.html", context)


@staff_required
def issue_form_view(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    issue = issue_get(user=request.user, pk=pk) if pk else None
    initial = {}
    if issue is not None:
        initial = {
            "org": issue.org_id,
            "year": issue.year,
            "number": issue.number,
            "total_number": issue.total_number,
            "issued_on": issue.issued_on,
            "back_issue": issue.back_issue,
        }
    form = IssueForm(
        request.POST or None, request.FILES or None, orgs=_manage_orgs(request), initial=initial
    )
    if issue is not None:
        form.fields["org"].disabled = True
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        org = data.pop("org")
        pdf = data.pop("pdf")
        try:
            if issue is None:
                issue = issue_create(org=org, actor=request.user, pdf=pdf, **data)
            else:
                issue_update(issue=issue, actor=request.user, pdf=pdf, **data)
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("Issue saved."))
            return redirect(issue)
    context = office_context(request, form=form, issue=issue)
    return render(request, "gazette/issue_form.html", context)


@staff_required
def issue_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    issue = issue_get(user=request.user, pk=pk)
    context = office_context(
        request,
        issue=issue,
        gazette=gazette_name(issue),
        contents=issue.contents.select_related("item"),
        review=review_latest(target=issue, stage=ISSUE_STAGE),
        can_manage=user_has_role(user=request.user, org=issue.org, roles=MANAGE_ROLES),
        can_publish=may_publish(user=request.user, org=issue.org),
        publishers=publishers(org=issue.org),
        statuses=IssueStatus,
        stages=Digitisation,
        reason_form=ReasonForm(),
        on_time=published_on_time(issue),
        deletion_refused=issue_deletion_refused(issue),
    )
    return render(request, "gazette/issue_detail.html", context)


@staff_required
def issue_delete_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Ask before deleting an issue never published; say why when it may not be deleted."""
    issue = issue_get(user=request.user, pk=pk)
    if not user_has_role(user=request.user, org=issue.org, roles=MANAGE_ROLES):
        raise Http404
    if request.method == "POST":
        label = f"{gazette_name(issue)}{issue.label}"
        issue_delete(issue=issue, actor=request.user)
        messages.success(request, _("%(issue)s was deleted.") % {"issue": label})
        return redirect("gazette:issue_list")
    context = office_context(
        request,
        issue=issue,
        gazette=gazette_name(issue),
        refused=issue_deletion_refused(issue),
        contents=issue.contents.count(),
    )
    return render(request, "gazette/issue_delete.html", context)


@staff_required
def content_form_view(request: HttpRequest, pk: int, content_pk: int | None = None):
    issue = issue_get(user=request.user, pk=pk)
    content = get_object_or_404(Content, pk=content_pk, issue=issue) if content_pk else None
    initial = {}
    if content is not None:
        initial = {
            "order": content.order,
            "title": content.title,
            "issuer": content.issuer,
            "doc_number": content.doc_number,
            "page": content.page,
            "item": content.item_id,
        }
    form = ContentForm(request.POST or None, org=issue.org, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            content_save(issue=issue, actor=request.user, content=content, **form.cleaned_data)
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("Table of contents saved."))
            return redirect(issue)
    context = office_context(request, form=form, issue=issue, content=content)
    return render(request, "gazette/content_form.html", context)


@staff_required
@require_POST
def content_delete_view(request: HttpRequest, pk: int, content_pk: int) -> HttpResponse:
    issue = issue_get(user=request.user, pk=pk)
    content = get_object_or_404(Content, pk=content_pk, issue=issue)
    content_delete(content=content, actor=request.user)
    messages.success(request, _("Removed from the table of contents."))
    return redirect(issue)


@staff_required
def contents_import_view(request: HttpRequest, pk: int) -> HttpResponse:
    issue = issue_get(user=request.user, pk=pk)
    form = ImportForm(request.POST or None, request.FILES or None)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            count = contents_import(
                issue=issue, actor=request.user, data=form.cleaned_data["file"].read()
            )
        except DomainError as exc:
            errors = getattr(exc, "errors", None) or [exc.message]
        else:
            messages.success(request, _("%(count)d contents imported.") % {"count": count})
            return redirect(issue)
    context = office_context(
        request,
        form=form,
        issue=issue,
        errors=errors,
        columns=[*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS],
    )
    return render(request, "gazette/contents_import.html", context)


@staff_required
def proofread_view(request: HttpRequest, pk: int) -> HttpResponse:
    issue = issue_get(user=request.user, pk=pk)
    pages = issue_pages(issue)
    if request.method == "POST":
        texts = [request.POST.get(f"page-{p['number']}", "") for p in pages]
        issue_proofread(
            issue=issue, actor=request.user, pages=texts, done=bool(request.POST.get("done"))
        )
        messages.success(request, _("Text saved."))
        return redirect(issue)
    context = office_context(request, issue=issue, pages=pages)
    return render(request, "gazette/proofread.html", context)


def _issue_step(step, done: str):
    """A POST-only view that takes ``step`` (a service called with the issue and the actor) on
    an issue the user may see, says ``done`` and goes back to the issue."""

    @staff_required
    @require_POST
    def view(request: HttpRequest, pk: int) -> HttpResponse:
        issue = issue_get(user=request.user, pk=pk)
        step(issue=issue, actor=request.user)
        messages.success(request, done)
        return redirect(issue)

    return view


issue_digitise_view = _issue_step(
    issue_digitise_again, gettext_lazy("The PDF is being read again.")
)
issue_review_view = _issue_step(
    issue_review_submit, gettext_lazy("Submitted for confidentiality review.")
)
issue_publish_view = _issue_step(
    issue_publish, gettext_lazy("The issue is published on the portal.")
)


@staff_required
@require_POST
def issue_withdraw_view(request: HttpRequest, pk: int) -> HttpResponse:
    issue = issue_get(user=request.user, pk=pk)
    form = ReasonForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    issue_withdraw(issue=issue, actor=request.user, reason=reason)
    messages.success(request, _("The issue is withdrawn from the portal."))
    return redirect(issue)


@staff_required
def overview_view(request: HttpRequest) -> HttpResponse:
    year = id_param(request.GET.get("year", ""))
    figures = gazette_figures(user=request.user, year=year)
    context = office_context(
        request,
        figures=figures,
        year=year,
        on_time_days=ON_TIME_DAYS,
        stages=[
            (label, figures.digitisation.get(value, 0)) for value, label in Digitisation.choices
        ],
    )
    return render(request, "gazette/overview.html", context)


@staff_required
def issue_pdf_view(request: HttpRequest, pk: int) -> FileResponse:
    """The PDF as entered, for the staff who may see the issue (the public gets the copy made
    on publication)."""
    issue = issue_get(user=request.user, pk=pk)
    if not issue.pdf:
        raise Http404
    return FileResponse(issue.pdf.open("rb"), filename=PurePath(issue.pdf.name).name)
