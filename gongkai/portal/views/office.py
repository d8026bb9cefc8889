"""Back-office pages where coordinators keep the guide, the rules and the annual reports."""

from typing import TypeVar

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.forms.models import model_to_dict
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from gongkai.core.errors import DomainError
from gongkai.core.forms import add_domain_error
from gongkai.core.params import year_param
from gongkai.core.permissions import role_required
from gongkai.core.views import office_context
from gongkai.orgs.roles import Role
from gongkai.publishing.services.reviews import review_latest

from .. import selectors, services
from ..forms import (
    AnnualReportForm,
    ComputedReportForm,
    GuideForm,
    OrgChoiceForm,
    RuleForm,
    WithdrawForm,
)
from ..models import AnnualReport, GuideVersion, RuleDocument

coordinator_only = role_required(Role.COORDINATOR)
M = TypeVar("M", GuideVersion, RuleDocument, AnnualReport)


def _org(request: HttpRequest):
    """The organisation chosen in ?org= among those the user coordinates (the first by default)."""
    orgs = selectors.coordinator_orgs(user=request.user)
    chooser = OrgChoiceForm(request.GET or None, orgs=orgs)
    org = chooser.cleaned_data["org"] if chooser.is_valid() else orgs.first()
    if org is None:
        raise PermissionDenied
    if not chooser.is_bound:
        chooser = OrgChoiceForm(initial={"org": org.pk}, orgs=orgs)
    return org, chooser, orgs.count() > 1


@coordinator_only
def guide_edit(request: HttpRequest) -> HttpResponse:
    org, chooser, several = _org(request)
    current = selectors.guide_current(org=org)
    pending = services.guide_pending(org=org)
    latest = pending or selectors.guide_versions(org=org, public=False).order_by("-number").first()
    if request.method == "POST":
        form = GuideForm(request.POST)
    else:
        initial = model_to_dict(latest, fields=services.GUIDE_FIELDS) if latest else {}
        if latest is None or latest != pending:
            initial.update({"effective_from": timezone.localdate(), "note": ""})
        if not latest:
            initial["office_name"] = _("Disclosure office of %(org)s") % {"org": org.name}
        form = GuideForm(initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            version = services.guide_save(org=org, actor=request.user, fields=form.cleaned_data)
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(
                request,
                _(
                    "Version %(n)s of the guide is saved and submitted for confidentiality "
                    "review; it is published after the review approves it."
                )
                % {"n": version.number},
            )
            return redirect(f"{request.path}?org={org.pk}")
    versions = list(selectors.guide_versions(org=org, public=False))
    for version in versions:
        version.review = review_latest(target=version, stage=services.GUIDE_STAGE)
    context = office_context(
        request,
        org=org,
        chooser=chooser,
        several=several,
        form=form,
        current=current,
        pending=pending,
        versions=versions,
        withdraw_form=WithdrawForm(),
        tab="guide",
    )
    return render(request, "portal/office/guide_edit.html", context)


def _coordinated(request: HttpRequest, model: type[M], pk: int) -> M:
    """A guide version, rule entry or annual report of an organisation the user coordinates."""
    return get_object_or_404(model, pk=pk, org__in=selectors.coordinator_orgs(user=request.user))


@coordinator_only
@require_POST
def guide_publish(request: HttpRequest, pk: int) -> HttpResponse:
    version = _coordinated(request, GuideVersion, pk)
    version = services.guide_publish(version=version, actor=request.user)
    messages.success(
        request,
        _("Version %(n)s of the guide is published; it applies from %(date)s.")
        % {"n": version.number, "date": version.effective_from.isoformat()},
    )
    return redirect(version.get_absolute_url())


@coordinator_only
@require_POST
def guide_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    version = _coordinated(request, GuideVersion, pk)
    form = WithdrawForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    services.guide_withdraw(version=version, actor=request.user, reason=reason)
    messages.success(
        request,
        _("Version %(n)s of the guide is withdrawn from the portal.") % {"n": version.number},
    )
    return redirect(version.get_absolute_url())


@coordinator_only
def rules_manage(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    org, chooser, several = _org(request)
    rule = None
    if pk is not None:
        rule = _coordinated(request, RuleDocument, pk)
        org = rule.org
    initial = services.rule_pending_values(rule) if rule else None
    form = RuleForm(request.POST or None, request.FILES or None, instance=rule, initial=initial)
    if request.method == "POST" and form.is_valid():
        fields = {k: v for k, v in form.cleaned_data.items() if k != "upload"}
        try:
            services.rule_save(
                org=org,
                actor=request.user,
                fields=fields,
                rule=rule,
                upload=form.cleaned_data.get("upload"),
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(
                request,
                _(
                    "The rule document is submitted for confidentiality review; the portal "
                    "shows it as reviewed once it is published."
                ),
            )
            return redirect(f"{_rules_url()}?org={org.pk}")
    entries = list(selectors.rule_list(org=org, public=False))
    for entry in entries:
        entry.review = review_latest(target=entry, stage=services.RULE_STAGE)
    context = office_context(
        request,
        org=org,
        chooser=chooser,
        several=several and pk is None,
        form=form,
        rule=rule,
        entries=entries,
        regulations=selectors.REGULATIONS,
        withdraw_form=WithdrawForm(),
        tab="rules",
    )
    return render(request, "portal/office/rules_manage.html", context)


def _rules_url() -> str:
    return reverse("portal:office_rules")


@coordinator_only
@require_POST
def rule_publish(request: HttpRequest, pk: int) -> HttpResponse:
    rule = services.rule_publish(rule=_coordinated(request, RuleDocument, pk), actor=request.user)
    messages.success(request, _("The rule document is published as reviewed."))
    return redirect(f"{_rules_url()}?org={rule.org_id}")


@coordinator_only
@require_POST
def rule_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    rule = _coordinated(request, RuleDocument, pk)
    form = WithdrawForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    services.rule_withdraw(rule=rule, actor=request.user, reason=reason)
    messages.success(
        request,
        _("The rule document is withdrawn from the portal. Correct it and submit it again."),
    )
    return redirect(f"{_rules_url()}?org={rule.org_id}")


@coordinator_only
@require_POST
def rule_delete(request: HttpRequest, pk: int) -> HttpResponse:
    rule = _coordinated(request, RuleDocument, pk)
    org_pk = rule.org_id
    services.rule_delete(rule=rule, actor=request.user)
    messages.success(request, _("The rule document is removed."))
    return redirect(f"{_rules_url()}?org={org_pk}")


@coordinator_only
def reports_manage(request: HttpRequest) -> HttpResponse:
    org, chooser, several = _org(request)
    form = AnnualReportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            report = services.annual_report_save(
                org=org,
                actor=request.user,
                year=data["year"],
                title=data["title"],
                published_on=data["published_on"],
                upload=data["upload"],
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(
                request,
                _("The annual report for %(year)s is submitted for confidentiality review.")
                % {"year": report.year},
            )
            return redirect(f"{request.path}?org={org.pk}")
    context = office_context(
        request,
        org=org,
        chooser=chooser,
        several=several,
        form=form,
        reports=_with_reviews(selectors.annual_report_list(org=org, public=False)),
        computed_form=ComputedReportForm(prefix="computed"),
        tab="reports",
    )
    return render(request, "portal/office/reports_manage.html", context)


@coordinator_only
@require_POST
def report_submit_computed(request: HttpRequest) -> HttpResponse:
    """Submit the report computed from the records for review (《条例》第五十条)."""
    org, _chooser, _several = _org(request)
    form = ComputedReportForm(request.POST, prefix="computed")
    if form.is_valid():
        year = form.cleaned_data["year"]
        try:
            services.annual_report_submit_computed(
                org=org,
                actor=request.user,
                year=year,
                published_on=form.cleaned_data["published_on"],
            )
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(
                request,
                _("The annual report for %(year)s is submitted for confidentiality review.")
                % {"year": year},
            )
    else:
        messages.error(request, _("Give the year reported on and the date of publication."))
    return redirect(f"{reverse('portal:office_reports')}?org={org.pk}")


def _with_reviews(reports) -> list:
    reports = list(reports)
    for report in reports:
        report.review = review_latest(target=report, stage=services.REPORT_STAGE)
    return reports


@coordinator_only
@require_POST
def report_publish(request: HttpRequest, pk: int) -> HttpResponse:
    report = _coordinated(request, AnnualReport, pk)
    had_downloads = bool(report.draft_docx or report.draft_pdf)
    services.annual_report_publish(report=report, actor=request.user)
    messages.success(
        request, _("The annual report for %(year)s is published.") % {"year": report.year}
    )
    if had_downloads and not (report.docx or report.pdf):
        messages.warning(
            request,
            _(
                "The review masked part of the report, so only the masked web page is public: "
                "its Word and PDF versions would show the masked text and were not published."
            ),
        )
    return redirect(f"{reverse('portal:office_reports')}?org={report.org_id}")


@coordinator_only
@require_POST
def report_delete(request: HttpRequest, pk: int) -> HttpResponse:
    report = _coordinated(request, AnnualReport, pk)
    org_pk = report.org_id
    services.annual_report_delete(report=report, actor=request.user)
    messages.success(request, _("The annual report is removed."))
    return redirect(f"{reverse('portal:office_reports')}?org={org_pk}")


@role_required(Role.SUPERVISOR, Role.COORDINATOR)
def reports_overview(request: HttpRequest) -> HttpResponse:
    """Which organisations have published their annual report on a year (《条例》第四十九条)."""
    year = year_param(request.GET.get("year"), default=timezone.localdate().year - 1)
    rows = selectors.report_publication_overview(user=request.user, year=year)
    context = office_context(
        request,
        year=year,
        rows=rows,
        published=sum(1 for r in rows if r["published_on"]),
    )
    return render(request, "portal/office/reports_overview.html", context)
