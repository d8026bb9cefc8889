"""Organisation pages: the tree, one organisation, aliases, Excel import."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError
from gongkai.core.forms import add_domain_error
from gongkai.core.permissions import coordinator_required, staff_required
from gongkai.core.views import office_context
from gongkai.core.xlsx import CONTENT_TYPE, ImportFailed, Sheet, workbook_bytes

from .forms import AliasForm, ImportForm, SiteNameForm
from .importer import ORG_COLUMNS, USER_COLUMNS, import_workbook
from .models import Organisation
from .roles import Role
from .selectors import org_get, restrict_to_user, user_has_role, visible_org_ids
from .services import alias_add, org_site_name_set


@staff_required
def org_list_view(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()
    orgs = restrict_to_user(Organisation.objects.all(), user=request.user, field="pk")
    if q:
        orgs = orgs.filter(name__icontains=q) | orgs.filter(short_name__icontains=q)
    return render(
        request, "orgs/org_list.html", office_context(request, orgs=orgs.order_by("path"), q=q)
    )


@staff_required
def org_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    org = org_get(user=request.user, pk=pk)
    can_edit = user_has_role(user=request.user, org=org, roles={Role.COORDINATOR})
    posted = request.POST if request.method == "POST" and can_edit else None
    naming = posted is not None and "column-site_name" in posted
    form = AliasForm(None if naming else posted)
    site_form = SiteNameForm(
        posted if naming else None, prefix="column", initial={"site_name": org.site_name}
    )
    if naming and site_form.is_valid():
        try:
            org_site_name_set(
                org=org, site_name=site_form.cleaned_data["site_name"], actor=request.user
            )
        except DomainError as exc:
            add_domain_error(site_form, exc)
        else:
            messages.success(request, _("Column name saved."))
            return redirect("orgs:detail", pk=org.pk)
    elif posted is not None and not naming and form.is_valid():
        try:
            alias_add(org=org, alias=form.cleaned_data["alias"], actor=request.user)
        except DomainError as exc:
            form.add_error("alias", exc.message)
        else:
            messages.success(request, _("Alias added."))
            return redirect("orgs:detail", pk=org.pk)
    context = office_context(
        request,
        org=org,
        form=form,
        site_form=site_form,
        can_edit=can_edit,
        # The parent is named to everyone, linked only for those who may open it.
        parent_visible=org.parent_id in visible_org_ids(user=request.user),
        children=org.children.all(),
        memberships=org.memberships.select_related("user"),
        aliases=org.aliases.all(),
    )
    return render(request, "orgs/org_detail.html", context)


@coordinator_required
def org_import_view(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            result = import_workbook(form.cleaned_data["file"].read(), actor=request.user)
        except ImportFailed as exc:
            errors = exc.errors
        except DomainError as exc:
            form.add_error("file", exc.message)
        else:
            messages.success(
                request,
                _(
                    "Imported: %(orgs)d organisations, %(aliases)d aliases, %(users)d users, "
                    "%(roles)d role assignments."
                )
                % {
                    "orgs": result.orgs_created,
                    "aliases": result.aliases_added,
                    "users": result.users_created,
                    "roles": result.roles_granted,
                },
            )
            return redirect("orgs:list")
    return render(
        request, "orgs/org_import.html", office_context(request, form=form, errors=errors)
    )


@coordinator_required
def org_import_template(request: HttpRequest) -> HttpResponse:
    """Download an empty workbook with the two sheets and their header rows."""
    data = workbook_bytes(
        Sheet(
            "机构",
            ORG_COLUMNS,
            [
                ["示例市人民政府", "示例市政府", "", "地区", "", "", "示例市人民政府信息公开"],
                ["示例市民政局", "市民政局", "示例市人民政府", "机关", "", "民政局", ""],
            ],
        ),
        Sheet(
            "用户",
            USER_COLUMNS,
            [["zhangsan", "张三", "zhangsan@example.gov.cn", "示例市民政局", "编辑", ""]],
        ),
    )
    response = HttpResponse(data, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = 'attachment; filename="orgs-template.xlsx"'
    return response
