"""Back-office pages: consultations with their comments and outcome, messages and replies."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from gongkai.core.errors import DomainError
from gongkai.core.forms import add_domain_error
from gongkai.core.permissions import staff_required
from gongkai.core.views import office_context
from gongkai.orgs.selectors import org_list_for
from gongkai.publishing.services.reviews import may_publish, publishers, review_latest

from ..forms import (
    ConsultationForm,
    OpinionFormSet,
    OutcomeForm,
    PublicationTextsForm,
    ReasonForm,
    ReplyForm,
)
from ..selectors import consultation_get, consultation_list, message_get, message_list
from ..services import (
    DRAFT_STAGE,
    MANAGE_ROLES,
    MESSAGE_STAGE,
    OUTCOME_STAGE,
    OpinionInput,
    comments_accepted,
    consultation_close,
    consultation_create,
    consultation_outcome_publish,
    consultation_outcome_submit,
    consultation_publish,
    consultation_review_submit,
    consultation_update,
    message_publish,
    message_reply,
    message_review_submit,
    message_review_texts,
    message_withdraw,
)
from ..states import ConsultationStatus, MessageStatus


def _manage_orgs(request: HttpRequest):
    return org_list_for(user=request.user, roles=MANAGE_ROLES)


@staff_required
def consultation_list_view(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "")
    status = status if status in ConsultationStatus.values else ""
    context = office_context(
        request,
        consultations=consultation_list(user=request.user, status=status or None),
        statuses=ConsultationStatus.choices,
        status=status,
        can_create=_manage_orgs(request).exists(),
    )
    return render(request, "participation/consultation_list.html", context)


@staff_required
def consultation_form_view(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    consultation = consultation_get(user=request.user, pk=pk) if pk else None
    initial = {}
    if consultation is not None:
        initial = {
            "org": consultation.org_id,
            "title": consultation.title,
            "draft": consultation.draft,
            "basis": consultation.basis,
            "feedback_method": consultation.feedback_method,
            "starts_on": consultation.starts_on,
            "ends_on": consultation.ends_on,
        }
    form = ConsultationForm(request.POST or None, orgs=_manage_orgs(request), initial=initial)
    if consultation is not None:
        form.fields["org"].disabled = True
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        org = data.pop("org")
        try:
            if consultation is None:
                consultation = consultation_create(org=org, actor=request.user, **data)
            else:
                consultation_update(consultation=consultation, actor=request.user, **data)
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("Consultation saved."))
            return redirect(consultation)
    context = office_context(request, form=form, consultation=consultation)
    return render(request, "participation/consultation_form.html", context)


@staff_required
def consultation_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = consultation_get(user=request.user, pk=pk)
    context = office_context(
        request,
        consultation=consultation,
        draft_review=review_latest(target=consultation, stage=DRAFT_STAGE),
        outcome_review=review_latest(target=consultation, stage=OUTCOME_STAGE),
        can_publish=may_publish(user=request.user, org=consultation.org),
        publishers=publishers(org=consultation.org),
        comments=consultation.comments.all(),
        opinions=consultation.opinions.all(),
        accepting=comments_accepted(consultation),
        period_over=consultation.ends_on < timezone.localdate(),
        reason_form=ReasonForm(),
        statuses=ConsultationStatus,
    )
    return render(request, "participation/consultation_detail.html", context)


#: The consultation actions that take no input: the service, and what the user is told.
CONSULTATION_ACTIONS = {
    "publish": (
        consultation_publish,
        gettext_lazy("The consultation is published and open for comments."),
    ),
    "review": (consultation_review_submit, gettext_lazy("Submitted for confidentiality review.")),
    "outcome_publish": (
        consultation_outcome_publish,
        gettext_lazy("The outcome is published on the portal."),
    ),
}


@staff_required
@require_POST
def consultation_action_view(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """Publish, submit for review or publish the outcome (the service checks the state)."""
    service, done = CONSULTATION_ACTIONS[action]
    consultation = consultation_get(user=request.user, pk=pk)
    service(consultation=consultation, actor=request.user)
    messages.success(request, done)
    return redirect(consultation)


@staff_required
@require_POST
def consultation_close_view(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = consultation_get(user=request.user, pk=pk)
    form = ReasonForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    consultation_close(consultation=consultation, actor=request.user, reason=reason)
    messages.success(request, _("The consultation is closed."))
    return redirect(consultation)


@staff_required
def consultation_outcome_view(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = consultation_get(user=request.user, pk=pk)
    form = OutcomeForm(request.POST or None)
    formset = OpinionFormSet(request.POST or None, prefix="opinions")
    if request.method == "POST" and form.is_valid() and formset.is_valid():
        opinions = [
            OpinionInput(
                summary=row.get("summary", ""),
                decision=row.get("decision", ""),
                reason=row.get("reason", ""),
            )
            for row in formset.cleaned_data
            if row
        ]
        try:
            consultation_outcome_submit(
                consultation=consultation,
                actor=request.user,
                summary=form.cleaned_data["summary"],
                opinions=opinions,
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("The outcome is submitted for confidentiality review."))
            return redirect(consultation)
    context = office_context(
        request,
        consultation=consultation,
        form=form,
        formset=formset,
        comments=consultation.comments.all(),
    )
    return render(request, "participation/consultation_outcome.html", context)


@staff_required
def message_list_view(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "")
    status = status if status in MessageStatus.values else ""
    context = office_context(
        request,
        message_rows=message_list(user=request.user, status=status or None),
        statuses=MessageStatus.choices,
        status=status,
    )
    return render(request, "participation/message_list.html", context)


@staff_required
def message_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    message = message_get(user=request.user, pk=pk)
    form = ReplyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            message_reply(message=message, actor=request.user, reply=form.cleaned_data["reply"])
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(
                request, _("The reply is saved; the writer sees it on the tracking page.")
            )
            return redirect(message)
    context = office_context(
        request,
        message=message,
        form=form,
        statuses=MessageStatus,
        review=review_latest(target=message, stage=MESSAGE_STAGE),
        review_form=PublicationTextsForm(initial=message_review_texts(message)),
        can_publish=may_publish(user=request.user, org=message.org),
        publishers=publishers(org=message.org),
    )
    return render(request, "participation/message_detail.html", context)


@staff_required
@require_POST
def message_review_view(request: HttpRequest, pk: int) -> HttpResponse:
    message = message_get(user=request.user, pk=pk)
    form = PublicationTextsForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Subject, message and reply are all needed."))
        return redirect(message)
    message_review_submit(message=message, actor=request.user, **form.cleaned_data)
    messages.success(request, _("Submitted for confidentiality review."))
    return redirect(message)


@staff_required
@require_POST
def message_publish_view(request: HttpRequest, pk: int) -> HttpResponse:
    message = message_get(user=request.user, pk=pk)
    message_publish(message=message, actor=request.user)
    messages.success(request, _("The question and the reply are published as reviewed."))
    return redirect(message)


@staff_required
@require_POST
def message_withdraw_view(request: HttpRequest, pk: int) -> HttpResponse:
    message = message_get(user=request.user, pk=pk)
    message_withdraw(message=message, actor=request.user, reason=request.POST.get("reason", ""))
    messages.success(
        request, _("Withdrawn from the portal. Correct the texts and submit them for review again.")
    )
    return redirect(message)
