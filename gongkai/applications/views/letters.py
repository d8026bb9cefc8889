"""Back-office pages for letter templates and letterhead, statistics, and recurring requests."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from gongkai.core.params import id_param, year_param
from gongkai.core.permissions import coordinator_required, staff_required
from gongkai.core.views import office_context
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import org_list_for, user_memberships

from ..forms import ConversionForm, LetterSettingsForm, TemplateForm
from ..letter_kinds import PLACEHOLDER_LABELS, LetterKind
from ..letter_text import field_token
from ..models import ConversionDecision
from ..recurring import conversion_decide, recurring_groups
from ..selectors import (
    T3_HEADINGS,
    application_list,
    application_remedy_statistics,
    application_statistics,
)
from ..services import letter_settings_for, letter_settings_save, template_for, template_save
from ..services.letters import PLACEHOLDERS, REQUIRED_PLACEHOLDERS
from ..services.procedural import procedural_template_for
from ..states import ReplyType


def _coordinator_org(user) -> Organisation:
    """Return the agency whose templates the signed-in coordinator edits."""
    membership = user_memberships(user=user).filter(role=Role.COORDINATOR).first()
    if membership is None:
        raise Http404
    return membership.org


@coordinator_required
def template_list(request: HttpRequest) -> HttpResponse:
    org = _coordinator_org(request.user)
    rows = [
        {"type": value, "label": label, "template": template_for(org=org, reply_type=value)}
        for value, label in ReplyType.choices
        if not value.startswith("C-")
    ]
    settings_row = letter_settings_for(org=org)
    form = LetterSettingsForm(
        request.POST or None,
        initial={
            "organ_name": settings_row.organ_name,
            "number_prefix": settings_row.number_prefix,
            "reconsideration_body": settings_row.reconsideration_body,
        },
    )
    if request.method == "POST" and form.is_valid():
        letter_settings_save(org=org, actor=request.user, **form.cleaned_data)
        messages.success(request, _("Letter settings saved."))
        return redirect("applications:templates")
    letter_rows = [
        {"kind": value, "label": label, "template": procedural_template_for(org=org, kind=value)}
        for value, label in LetterKind.choices
    ]
    context = office_context(request, org=org, rows=rows, letter_rows=letter_rows, form=form)
    return render(request, "applications/template_list.html", context)


@coordinator_required
def template_edit(request: HttpRequest, reply_type: str) -> HttpResponse:
    if reply_type not in ReplyType.values or reply_type.startswith("C-"):
        raise Http404
    org = _coordinator_org(request.user)
    current = template_for(org=org, reply_type=reply_type)
    form = TemplateForm(
        request.POST or None, initial={"title": current.title, "body": current.body}
    )
    if request.method == "POST" and form.is_valid():
        template_save(org=org, reply_type=reply_type, actor=request.user, **form.cleaned_data)
        messages.success(request, _("Template saved."))
        return redirect("applications:templates")
    context = office_context(
        request,
        org=org,
        form=form,
        reply_label=ReplyType(reply_type).label,
        placeholders=[
            {
                "name": field_token(name),
                "label": PLACEHOLDER_LABELS[name],
                "required": name in REQUIRED_PLACEHOLDERS,
            }
            for name in PLACEHOLDERS
        ],
    )
    return render(request, "applications/template_edit.html", context)


#: How the report's arithmetic checks (AR-CHECK-1 to 4) read on the screen.
CHECK_LABELS = {
    "AR-CHECK-1": gettext_lazy("New plus carried over equals concluded plus carried forward"),
    "AR-CHECK-2": gettext_lazy("The total equals the sum of the outcomes"),
    "AR-CHECK-3": gettext_lazy("Each row's total equals the sum of the applicant columns"),
    "AR-CHECK-4": gettext_lazy("Each remedy total equals the sum of its results"),
}


@staff_required
def statistics(request: HttpRequest) -> HttpResponse:
    orgs = org_list_for(user=request.user).exclude(kind=Organisation.Kind.UNIT)
    org_id = request.GET.get("org", "")
    org = orgs.filter(pk=id_param(org_id)).first() if id_param(org_id) is not None else None
    org = org or orgs.order_by("-depth").first()
    year = year_param(request.GET.get("year"), default=timezone.localdate().year)
    table = application_statistics(org=org, year=year) if org else None
    remedies = application_remedy_statistics(org=org, year=year) if org else None
    checks = {**(table or {}).get("checks", {}), **(remedies or {}).get("checks", {})}
    context = office_context(
        request,
        orgs=orgs,
        org=org,
        year=year,
        table=table,
        headings=T3_HEADINGS,
        remedies=remedies,
        checks=[(CHECK_LABELS[rule], ok) for rule, ok in checks.items()],
    )
    return render(request, "applications/statistics.html", context)


@coordinator_required
def recurring(request: HttpRequest) -> HttpResponse:
    """Offer requests that recur for the same information for proactive disclosure."""
    visible = application_list(user=request.user)
    if request.method == "POST":
        form = ConversionForm(request.POST)
        ids = [int(i) for i in request.POST.getlist("ids") if i.isdigit()]
        apps = list(visible.filter(pk__in=ids))
        if form.is_valid() and apps:
            row = conversion_decide(
                org=apps[0].org,
                applications=apps,
                subject=request.POST.get("subject", "") or apps[0].description,
                actor=request.user,
                **form.cleaned_data,
            )
            if row.item_id:
                started = _(
                    "Decision recorded. A draft item was started: complete it and submit it for "
                    "review."
                )
                messages.success(request, started)
                return redirect("publishing:item_edit", row.item_id)
            messages.success(request, _("Decision recorded."))
            return redirect("applications:recurring")
        messages.error(request, _("Choose a decision and give the reason."))
    groups = recurring_groups(qs=visible)
    decisions = ConversionDecision.objects.filter(org__in=visible.values("org")).prefetch_related(
        "applications"
    )[:20]
    context = office_context(request, groups=groups, form=ConversionForm(), decisions=decisions)
    return render(request, "applications/recurring.html", context)
