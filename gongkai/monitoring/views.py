"""Back-office pages of website monitoring: the sites and their scores, a site's findings and
history, starting a check, the quarterly spot-check report (page and Word file)."""

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from gongkai.core.errors import DomainError
from gongkai.core.permissions import coordinator_required
from gongkai.core.views import office_context
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import org_list_for

from .charts import score_chart
from .docx_file import quarter_docx, verdict
from .evidence import evidence_words, finding_name
from .forms import (
    AccountForm,
    AccountImportForm,
    BonusItemForm,
    ColumnForm,
    ManualVetoForm,
    ScoreItemFormSet,
    SiteForm,
    VetoRuleFormSet,
)
from .models import Column, ScoreItem, VetoRule
from .publication import may_submit, quarter_submit
from .selectors import (
    account_rows,
    accounts_for,
    bonus_from,
    index_has_points,
    quarter_runs,
    run_findings,
    score_history,
    site_latest_run,
    site_list,
    site_running_run,
    site_runs,
    sites_for,
)
from .services import (
    account_save,
    accounts_import,
    bonus_item_add,
    check_start,
    column_delete,
    column_save,
    index_save,
    manual_veto_add,
    site_save,
)
from .states import FindingKind


def _orgs(request):
    return org_list_for(user=request.user, roles={Role.COORDINATOR, Role.SUPERVISOR})


@coordinator_required
def sites(request: HttpRequest) -> HttpResponse:
    """Every watched site with its latest score; a coordinator adds a site."""
    form = SiteForm(request.POST or None, orgs=_orgs(request))
    if request.method == "POST" and form.is_valid():
        site = site_save(actor=request.user, **form.cleaned_data)
        messages.success(request, _("The site is watched; start its first check."))
        return redirect("monitoring:site", pk=site.pk)
    return render(
        request,
        "monitoring/sites.html",
        office_context(request, sites=site_list(request.user), form=form),
    )


def _findings_by_kind(run):
    if run is None:
        return []
    findings = list(run_findings(run))
    for finding in findings:
        finding.evidence_text = evidence_words(finding)
        finding.name = finding_name(finding)
    return [
        {"kind": label, "code": kind, "rows": [f for f in findings if f.kind == kind]}
        for kind, label in FindingKind.choices
        if any(f.kind == kind for f in findings)
    ]


@coordinator_required
def index(request: HttpRequest) -> HttpResponse:
    """The index's points and veto thresholds, entered from the 19号 annex; changes audited."""
    adding = request.method == "POST" and "add_bonus" in request.POST
    bonus = BonusItemForm(request.POST if adding else None, prefix="bonus")
    if adding and bonus.is_valid():
        try:
            bonus_item_add(actor=request.user, **bonus.cleaned_data)
        except DomainError as exc:
            bonus.add_error(None, exc.message)
        else:
            messages.success(request, _("The bonus item is added; the next checks score by it."))
            return redirect("monitoring:index")
    data = request.POST if request.method == "POST" and not adding else None
    items = ScoreItemFormSet(
        data, prefix="items", queryset=ScoreItem.objects.order_by("part", "position")
    )
    rules = VetoRuleFormSet(data, prefix="rules", queryset=VetoRule.objects.filter(manual=False))
    if data is not None and items.is_valid() and rules.is_valid():
        index_save(actor=request.user, forms=[*items.forms, *rules.forms])
        messages.success(request, _("The index is saved; the next checks score by it."))
        return redirect("monitoring:index")
    return render(
        request,
        "monitoring/index.html",
        office_context(request, items=items, rules=rules, bonus=bonus, bonus_from=bonus_from()),
    )


@coordinator_required
def site(request: HttpRequest, pk: int) -> HttpResponse:
    """A site's latest score and findings with their evidence, its score history, its columns."""
    site = get_object_or_404(sites_for(request.user).select_related("org"), pk=pk)
    latest = site_latest_run(site)
    form = ColumnForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        column_save(actor=request.user, site=site, **form.cleaned_data)
        messages.success(request, _("The column is watched."))
        return redirect("monitoring:site", pk=site.pk)
    runs = list(site_runs(site)[:10])
    return render(
        request,
        "monitoring/site.html",
        office_context(
            request,
            site=site,
            latest=latest,
            groups=_findings_by_kind(latest),
            chart=score_chart(score_history(site)),
            runs=runs,
            index_empty=not index_has_points(),
            veto_form=ManualVetoForm(),
            running=site_running_run(site),
            poll=_poll_seconds(),
            columns=site.columns.all(),
            form=form,
        ),
    )


#: htmx stops polling on this status: a page whose session ended stops asking.
STOP_POLLING = 286


def _poll_seconds() -> int:
    """How often a site's page asks for the progress of its check (setting, default 3 s)."""
    return int(getattr(settings, "GONGKAI_MONITOR_POLL_SECONDS", 3))


def site_progress(request: HttpRequest, pk: int) -> HttpResponse:
    """The progress line of a site's running check, as its page polls it (htmx). When the check
    has ended, htmx reloads the page, which then shows the result."""
    if not request.user.is_authenticated:
        return HttpResponse(status=STOP_POLLING)
    return _site_progress(request, pk)


@coordinator_required
def _site_progress(request: HttpRequest, pk: int) -> HttpResponse:
    site = get_object_or_404(sites_for(request.user), pk=pk)
    running = site_running_run(site)
    if running is None:
        response = HttpResponse()
        response["HX-Refresh"] = "true"
        return response
    return render(
        request,
        "monitoring/_progress.html",
        {"site": site, "running": running, "poll": _poll_seconds()},
    )


@coordinator_required
def site_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Change a watched site's settings; the change is audited."""
    site = get_object_or_404(sites_for(request.user), pk=pk)
    form = SiteForm(request.POST or None, instance=site, orgs=_orgs(request))
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in form.changed_data}
        site.refresh_from_db()
        if fields:
            site_save(actor=request.user, site=site, **fields)
        messages.success(request, _("The site's settings are saved."))
        return redirect("monitoring:site", pk=site.pk)
    return render(
        request, "monitoring/site_edit.html", office_context(request, site=site, form=form)
    )


@coordinator_required
@require_POST
def manual_veto(request: HttpRequest, pk: int) -> HttpResponse:
    """The checker records a veto item found by hand on the site's latest check."""
    site = get_object_or_404(sites_for(request.user), pk=pk)
    run = site_latest_run(site)
    form = ManualVetoForm(request.POST)
    if run is None or not form.is_valid():
        messages.error(
            request, _("The veto item was not recorded: choose the item and say what was found.")
        )
        return redirect("monitoring:site", pk=site.pk)
    try:
        manual_veto_add(actor=request.user, run=run, **form.cleaned_data)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The veto item is recorded; the check is failed."))
    return redirect("monitoring:site", pk=site.pk)


@coordinator_required
@require_POST
def site_check(request: HttpRequest, pk: int) -> HttpResponse:
    site = get_object_or_404(sites_for(request.user), pk=pk)
    check_start(actor=request.user, site=site)
    messages.success(request, _("The check has started; this page shows its progress."))
    return redirect("monitoring:site", pk=site.pk)


@coordinator_required
@require_POST
def column_remove(request: HttpRequest, pk: int, column_pk: int) -> HttpResponse:
    site = get_object_or_404(sites_for(request.user), pk=pk)
    column = get_object_or_404(Column.objects.select_related("site"), pk=column_pk, site=site)
    column_delete(actor=request.user, column=column)
    messages.success(request, _("The column is no longer watched."))
    return redirect("monitoring:site", pk=pk)


def _quarter(request) -> tuple[int, int]:
    today = timezone.localdate()
    try:
        year = int(request.GET.get("year", today.year))
        quarter = int(request.GET.get("quarter", (today.month - 1) // 3 + 1))
    except ValueError:
        year, quarter = today.year, (today.month - 1) // 3 + 1
    if not 2000 <= year <= 2100 or quarter not in (1, 2, 3, 4):
        year, quarter = today.year, (today.month - 1) // 3 + 1
    return year, quarter


def _report_rows(user, year: int, quarter: int) -> list[dict]:
    sites = set(sites_for(user).values_list("pk", flat=True))
    return [
        {"run": run, "site": run.site, "groups": _findings_by_kind(run), "verdict": verdict(run)}
        for run in quarter_runs(year=year, quarter=quarter)
        if run.site_id in sites
    ]


@coordinator_required
def report(request: HttpRequest) -> HttpResponse:
    """The quarterly spot-check report: each site's result and its problems with evidence."""
    year, quarter = _quarter(request)
    return render(
        request,
        "monitoring/report.html",
        office_context(
            request,
            year=year,
            quarter=quarter,
            rows=_report_rows(request.user, year, quarter),
            quarters=(1, 2, 3, 4),
            # A supervisor reads the report; only a coordinator sends it to review.
            can_submit=may_submit(request.user),
        ),
    )


@coordinator_required
@require_POST
def report_submit(request: HttpRequest) -> HttpResponse:
    """Send the quarter's result to confidentiality review before it is published."""
    year, quarter = _quarter(request)
    url = f"{reverse('monitoring:report')}?year={year}&quarter={quarter}"
    try:
        found = quarter_submit(
            actor=request.user,
            year=year,
            quarter=quarter,
            rows=_report_rows(request.user, year, quarter),
        )
    except DomainError as error:
        messages.error(request, str(error))
        return redirect(url)
    message = _(
        "The result is submitted for confidentiality review; it is published on the portal "
        "once the reviewer approves it."
    )
    if found:
        message += _(" The privacy scan flagged %(n)s places for the reviewer.") % {"n": found}
    messages.success(request, message)
    return redirect(url)


@coordinator_required
def report_docx(request: HttpRequest) -> HttpResponse:
    year, quarter = _quarter(request)
    data = quarter_docx(year=year, quarter=quarter, rows=_report_rows(request.user, year, quarter))
    response = HttpResponse(
        data,
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    name = f"website-check-{year}-Q{quarter}.docx"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@coordinator_required
def accounts(request: HttpRequest) -> HttpResponse:
    """The 政务新媒体 accounts with their latest post dates, entered or imported; each checked
    with its organisation's sites (MON-NEWMEDIA-1)."""
    orgs = _orgs(request)
    importing = request.method == "POST" and "import" in request.POST
    form = AccountForm(None if importing else request.POST or None, orgs=orgs, prefix="account")
    upload = AccountImportForm(
        request.POST if importing else None, request.FILES or None, prefix="import"
    )
    if importing:
        if upload.is_valid():
            data = upload.cleaned_data["file"].read(1_000_000)
            text = data.decode("utf-8-sig", "replace")
            added, updated, errors = accounts_import(actor=request.user, text=text, orgs=orgs)
            messages.success(
                request,
                _("%(added)s accounts added, %(updated)s post dates updated.")
                % {"added": added, "updated": updated},
            )
            for error in errors[:20]:
                messages.error(request, error)
            return redirect("monitoring:accounts")
    elif request.method == "POST" and form.is_valid():
        account_save(actor=request.user, **form.cleaned_data)
        messages.success(request, _("The account is watched."))
        return redirect("monitoring:accounts")
    return render(
        request,
        "monitoring/accounts.html",
        office_context(
            request,
            accounts=account_rows(request.user, today=timezone.localdate()),
            form=form,
            upload=upload,
        ),
    )


@coordinator_required
def account_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Enter an account's latest post date or change its settings; audited."""
    account = get_object_or_404(accounts_for(request.user), pk=pk)
    form = AccountForm(request.POST or None, instance=account, orgs=_orgs(request))
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in form.changed_data}
        account.refresh_from_db()
        if fields:
            account_save(actor=request.user, account=account, **fields)
        messages.success(request, _("The account is saved."))
        return redirect("monitoring:accounts")
    return render(
        request,
        "monitoring/account_edit.html",
        office_context(request, account=account, form=form),
    )
