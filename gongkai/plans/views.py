"""Back-office pages of the plans app: upload, review, dispatch, units' work, ledger, figures."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from gongkai.core.assessment import assessment_sections_for
from gongkai.core.errors import DomainError
from gongkai.core.forms import add_domain_error
from gongkai.core.params import id_param
from gongkai.core.permissions import coordinator_required, staff_required
from gongkai.core.views import office_context
from gongkai.core.xlsx import CONTENT_TYPE, ImportFailed
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import org_list_for, org_subtree, user_memberships, visible_org_ids

from . import ledger, services
from .forms import (
    ConfirmForm,
    EventDateForm,
    LedgerImportForm,
    NoteForm,
    ProgressForm,
    ReasonForm,
    SchemeForm,
    SplitForm,
    TaskEditForm,
    UnitMapForm,
    UnitsForm,
    UploadForm,
    WeightsForm,
)
from .models import AssessmentIndicator, AssessmentScheme
from .selectors import (
    is_overdue,
    mark_overdue,
    may_set_weights,
    plan_can_manage,
    plan_derivable,
    plan_dispatch_check,
    plan_get,
    plan_list,
    plan_tasks,
    plan_tasks_without_units,
    plan_unresolved_units,
    report_get,
    supervised_tasks,
    task_get,
    task_my_list,
    task_reporting_orgs,
    task_reports,
    unit_task_list,
)
from .services.imports import DispatchRefused
from .services.review import content_parts
from .states import PlanStatus, TaskStatus
from .stats import accountable_orgs, assessment_share, bar_chart, task_figures


def _coordinated_orgs(user):
    return org_list_for(user=user, roles={Role.COORDINATOR})


@staff_required
def plan_list_view(request: HttpRequest) -> HttpResponse:
    plans = plan_list(user=request.user).order_by("-year", "-created_at")
    page = Paginator(plans, 30).get_page(request.GET.get("page"))
    context = office_context(
        request, page=page, can_upload=_coordinated_orgs(request.user).exists()
    )
    return render(request, "plans/plan_list.html", context)


@coordinator_required
def plan_upload_view(request: HttpRequest) -> HttpResponse:
    orgs = _coordinated_orgs(request.user)
    form = UploadForm(request.POST or None, request.FILES or None, orgs=orgs)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            plan = services.plan_import(
                data=upload.read(),
                filename=upload.name,
                org=form.cleaned_data["org"],
                actor=request.user,
            )
        except DomainError as exc:
            form.add_error("file", exc.message)
        else:
            messages.success(
                request,
                _("Parsed %(count)d tasks. Review them, then confirm to dispatch.")
                % {"count": plan.tasks.count()},
            )
            return redirect("plans:detail", pk=plan.pk)
    context = office_context(request, form=form, derivable=plan_derivable(user=request.user))
    return render(request, "plans/plan_upload.html", context)


@coordinator_required
@require_POST
def plan_derive_view(request: HttpRequest, pk: int) -> HttpResponse:
    choices = {(p.pk, str(o.pk)): (p, o) for p, o in plan_derivable(user=request.user)}
    pair = choices.get((pk, request.POST.get("org", "")))
    if pair is None:
        raise Http404
    plan = services.plan_derive(upper=pair[0], org=pair[1], actor=request.user)
    messages.success(
        request,
        _("Breakdown created with %(count)d tasks. Assign your units, then confirm.")
        % {"count": plan.tasks.count()},
    )
    return redirect("plans:detail", pk=plan.pk)


@staff_required
def plan_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    plan = plan_get(user=request.user, pk=pk)
    can_manage = plan_can_manage(user=request.user, plan=plan)
    reviewing = plan.status == PlanStatus.REVIEW and can_manage
    tasks = list(plan_tasks(plan=plan))
    today = timezone.localdate()
    mark_overdue(tasks, today)
    for task in tasks:
        derived = list(task.derived_tasks.all())
        task.rollup = {
            "total": len(derived),
            "done": sum(d.status == TaskStatus.COMPLETED for d in derived),
        }
    orgs = org_subtree(org=plan.org).order_by("path") if can_manage else None
    figures = None
    if plan.status != PlanStatus.REVIEW:
        figures = task_figures(tasks=supervised_tasks(user=request.user, plan=plan), today=today)
    context = office_context(
        request,
        plan=plan,
        tasks=tasks,
        figures=figures,
        today=today,
        can_manage=can_manage,
        can_import_ledger=can_manage and plan.status != PlanStatus.CLOSED,
        reviewing=reviewing,
        dispatch_clear=plan_dispatch_check(plan=plan).clear if reviewing else True,
        unresolved=[
            {
                "name": row["name"],
                "tasks": row["tasks"],
                "form": UnitMapForm(initial={"name": row["name"]}, orgs=orgs),
            }
            for row in plan_unresolved_units(plan=plan)
        ]
        if can_manage
        else [],
        no_units=set(plan_tasks_without_units(plan=plan).values_list("pk", flat=True)),
        source=list(enumerate(plan.source_lines)),
        derived=plan.derived_plans.all(),
    )
    return render(request, "plans/plan_detail.html", context)


@coordinator_required
@require_POST
def plan_unit_map_view(request: HttpRequest, pk: int) -> HttpResponse:
    plan = plan_get(user=request.user, pk=pk)
    if not plan_can_manage(user=request.user, plan=plan):
        raise Http404
    form = UnitMapForm(request.POST, orgs=org_subtree(org=plan.org))
    if form.is_valid():
        count = services.plan_unit_map(
            plan=plan,
            name=form.cleaned_data["name"],
            org=form.cleaned_data["org"],
            actor=request.user,
        )
        messages.success(
            request,
            _("“%(name)s” is now mapped to %(org)s on %(count)d tasks and remembered as an alias.")
            % {"name": form.cleaned_data["name"], "org": form.cleaned_data["org"], "count": count},
        )
    else:
        messages.error(request, _("Choose an organisation."))
    if request.POST.get("back") == "confirm" and plan.status == PlanStatus.REVIEW:
        return redirect("plans:confirm", pk=plan.pk)
    return redirect("plans:detail", pk=plan.pk)


@coordinator_required
def plan_confirm_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Dispatch, or show what must be answered first: unmapped names and tasks nobody sees."""
    plan = plan_get(user=request.user, pk=pk)
    if not plan_can_manage(user=request.user, plan=plan):
        raise Http404
    if plan.status != PlanStatus.REVIEW:
        return redirect("plans:detail", pk=plan.pk)
    form = ConfirmForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            count = services.plan_confirm(plan=plan, actor=request.user, **form.cleaned_data)
        except DispatchRefused as exc:
            messages.error(request, exc.message)
        else:
            messages.success(
                request, _("Plan confirmed: %(count)d tasks dispatched.") % {"count": count}
            )
            return redirect("plans:detail", pk=plan.pk)
    check = plan_dispatch_check(plan=plan)
    orgs = org_subtree(org=plan.org).order_by("path").prefetch_related("aliases")
    context = office_context(
        request,
        plan=plan,
        check=check,
        orgs=orgs,
        task_count=plan.tasks.count(),
        form=ConfirmForm(),
    )
    return render(request, "plans/plan_confirm.html", context)


@coordinator_required
def task_edit_view(request: HttpRequest, pk: int) -> HttpResponse:
    task = task_get(user=request.user, pk=pk)
    plan = task.plan
    units = list(task.units.all())
    edit = TaskEditForm(
        request.POST if request.POST.get("action") == "edit" else None,
        initial={
            "title": task.title,
            "content": task.content,
            "deadline_text": task.deadline_text,
            "due_on": task.due_on,
        },
    )
    assign = UnitsForm(
        request.POST if request.POST.get("action") == "units" else None,
        initial={
            "lead": "、".join(u.name for u in units if u.is_lead),
            "units": "、".join(u.name for u in units if not u.is_lead),
        },
    )
    split = SplitForm(request.POST if request.POST.get("action") == "split" else None)
    if request.method == "POST":
        if edit.is_bound and edit.is_valid():
            services.task_update(task=task, actor=request.user, **edit.cleaned_data)
            messages.success(request, _("Task saved."))
            return redirect(f"{plan.get_absolute_url()}#task-{task.pk}")
        if assign.is_bound and assign.is_valid():
            services.task_units_set(task=task, actor=request.user, **assign.cleaned_data)
            messages.success(request, _("Units re-assigned."))
            return redirect(f"{plan.get_absolute_url()}#task-{task.pk}")
        if split.is_bound and split.is_valid():
            new = services.task_split(
                task=task, actor=request.user, at_line=split.cleaned_data["at_line"]
            )
            messages.success(
                request, _("Task split; the second part is %(number)s.") % {"number": new.number}
            )
            return redirect(f"{plan.get_absolute_url()}#task-{task.pk}")
    lines = content_parts(task.content)
    context = office_context(
        request, task=task, plan=plan, edit=edit, assign=assign, split=split, lines=lines
    )
    return render(request, "plans/task_edit.html", context)


@coordinator_required
@require_POST
def task_merge_view(request: HttpRequest, pk: int) -> HttpResponse:
    task = task_get(user=request.user, pk=pk)
    services.task_merge(task=task, actor=request.user)
    messages.success(request, _("The next task was merged into this one."))
    return redirect(f"{task.plan.get_absolute_url()}#task-{task.pk}")


@staff_required
def task_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    task = task_get(user=request.user, pk=pk)
    can_manage = plan_can_manage(user=request.user, plan=task.plan)
    unit_orgs = task_reporting_orgs(user=request.user, task=task)
    open_task = task.status in (TaskStatus.DISPATCHED, TaskStatus.IN_PROGRESS)
    context = office_context(
        request,
        task=task,
        plan=task.plan,
        units=task.units.select_related("org"),
        reports=task_reports(task=task),
        occurrences=task.occurrences.all(),
        derived=task.derived_tasks.select_related("plan", "plan__org"),
        can_manage=can_manage,
        can_report=bool(unit_orgs) and open_task,
        can_decide=can_manage and task.status == TaskStatus.COMPLETION_REQUESTED,
        progress_form=ProgressForm(),
        note_form=NoteForm(),
        reason_form=ReasonForm(),
        event_form=EventDateForm() if can_manage and task.relative_rule else None,
        overdue=is_overdue(task, timezone.localdate()),
    )
    return render(request, "plans/task_detail.html", context)


@staff_required
@require_POST
def task_report_view(request: HttpRequest, pk: int) -> HttpResponse:
    task = task_get(user=request.user, pk=pk)
    form = ProgressForm(request.POST, request.FILES)
    if form.is_valid():
        services.progress_report_add(task=task, actor=request.user, **form.cleaned_data)
        messages.success(request, _("Progress report posted."))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect("plans:task", pk=task.pk)


@staff_required
@require_POST
def task_request_view(request: HttpRequest, pk: int) -> HttpResponse:
    task = task_get(user=request.user, pk=pk)
    form = NoteForm(request.POST)
    form.is_valid()
    services.task_completion_request(
        task=task, actor=request.user, note=form.cleaned_data.get("note", "")
    )
    messages.success(request, _("Completion requested; the coordinator has been told."))
    return redirect("plans:task", pk=task.pk)


@coordinator_required
@require_POST
def task_decide_view(request: HttpRequest, pk: int) -> HttpResponse:
    task = task_get(user=request.user, pk=pk)
    if request.POST.get("decision") == "accept":
        services.task_completion_accept(task=task, actor=request.user)
        messages.success(request, _("Task accepted as completed."))
    else:
        services.task_completion_return(
            task=task, actor=request.user, reason=request.POST.get("reason", "")
        )
        messages.success(request, _("Task returned to the units."))
    return redirect("plans:task", pk=task.pk)


@coordinator_required
@require_POST
def task_event_view(request: HttpRequest, pk: int) -> HttpResponse:
    task = task_get(user=request.user, pk=pk)
    form = EventDateForm(request.POST)
    if form.is_valid():
        occ = services.task_event_date_set(task=task, actor=request.user, **form.cleaned_data)
        messages.success(request, _("Due on %(due)s.") % {"due": f"{occ.due_on:%Y-%m-%d}"})
    return redirect("plans:task", pk=task.pk)


@staff_required
def report_attachment_view(request: HttpRequest, pk: int) -> HttpResponse:
    report = report_get(user=request.user, pk=pk)
    if not report.attachment:
        raise Http404
    return FileResponse(
        report.attachment.open("rb"),
        as_attachment=True,
        filename=report.attachment_name or report.attachment.name,
    )


@staff_required
def my_tasks_view(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "")
    status = status if status in TaskStatus.values else ""
    tasks = list(task_my_list(user=request.user, status=status))
    today = timezone.localdate()
    mark_overdue(tasks, today)
    context = office_context(request, tasks=tasks, status=status, statuses=TaskStatus.choices[1:])
    return render(request, "plans/task_mine.html", context)


@staff_required
def ledger_export_view(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    plan = plan_get(user=request.user, pk=pk)
    if fmt == "xlsx":
        data, content_type = ledger.ledger_xlsx(plan=plan), CONTENT_TYPE
    elif fmt == "docx":
        data, content_type = ledger.ledger_docx(plan=plan), ledger.DOCX_TYPE
    else:
        raise Http404
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="ledger-{plan.pk}.{fmt}"'
    return response


@coordinator_required
def ledger_import_view(request: HttpRequest, pk: int) -> HttpResponse:
    plan = plan_get(user=request.user, pk=pk)
    form = LedgerImportForm(request.POST or None, request.FILES or None)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            count = services.ledger_import(
                plan=plan, data=form.cleaned_data["file"].read(), actor=request.user
            )
        except ImportFailed as exc:
            errors = exc.errors
        except DomainError as exc:
            form.add_error("file", exc.message)
        else:
            messages.success(
                request, _("Ledger imported: %(count)d tasks changed.") % {"count": count}
            )
            return redirect("plans:detail", pk=plan.pk)
    context = office_context(request, plan=plan, form=form, errors=errors, columns=ledger.COLUMNS)
    return render(request, "plans/ledger_import.html", context)


@staff_required
def dashboard_view(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    figures = task_figures(tasks=supervised_tasks(user=request.user), today=today)
    context = office_context(
        request,
        today=today,
        figures=figures,
        indicators=AssessmentIndicator.objects.all(),
        share=assessment_share(_home_org(request.user)),
        may_set_weights=may_set_weights(user=request.user),
        plan_chart=bar_chart([(f.label, f.on_time_rate) for f in figures.plans]),
        unit_chart=bar_chart([(f.label, f.score) for f in figures.units[:20]]),
        other_sections=assessment_sections_for(request),
    )
    return render(request, "plans/dashboard.html", context)


@staff_required
def unit_tasks_view(request: HttpRequest, org_pk: int) -> HttpResponse:
    """A unit's tasks: those it answers for (counted) and those it works on with others."""
    org = Organisation.objects.filter(pk=org_pk).first()
    if org is None:
        raise Http404
    plan = None
    if id_param(request.GET.get("plan")) is not None:
        plan = plan_get(user=request.user, pk=id_param(request.GET["plan"]))
    tasks = list(unit_task_list(user=request.user, org=org, plan=plan))
    if not tasks:
        raise Http404
    today = timezone.localdate()
    owner = accountable_orgs([t.pk for t in tasks])
    mark_overdue(tasks, today)
    for task in tasks:
        task.accountable = owner.get(task.pk) == org.pk
    counted = [t.pk for t in tasks if t.accountable]
    figures = task_figures(tasks=supervised_tasks(user=request.user, plan=plan), today=today)
    context = office_context(
        request,
        org=org,
        plan=plan,
        today=today,
        figures=figures.unit(org.pk),
        counted=[t for t in tasks if t.pk in counted],
        others=[t for t in tasks if t.pk not in counted],
    )
    return render(request, "plans/unit_tasks.html", context)


def _home_org(user) -> Organisation | None:
    """The highest organisation the user holds a role in: its assessment scheme applies."""
    membership = user_memberships(user=user).order_by("org__depth", "org__path").first()
    return membership.org if membership else None


@coordinator_required
def indicator_weights_view(request: HttpRequest) -> HttpResponse:
    if not may_set_weights(user=request.user):
        raise Http404
    indicators = list(AssessmentIndicator.objects.all())
    form = WeightsForm(request.POST or None, indicators=indicators, share=assessment_share())
    if request.method == "POST" and form.is_valid():
        try:
            services.indicator_weights_set(
                weights=form.weights(),
                disclosure_share=form.cleaned_data["disclosure_share"],
                actor=request.user,
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("Weights saved."))
            return redirect("plans:dashboard")
    return render(request, "plans/indicator_weights.html", office_context(request, form=form))


@coordinator_required
def assessment_scheme_view(request: HttpRequest) -> HttpResponse:
    """Each organisation's own assessment scheme (PLAN-ASSESS-1), set by its coordinators."""
    orgs = _coordinated_orgs(request.user)
    form = SchemeForm(request.POST or None, orgs=orgs)
    if request.method == "POST" and form.is_valid():
        try:
            services.assessment_scheme_set(
                org=form.cleaned_data["org"],
                disclosure_share=form.cleaned_data["disclosure_share"],
                document=form.cleaned_data["document"],
                actor=request.user,
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("Assessment scheme saved."))
            return redirect("plans:schemes")
    schemes = AssessmentScheme.objects.filter(org__in=visible_org_ids(user=request.user))
    context = office_context(
        request,
        form=form,
        schemes=schemes.select_related("org").order_by("org__path"),
        default_share=assessment_share(),
    )
    return render(request, "plans/assessment_schemes.html", context)
