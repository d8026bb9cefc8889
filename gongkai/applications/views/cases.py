"""Back-office pages of one disclosure request: the case page, its actions and documents."""

from collections.abc import Callable
from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from gongkai.core.audit_labels import action_label, state_label
from gongkai.core.permissions import staff_required
from gongkai.core.views import office_context
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import user_has_role
from gongkai.workdays.calendar import YearNotCovered

from .. import forms as f
from .. import services as s
from ..clock import ClockError
from ..clock_events import EventKind
from ..models import Attachment, ReplyLetter
from ..selectors import (
    HANDLERS,
    application_clock,
    application_get,
    application_timeline,
    handles_request,
    masked_identity,
    sees_masked_identity,
    unit_choices,
)
from ..services.letters import DEFAULT_DECISION
from ..services.remedies import REMEDY_STATUSES
from ..states import PAUSED_STATUSES, TRANSITIONS, Ground, Status
from .procedural import draft_after_step
from .public import letter_response

HANDLING = {Status.RECEIVED, Status.IN_PROGRESS, Status.CONSULTATION, Status.AWAITING_FEE}


@dataclass(frozen=True)
class Action:
    """One thing staff can do on the case page: its form, when it shows, and the service."""

    label: Promise
    form: type[forms.Form]
    statuses: frozenset[str]
    run: Callable
    roles: frozenset[str] = frozenset()
    #: Shown only when this says so (e.g. the one extension not yet used); None: always.
    when: Callable | None = None
    with_app: bool = False  # the form reads the request (the fee proposal, agency settings)

    def make_form(self, app, *args, **kwargs) -> forms.Form:
        if self.with_app:
            kwargs["app"] = app
        return self.form(*args, **kwargs)


def _timeline(app) -> list[dict]:
    """The request's audit entries as the case page lists them, in the audit log's words."""
    return [
        {
            "when": entry.created_at,
            "actor": entry.actor_name,
            "label": action_label(entry.action),
            "from": state_label(entry.action, entry.from_state),
            "to": state_label(entry.action, entry.to_state),
            "reason": entry.reason,
        }
        for entry in application_timeline(app=app)
    ]


def _allowed_to(target: str) -> frozenset[str]:
    return frozenset(k for k, v in TRANSITIONS.items() if target in v)


ACTIONS: dict[str, Action] = {
    "confirm_receipt": Action(
        gettext_lazy("Confirm receipt (Art. 31)"),
        f.ReceiptConfirmForm,
        frozenset({Status.RECEIVED}),
        lambda app, user, d, files: s.application_receipt_confirm(app=app, actor=user, **d),
        when=lambda app: app.channel == "online" and app.receipt_confirmed_on is None,
    ),
    "start": Action(
        gettext_lazy("Accept for handling"),
        f.ReasonForm,
        frozenset({Status.RECEIVED}),
        lambda app, user, d, files: s.application_start(app=app, actor=user, reason=d["reason"]),
    ),
    "correction_request": Action(
        gettext_lazy("Request a correction (Art. 30)"),
        f.CorrectionRequestForm,
        frozenset({Status.RECEIVED}),
        lambda app, user, d, files: s.application_correction_request(app=app, actor=user, **d),
        with_app=True,
    ),
    "corrected": Action(
        gettext_lazy("Corrected request received"),
        f.CorrectedForm,
        frozenset({Status.CORRECTION_REQUESTED}),
        lambda app, user, d, files: s.application_correction_receive(app=app, actor=user, **d),
    ),
    "deem_withdrawn": Action(
        gettext_lazy("Deem withdrawn: not corrected in time"),
        f.ReasonForm,
        frozenset({Status.CORRECTION_REQUESTED}),
        lambda app, user, d, files: s.application_deem_withdrawn(app=app, actor=user, **d),
    ),
    "consultation_send": Action(
        gettext_lazy("Consult a third party (Art. 32, 34)"),
        f.ConsultationSendForm,
        frozenset({Status.IN_PROGRESS, Status.CONSULTATION}),
        lambda app, user, d, files: s.application_consultation_send(
            app=app,
            actor=user,
            day=d["day"],
            addressee=d["addressee"],
            delivered_on=d["delivered_on"],
            note=d["note"],
        ),
    ),
    "consultation_answer": Action(
        gettext_lazy("Consultation answered"),
        f.ConsultationAnswerForm,
        frozenset({Status.CONSULTATION}),
        lambda app, user, d, files: s.application_consultation_answer(app=app, actor=user, **d),
    ),
    "fee_notice": Action(
        gettext_lazy("Send a fee notice"),
        f.FeeNoticeForm,
        frozenset({Status.IN_PROGRESS}),
        lambda app, user, d, files: s.application_fee_charge(app=app, actor=user, **d),
        with_app=True,
    ),
    "letter_received": Action(
        gettext_lazy("Record when a letter was received"),
        f.LetterReceivedForm,
        PAUSED_STATUSES,
        lambda app, user, d, files: s.application_letter_delivered(
            app=app, actor=user, event=d["letter"], delivered_on=d["delivered_on"]
        ),
        when=lambda app: bool(s.undelivered_letters(app)),
        with_app=True,
    ),
    "fee_paid": Action(
        gettext_lazy("Fee paid"),
        f.FeePaidForm,
        frozenset({Status.AWAITING_FEE}),
        lambda app, user, d, files: s.application_fee_paid(app=app, actor=user, **d),
    ),
    "extension": Action(
        gettext_lazy("Approve an extension (Art. 33)"),
        f.ExtensionForm,
        frozenset(HANDLING),
        lambda app, user, d, files: s.application_extension_approve(app=app, actor=user, **d),
        roles=frozenset({Role.REVIEWER}),
        # REQ-DEADLINE-3: one extension at most.
        when=lambda app: not app.clock_events.filter(kind=EventKind.EXTENSION_APPROVED).exists(),
    ),
    "reply": Action(
        gettext_lazy("Reply and issue the letter"),
        f.ReplyForm,
        _allowed_to(Status.REPLIED),
        lambda app, user, d, files: s.application_answer(
            app=app,
            actor=user,
            reply_type=d["reply_type"],
            grounds=d["grounds"],
            withheld=d["withheld"],
            no_disclosure_duty_confirmed=d["no_disclosure_duty_confirmed"],
            decision=d["decision"],
            day=d["day"],
            released=d["released"],
        ),
    ),
    "withdraw": Action(
        gettext_lazy("Withdrawn by the applicant"),
        f.ReasonForm,
        _allowed_to(Status.WITHDRAWN),
        lambda app, user, d, files: s.application_withdraw(app=app, actor=user, **d),
    ),
    "close": Action(
        gettext_lazy("Close and archive"),
        f.ReasonForm,
        _allowed_to(Status.CLOSED),
        lambda app, user, d, files: s.application_close(app=app, actor=user, **d),
    ),
}


def _role_ok(user, app, action: Action) -> bool:
    """Whether ``user`` may take ``action``: its own roles, or by default those who handle
    requests (a supervisor follows, but takes no step)."""
    roles = set(action.roles or HANDLERS)
    return user_has_role(user=user, org=app.org, roles=roles) or (
        app.unit is not None and user_has_role(user=user, org=app.unit, roles=roles)
    )


def _detail_context(
    request: HttpRequest,
    app,
    bound: tuple[str, forms.Form] | None = None,
    revealed: bool = False,
):
    # A concluded case's count stops on its conclusion day: was it replied in time?
    today = app.concluded_on if app.is_concluded else None
    try:
        clock, clock_error = application_clock(app=app, today=today, explain_days=False), ""
    except (YearNotCovered, ClockError) as exc:
        clock, clock_error = None, exc.message
    roles_ok = {name: _role_ok(request.user, app, a) for name, a in ACTIONS.items()}
    can_handle = handles_request(user=request.user, app=app)
    actions, others = [], []
    for name, action in ACTIONS.items():
        if app.status not in action.statuses:
            continue
        if action.when is not None and not action.when(app):
            continue
        if not roles_ok[name] and can_handle:  # say who can, rather than hide it silently
            roles = "、".join(str(Role(r).label) for r in sorted(action.roles))
            others.append({"label": action.label, "roles": roles})
            continue
        if not roles_ok[name]:
            continue
        is_bound = bool(bound and bound[0] == name)
        form = bound[1] if is_bound else action.make_form(app, prefix=name)
        actions.append({"name": name, "label": action.label, "form": form, "open": is_bound})
    letter = getattr(app, "letter", None)
    users = s.assignable_users(org=app.org)
    received = app.clock_events.filter(kind=EventKind.RECEIVED).values_list("day", flat=True)
    received_on = received.first()
    masked = not revealed and sees_masked_identity(user=request.user, app=app)
    return office_context(
        request,
        app=app,
        others=others,
        can_handle=can_handle,
        masked=masked,
        identity=masked_identity(app) if masked else None,
        reveal_form=f.ReasonForm(prefix="reveal") if masked else None,
        clock=clock,
        clock_error=clock_error,
        received_on=received_on,
        ground_labels=[dict(Ground.choices).get(g, g) for g in app.withholding_grounds],
        # REQ-RECEIPT-1: an ordinary letter's receipt is the day it was confirmed; warn if that
        # is not the day it arrived (《条例》第三十一条第三项).
        arrival_differs=bool(app.arrived_on and received_on and app.arrived_on != received_on),
        timeline=_timeline(app),
        events=app.clock_events.select_related("actor"),
        attachments=app.attachments.all(),
        actions=actions,
        letter=letter,
        assign_form=f.AssignForm(
            prefix="assign",
            initial={"unit": app.unit_id, "handler": app.handler_id},
            units=unit_choices(org=app.org),
            users=users,
        ),
        delivery_form=f.DeliveryForm(prefix="delivery"),
        remedies=app.remedies.all(),
        remedy_form=(
            f.RemedyForm(prefix="remedy") if can_handle and app.status in REMEDY_STATUSES else None
        ),
        remedy_decide_form=f.RemedyDecideForm(prefix="decide"),
        default_decisions=DEFAULT_DECISION,
        can_assign=user_has_role(user=request.user, org=app.org, roles=set(s.cases.ASSIGNERS)),
    )


@staff_required
def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    app = application_get(user=request.user, pk=pk)
    return render(request, "applications/application_detail.html", _detail_context(request, app))


@staff_required
@require_POST
def case_reveal(request: HttpRequest, pk: int) -> HttpResponse:
    """Show a supervisor the applicant's full details once, for the reason given (audited)."""
    app = application_get(user=request.user, pk=pk)
    form = f.ReasonForm(request.POST, prefix="reveal")
    if not form.is_valid():
        messages.error(request, _("Say why you need the applicant's full details."))
        return redirect("applications:detail", pk=app.pk)
    s.application_identity_reveal(app=app, actor=request.user, reason=form.cleaned_data["reason"])
    context = _detail_context(request, app, revealed=True)
    return render(request, "applications/application_detail.html", context)


@staff_required
def case_action(request: HttpRequest, pk: int, name: str) -> HttpResponse:
    app = application_get(user=request.user, pk=pk)
    action = ACTIONS.get(name)
    if action is None:
        raise Http404
    if request.method != "POST":  # e.g. back to the page after a refused action
        return redirect("applications:detail", pk=app.pk)
    if not ((not action.when or action.when(app)) and _role_ok(request.user, app, action)):
        messages.error(request, _("This action is not open for this request now."))
        return redirect("applications:detail", pk=app.pk)
    form = action.make_form(app, request.POST, request.FILES, prefix=name)
    if not form.is_valid():
        context = _detail_context(request, app, bound=(name, form))
        return render(request, "applications/application_detail.html", context, status=400)
    action.run(app, request.user, form.cleaned_data, request.FILES)
    messages.success(request, _("Saved: %(action)s.") % {"action": action.label})
    draft_after_step(request, app, name, form.cleaned_data)  # REQ-LETTERS-1
    return redirect("applications:detail", pk=app.pk)


@staff_required
@require_POST
def case_assign(request: HttpRequest, pk: int) -> HttpResponse:
    app = application_get(user=request.user, pk=pk)
    form = f.AssignForm(
        request.POST,
        prefix="assign",
        units=unit_choices(org=app.org),
        users=s.assignable_users(org=app.org),
    )
    if form.is_valid():
        s.application_assign(app=app, actor=request.user, **form.cleaned_data)
        messages.success(request, _("Assignment saved."))
    else:
        messages.error(request, _("Choose a unit and a handler from the lists."))
    return redirect("applications:detail", pk=app.pk)


@staff_required
@require_POST
def case_delivery(request: HttpRequest, pk: int) -> HttpResponse:
    app = application_get(user=request.user, pk=pk)
    letter = ReplyLetter.objects.filter(application=app).first()
    if letter is None:
        raise Http404
    form = f.DeliveryForm(request.POST, prefix="delivery")
    if form.is_valid():
        s.letter_deliver(letter=letter, actor=request.user, **form.cleaned_data)
        messages.success(request, _("Delivery recorded."))
    else:
        messages.error(request, _("Give the channel and the date of delivery."))
    return redirect("applications:detail", pk=app.pk)


@staff_required
@require_POST
def case_remedy(request: HttpRequest, pk: int) -> HttpResponse:
    app = application_get(user=request.user, pk=pk)
    form = f.RemedyForm(request.POST, prefix="remedy")
    if form.is_valid():
        s.remedy_record(app=app, actor=request.user, **form.cleaned_data)
        messages.success(request, _("Reconsideration or lawsuit recorded."))
    else:
        messages.error(request, _("Give the kind, the body or court and the filing date."))
    return redirect("applications:detail", pk=app.pk)


@staff_required
@require_POST
def case_remedy_decide(request: HttpRequest, pk: int, remedy_pk: int) -> HttpResponse:
    app = application_get(user=request.user, pk=pk)
    remedy = app.remedies.filter(pk=remedy_pk).first()
    if remedy is None:
        raise Http404
    form = f.RemedyDecideForm(request.POST, prefix="decide")
    if form.is_valid():
        s.remedy_decide(remedy=remedy, actor=request.user, **form.cleaned_data)
        messages.success(request, _("Result recorded."))
    else:
        messages.error(request, _("Give the result and the date of the decision."))
    return redirect("applications:detail", pk=app.pk)


@staff_required
def case_letter(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    app = application_get(user=request.user, pk=pk)
    letter = ReplyLetter.objects.filter(application=app).first()
    if letter is None:
        raise Http404
    return letter_response(letter, fmt)


@staff_required
def case_attachment(request: HttpRequest, pk: int, file_pk: int):
    from django.http import FileResponse

    app = application_get(user=request.user, pk=pk)
    row = Attachment.objects.filter(application=app, pk=file_pk).first()
    if row is None:
        raise Http404
    return FileResponse(row.file.open("rb"), as_attachment=True, filename=row.name)
