"""Back-office pages of procedural letters: write from the case, edit, issue, deliver, download."""

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from gongkai.core.errors import DomainError
from gongkai.core.permissions import coordinator_required, staff_required
from gongkai.core.views import office_context

from .. import services as s
from ..forms import DeliveryForm
from ..forms.procedural import (
    LETTER_FORMS,
    LetterEditForm,
    LetterIssueForm,
    ProceduralTemplateForm,
)
from ..letter_kinds import KINDS, PLACEHOLDER_LABELS, LetterKind
from ..letter_text import field_token
from ..letter_values import letter_facts
from ..models import ProceduralLetter
from ..selectors import application_get, handles_request
from .letters import _coordinator_org
from .public import letter_response


def draft_after_step(request: HttpRequest, app, step: str, data: dict[str, Any]) -> None:
    """After a step on the case page, draft the letter it calls for and say so (or why not)."""
    try:
        letter = s.procedural_letter_after_step(app=app, step=step, data=data, actor=request.user)
    except DomainError as exc:
        messages.warning(
            request, _("The letter was not drafted: %(error)s") % {"error": exc.message}
        )
        return
    if letter is not None:
        messages.info(
            request,
            _("A draft “%(title)s” was written: check it under Letters, then issue it.")
            % {"title": letter.title},
        )


def _letter(request: HttpRequest, pk: int, letter_pk: int) -> ProceduralLetter:
    app = application_get(user=request.user, pk=pk)
    letter = app.procedural_letters.filter(pk=letter_pk).first()
    if letter is None:
        raise Http404
    return letter


@staff_required
def letter_new(request: HttpRequest, pk: int) -> HttpResponse:
    """Write a letter of the chosen kind from the case's data and the facts given here."""
    app = application_get(user=request.user, pk=pk)
    kind = request.POST.get("kind") or request.GET.get("letter-kind", "")
    if kind not in LetterKind.values:
        raise Http404
    form_class = LETTER_FORMS[kind]
    initial = {k: v for k, v in letter_facts(app=app, kind=kind).items() if v not in (None, "")}
    form = form_class(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        facts = dict(form.cleaned_data)
        if kind == LetterKind.NEW_DEADLINE:  # the step of 《条例》第三十五条, then its notice
            s.application_deadline_set(
                app=app,
                actor=request.user,
                day=facts["day"],
                until=facts["new_due"],
                reason=facts["reason"],
            )
        letter = s.procedural_letter_draft(app=app, kind=kind, actor=request.user, facts=facts)
        messages.success(request, _("Draft written: check the text, then issue it."))
        return redirect("applications:letter_detail", pk=app.pk, letter_pk=letter.pk)
    context = office_context(
        request, app=app, form=form, kind=kind, kind_label=LetterKind(kind).label
    )
    return render(request, "applications/procedural_letter_new.html", context)


@staff_required
def letter_detail(request: HttpRequest, pk: int, letter_pk: int) -> HttpResponse:
    letter = _letter(request, pk, letter_pk)
    context = office_context(
        request,
        app=letter.application,
        letter=letter,
        edit_form=LetterEditForm(initial={"title": letter.title, "body": letter.body}),
        issue_form=LetterIssueForm(prefix="issue"),
        delivery_form=DeliveryForm(prefix="delivery"),
        can_handle=handles_request(user=request.user, app=letter.application),
    )
    return render(request, "applications/procedural_letter_detail.html", context)


@staff_required
@require_POST
def letter_act(request: HttpRequest, pk: int, letter_pk: int, op: str) -> HttpResponse:
    """Save the draft, issue it, discard it or record its delivery."""
    letter = _letter(request, pk, letter_pk)
    back = redirect("applications:letter_detail", pk=pk, letter_pk=letter.pk)
    if op == "edit":
        form = LetterEditForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("The letter needs a title and a text."))
            return back
        s.procedural_letter_edit(letter=letter, actor=request.user, **form.cleaned_data)
        messages.success(request, _("Draft saved."))
    elif op == "issue":
        form = LetterIssueForm(request.POST, prefix="issue")
        if not form.is_valid():
            messages.error(request, _("Give the date of the letter."))
            return back
        letter = s.procedural_letter_issue(letter=letter, actor=request.user, **form.cleaned_data)
        messages.success(request, _("Issued as %(number)s.") % {"number": letter.number})
    elif op == "discard":
        s.procedural_letter_discard(letter=letter, actor=request.user)
        messages.success(request, _("Draft discarded."))
        return redirect(reverse("applications:detail", args=[pk]) + "#letters")
    elif op == "deliver":
        form = DeliveryForm(request.POST, prefix="delivery")
        if not form.is_valid():
            messages.error(request, _("Give the channel and the date of delivery."))
            return back
        s.procedural_letter_deliver(letter=letter, actor=request.user, **form.cleaned_data)
        messages.success(request, _("Delivery recorded."))
    else:
        raise Http404
    return back


@staff_required
def letter_file(request: HttpRequest, pk: int, letter_pk: int, fmt: str) -> HttpResponse:
    letter = _letter(request, pk, letter_pk)
    if letter.issued_on is None:
        raise Http404  # a draft is not a document yet
    return letter_response(letter, fmt, name=f"{letter.kind}-{letter.application.number}")


@coordinator_required
def procedural_template_edit(request: HttpRequest, kind: str) -> HttpResponse:
    if kind not in LetterKind.values:
        raise Http404
    org = _coordinator_org(request.user)
    current = s.procedural_template_for(org=org, kind=kind)
    form = ProceduralTemplateForm(
        request.POST or None,
        kind=kind,
        initial={"title": current.title, "marker": current.marker, "body": current.body},
    )
    if request.method == "POST" and form.is_valid():
        s.procedural_template_save(org=org, kind=kind, actor=request.user, **form.cleaned_data)
        messages.success(request, _("Template saved."))
        return redirect("applications:templates")
    spec = KINDS[kind]
    placeholders = [
        {"name": field_token(n), "label": PLACEHOLDER_LABELS[n], "required": n in spec.required}
        for n in spec.allowed
    ]
    context = office_context(
        request, org=org, form=form, kind_label=LetterKind(kind).label, placeholders=placeholders
    )
    return render(request, "applications/procedural_template_edit.html", context)
