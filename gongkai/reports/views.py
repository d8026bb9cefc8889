"""Back-office pages of the annual report: the computed tables, previewed with their checks."""

from urllib.parse import urlencode

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError
from gongkai.core.forms import add_domain_error
from gongkai.core.params import id_param, year_param
from gongkai.core.permissions import coordinator_required, role_required
from gongkai.core.views import office_context
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import org_list_for

from .checks import report_findings
from .docx_file import report_docx
from .formats import (
    FIRST_REPORT_YEAR,
    T3_CORNER,
    T3_GROUP_LABEL,
    T3_ORG_COLUMNS,
    T3_ORGS_GROUP,
    T4_COLUMNS,
    T4_GROUPS,
    T4_LAWSUIT,
    format_for,
    narrative_parts,
)
from .forms import FeeItemsForm, FiguresForm, NarrativeForm
from .html_file import report_title
from .layout import report_layout
from .narrative import narrative_for
from .pdf_file import report_pdf
from .selectors import annual_tables, entered_figures, fee_items_for
from .services import fee_items_save, figures_save, narrative_save


@coordinator_required
def annual_preview(request: HttpRequest) -> HttpResponse:
    """The tables of an organisation's annual report, computed from the records, and the
    findings of their checks (《条例》第四十九条、第五十条)."""
    orgs = org_list_for(user=request.user, roles={Role.COORDINATOR, Role.SUPERVISOR}).exclude(
        kind=Organisation.Kind.UNIT
    )
    org_id = id_param(request.GET.get("org", ""))
    org = orgs.filter(pk=org_id).first() if org_id is not None else None
    org = org or orgs.order_by("-depth").first()
    year = year_param(request.GET.get("year"), default=timezone.localdate().year - 1)
    tables = findings = layout = None
    if org is not None and year >= FIRST_REPORT_YEAR:
        tables = annual_tables(org=org, year=year)
        findings = report_findings(tables)
        layout = report_layout(tables, {f.cell for f in findings})
        texts, saved = narrative_for(tables)
        layout["texts"] = {
            key: (heading, texts[key]) for key, heading in narrative_parts(tables.fmt)
        }
        layout["texts_saved"] = saved
    context = office_context(
        request,
        can_enter=org is not None
        and org_list_for(user=request.user, roles={Role.COORDINATOR}).filter(pk=org.pk).exists(),
        orgs=orgs,
        org=org,
        year=year,
        first_year=FIRST_REPORT_YEAR,
        tables=tables,
        blocking=[f for f in findings or [] if f.blocking],
        warnings=[f for f in findings or [] if not f.blocking],
        layout=layout,
        t3_corner=T3_CORNER,
        t3_group=T3_GROUP_LABEL,
        t3_orgs_group=T3_ORGS_GROUP,
        t3_org_columns=T3_ORG_COLUMNS,
        t4_columns=T4_COLUMNS,
        t4_groups=T4_GROUPS,
        t4_lawsuit=T4_LAWSUIT,
    )
    return render(request, "reports/annual_preview.html", context)


def _coordinated_report(request: HttpRequest, *, any_year: bool = False):
    """The organisation (coordinated by the user, not a unit) and the year of the report the
    page is about, from ``?org=&year=`` (last year by default); 404 for anything else."""
    orgs = org_list_for(user=request.user, roles={Role.COORDINATOR}).exclude(
        kind=Organisation.Kind.UNIT
    )
    org = orgs.filter(pk=id_param(request.GET.get("org", "")) or 0).first()
    year = year_param(request.GET.get("year"), default=timezone.localdate().year - 1)
    if org is None or (not any_year and year < FIRST_REPORT_YEAR):
        raise Http404
    return org, year


@role_required(Role.COORDINATOR)
def figures_edit(request: HttpRequest) -> HttpResponse:
    """Enter the figures of a report that Gongkai holds no records for (《条例》第五十条)."""
    org, year = _coordinated_report(request)
    stored = entered_figures(org=org, year=year)
    form = FiguresForm(request.POST or None, year=year, initial_values=stored)
    if request.method == "POST" and form.is_valid():
        try:
            changed = figures_save(
                org=org,
                year=year,
                values=form.values(),
                actor=request.user,
                note=form.cleaned_data["note"],
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("%(count)d figures saved.") % {"count": changed})
            query = urlencode({"org": org.pk, "year": year})
            return redirect(f"{reverse('reports:annual')}?{query}")
    context = office_context(request, org=org, year=year, form=form)
    return render(request, "reports/figures_edit.html", context)


@role_required(Role.COORDINATOR)
def narrative_edit(request: HttpRequest) -> HttpResponse:
    """Write the report's texts, starting from a draft of what the records say (第五十条)."""
    org, year = _coordinated_report(request)
    texts, saved = narrative_for(annual_tables(org=org, year=year))
    form = NarrativeForm(request.POST or None, year=year, texts=texts)
    if request.method == "POST" and form.is_valid():
        try:
            narrative_save(org=org, year=year, sections=form.texts(), actor=request.user)
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("The report's texts were saved."))
            query = urlencode({"org": org.pk, "year": year})
            return redirect(f"{reverse('reports:annual')}?{query}")
    context = office_context(
        request,
        org=org,
        year=year,
        form=form,
        saved=saved,
        overview_title=dict(format_for(year).sections)["一"],
    )
    return render(request, "reports/narrative_edit.html", context)


#: The downloads of a report: builder and content type, by file extension.
FILES = {
    "docx": (
        report_docx,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "pdf": (report_pdf, "application/pdf"),
}


@coordinator_required
def annual_file(request: HttpRequest, fmt: str) -> HttpResponse:
    """The report as a .docx or PDF file: the tables and the texts (saved, or the draft)."""
    if fmt not in FILES:
        raise Http404
    orgs = org_list_for(user=request.user, roles={Role.COORDINATOR, Role.SUPERVISOR})
    org = orgs.filter(pk=id_param(request.GET.get("org", "")) or 0).first()
    year = year_param(request.GET.get("year"), default=timezone.localdate().year - 1)
    if org is None or year < FIRST_REPORT_YEAR:
        raise Http404
    tables = annual_tables(org=org, year=year)
    texts, _saved = narrative_for(tables)
    build, content_type = FILES[fmt]
    response = HttpResponse(build(tables, texts), content_type=content_type)
    name = f"{report_title(tables).replace('/', '-')}.{fmt}"
    response["Content-Disposition"] = content_disposition_header(True, name)
    return response


@role_required(Role.COORDINATOR)
def fee_items_edit(request: HttpRequest) -> HttpResponse:
    """Choose and word the fee items reported in section 六 (国办函〔2020〕109号)."""
    org, year = _coordinated_report(request, any_year=True)
    form = FeeItemsForm(request.POST or None, current=fee_items_for(org))
    if request.method == "POST" and form.is_valid():
        try:
            fee_items_save(org=org, items=form.items(), actor=request.user)
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("The fee items of section 六 were saved."))
            query = urlencode({"org": org.pk, "year": year})
            return redirect(f"{reverse('reports:annual')}?{query}")
    context = office_context(request, org=org, year=year, form=form)
    return render(request, "reports/fee_items_edit.html", context)
