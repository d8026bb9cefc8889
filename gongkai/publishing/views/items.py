"""Back-office pages for information items: list, edit, review, publish, amend, end."""

from datetime import date

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from gongkai.core.errors import DomainError
from gongkai.core.forms import add_domain_error
from gongkai.core.permissions import staff_required
from gongkai.core.views import office_context
from gongkai.orgs.selectors import get_visible_or_404

from ..forms import AttachmentForm, ItemForm, ReasonForm, ReviewForm
from ..models import Attachment, Kind, PrivacyFinding
from ..selectors import (
    interpretation_check,
    interpretations_missing,
    item_get,
    item_history,
    item_list,
    items_late,
    normative_lapsing,
)
from ..services import (
    attachment_add,
    attachment_remove,
    finding_decide,
    findings_accept_all,
    item_amend_start,
    item_create,
    item_expire,
    item_publish,
    item_repeal,
    item_review,
    item_submit,
    item_update,
    item_withdraw,
)
from ..services.recognition import files_unread
from ..services.reviews import may_publish, publishers
from ..states import EDITABLE, Status
from .review_panel import item_panel
from .reviews import request_finding_view
from .tables import attention_tables


@staff_required
def item_list_view(request: HttpRequest) -> HttpResponse:
    params = request.GET
    qs = item_list(
        user=request.user,
        kind=params.get("kind", ""),
        status=params.get("status", ""),
        q=params.get("q", "").strip(),
    )
    page = Paginator(qs, 30).get_page(params.get("page"))
    query = params.copy()
    query.pop("page", None)
    context = office_context(
        request,
        page=page,
        query=query.urlencode(),
        params=params,
        kinds=Kind.choices,
        statuses=Status.choices,
    )
    return render(request, "publishing/item_list.html", context)


@staff_required
def item_create_view(request: HttpRequest) -> HttpResponse:
    form = ItemForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        org = data.pop("org")
        try:
            item = item_create(org=org, actor=request.user, fields=data)
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("Draft saved."))
            return redirect(item)
    context = office_context(request, form=form, creating=True)
    return render(request, "publishing/item_form.html", context)


@staff_required
def item_edit_view(request: HttpRequest, pk: int) -> HttpResponse:
    item = item_get(user=request.user, pk=pk)
    if item.status not in EDITABLE:
        messages.error(request, _("This item cannot be edited in its current state."))
        return redirect(item)
    form = ItemForm(request.POST or None, instance=item, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            item_update(item=item, actor=request.user, fields=dict(form.cleaned_data))
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("Changes saved."))
            return redirect(item)
    context = office_context(request, form=form, item=item, creating=False)
    return render(request, "publishing/item_form.html", context)


@staff_required
def item_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    item = item_get(user=request.user, pk=pk)
    context = office_context(
        request,
        item=item,
        editable=item.status in EDITABLE,
        under_review=item.status in (Status.IN_REVIEW, Status.REFERRED),
        being_masked=item.status == Status.MASKING,
        approved=item.status == Status.APPROVED,
        published=item.status == Status.PUBLISHED,
        attachment_form=AttachmentForm(),
        reason_form=ReasonForm(),
        versions=item.versions.select_related("published_by"),
        reviews=item.reviews.select_related("reviewer"),
        interpretations=item.interpretations.all(),
        interpretation=interpretation_check(item, today=timezone.localdate()),
        amended_by=item.amended_by.all(),
        repealed_by=item.repealed_by.all(),
        history=item_history(item=item),
        can_publish=may_publish(user=request.user, org=item.org),
        publishers=publishers(org=item.org),
    )
    return render(request, "publishing/item_detail.html", context)


@staff_required
@require_POST
def attachment_add_view(request: HttpRequest, pk: int) -> HttpResponse:
    item = item_get(user=request.user, pk=pk)
    form = AttachmentForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _("Choose a file to attach."))
        return redirect(item)
    upload = form.cleaned_data["file"]
    attachment_add(item=item, actor=request.user, name=upload.name, data=upload.read())
    messages.success(request, _("File attached."))
    return redirect(item)


def _attachment(request: HttpRequest, pk: int) -> Attachment:
    attachment = get_object_or_404(Attachment.objects.select_related("item"), pk=pk)
    get_visible_or_404(
        type(attachment.item).objects.all(), user=request.user, pk=attachment.item_id
    )
    return attachment


@staff_required
@require_POST
def attachment_remove_view(request: HttpRequest, pk: int) -> HttpResponse:
    attachment = _attachment(request, pk)
    item = attachment.item
    attachment_remove(attachment=attachment, actor=request.user)
    return redirect(item)


@staff_required
def attachment_download_view(request: HttpRequest, pk: int) -> FileResponse:
    attachment = _attachment(request, pk)
    stored = attachment.masked_file if request.GET.get("masked") else attachment.file
    return FileResponse(stored.open("rb"), as_attachment=True, filename=attachment.name)


@staff_required
@require_POST
def item_submit_view(request: HttpRequest, pk: int) -> HttpResponse:
    item = item_get(user=request.user, pk=pk)
    count = item_submit(item=item, actor=request.user)
    messages.success(
        request,
        _("Submitted for confidentiality review; %(count)s possible personal data found.")
        % {"count": count},
    )
    return redirect(item)


def _review_context(request: HttpRequest, item, **extra) -> dict:
    return office_context(request, item=item, **item_panel(request.user, item), **extra)


@staff_required
def item_review_view(request: HttpRequest, pk: int) -> HttpResponse:
    item = item_get(user=request.user, pk=pk)
    form = ReviewForm(request.POST or None, unread=files_unread(item=item))
    if request.method == "POST" and form.is_valid():
        decision = request.POST.get("decision")
        try:
            item_review(
                item=item,
                actor=request.user,
                approve=decision == "approve",
                refer=decision == "refer",
                opinion=form.cleaned_data["opinion"],
                files_checked=form.cleaned_data.get("files_checked", False),
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("Review recorded."))
            return redirect(item)
    context = _review_context(request, item, form=form, referred=item.status == Status.REFERRED)
    return render(request, "publishing/item_review.html", context)


@staff_required
@require_POST
def finding_decide_view(request: HttpRequest, pk: int) -> HttpResponse:
    finding = get_object_or_404(PrivacyFinding.objects.select_related("item", "request"), pk=pk)
    if finding.request_id:
        return request_finding_view(request, finding)
    item = item_get(user=request.user, pk=finding.item_id)
    finding_decide(finding=finding, actor=request.user, decision=request.POST.get("decision", ""))
    if request.htmx:
        return render(
            request, "publishing/partials/_review_panel.html", _review_context(request, item)
        )
    return redirect("publishing:item_review", item.pk)


@staff_required
@require_POST
def findings_accept_all_view(request: HttpRequest, pk: int) -> HttpResponse:
    item = item_get(user=request.user, pk=pk)
    count = findings_accept_all(item=item, actor=request.user)
    messages.success(request, _("%(count)s findings will be masked.") % {"count": count})
    return redirect("publishing:item_review", item.pk)


@staff_required
@require_POST
def item_publish_view(request: HttpRequest, pk: int) -> HttpResponse:
    item = item_get(user=request.user, pk=pk)
    version = item_publish(item=item, actor=request.user, note=request.POST.get("note", ""))
    if version is None:
        messages.success(
            request,
            _("The masked copies of the scanned files are being made; the item is published "
              "as soon as they are ready."),
        )  # fmt: skip
    else:
        messages.success(request, _("Published as version %(n)s.") % {"n": version.number})
    return redirect(item)


@staff_required
@require_POST
def item_amend_view(request: HttpRequest, pk: int) -> HttpResponse:
    item = item_get(user=request.user, pk=pk)
    item_amend_start(item=item, actor=request.user, reason=request.POST.get("reason", ""))
    messages.success(request, _("Edit the item, then submit it for review again."))
    return redirect("publishing:item_edit", item.pk)


_ENDINGS = {"withdraw": item_withdraw, "repeal": item_repeal, "expire": item_expire}


@staff_required
@require_POST
def item_end_view(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    item = item_get(user=request.user, pk=pk)
    service = _ENDINGS.get(action)
    if service is None:
        return redirect(item)
    service(item=item, actor=request.user, reason=request.POST.get("reason", ""))
    messages.success(request, _("Done: %(status)s.") % {"status": item.get_status_display()})
    return redirect(item)


@staff_required
def attention_view(request: HttpRequest) -> HttpResponse:
    """What needs the coordinator's attention: late items, missing interpretations, lapsing."""
    today = timezone.localdate()
    tables = attention_tables(
        late=items_late(user=request.user, today=today),
        missing=interpretations_missing(
            user=request.user, today=today, late_since=date(today.year, 1, 1)
        ),
        lapsing=normative_lapsing(user=request.user, today=today),
        today=today,
    )
    context = office_context(request, tables=tables)
    return render(request, "publishing/attention.html", context)
