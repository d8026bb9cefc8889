"""Back-office shell views: sign-in, password, dashboard, audit log, notifications."""

from django.contrib.auth import views as auth_views
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import timezone
from django.views.decorators.http import require_POST

from gongkai.core.params import date_param, id_param
from gongkai.orgs.selectors import user_memberships

from .audit_labels import action_label, registered_actions, state_label
from .first_password import password_change_clear
from .forms import LoginForm
from .navigation import nav_for
from .permissions import coordinator_required, staff_required, user_roles
from .selectors import audit_list, notification_list
from .services import notification_mark_read


class LoginView(auth_views.LoginView):
    template_name = "core/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        # Django puts the host name here as ``site_name``; the page names the organisation
        # (the context processors' site_name), never the host.
        context = super().get_context_data(**kwargs)
        context.pop("site_name", None)
        context.pop("site", None)
        return context


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "core/password_change.html"
    success_url = reverse_lazy("core:password_change_done")

    def form_valid(self, form):
        response = super().form_valid(form)
        password_change_clear(request=self.request, user=form.user)
        return response


class PasswordChangeDoneView(auth_views.PasswordChangeDoneView):
    template_name = "core/password_change_done.html"


def office_context(request: HttpRequest, **extra) -> dict:
    roles = user_roles(request.user)
    return {"nav": nav_for(roles, request.path), "roles": roles, **extra}


@staff_required
def dashboard(request: HttpRequest) -> HttpResponse:
    from .dashboard import alerts_for

    today = timezone.localdate()
    context = office_context(
        request,
        memberships=user_memberships(user=request.user),
        alerts=alerts_for(request),
        notifications=notification_list(user=request.user, unread_only=True)[:5],
        today=today,
        widgets=dashboard_widgets(request),
    )
    return render(request, "core/dashboard.html", context)


def dashboard_widgets(request: HttpRequest) -> list[dict]:
    """Collect the dashboard cards that apps contribute (see core.dashboard.register_widget)."""
    from .dashboard import widgets_for

    return widgets_for(request)


@coordinator_required
def audit_view(request: HttpRequest) -> HttpResponse:
    params = request.GET
    since = date_param(params.get("since"), field="since")
    until = date_param(params.get("until"), field="until")
    qs = audit_list(
        user=request.user,
        action=params.get("action", "").strip(),
        actor=params.get("actor", "").strip(),
        obj=params.get("object", "").strip(),
        since=since,
        until=until,
    )
    page = Paginator(qs, 50).get_page(params.get("page"))
    for entry in page:
        entry.action_label = action_label(entry.action)
        entry.from_label = state_label(entry.action, entry.from_state)
        entry.to_label = state_label(entry.action, entry.to_state)
        entry.changes = _changes(entry)
    query = params.copy()
    query.pop("page", None)
    return render(
        request,
        "core/audit_list.html",
        office_context(
            request,
            page=page,
            params=params,
            query=query.urlencode(),
            action_choices=sorted(
                ((code, str(action_label(code))) for code in registered_actions()),
                key=lambda pair: pair[1],
            ),
        ),
    )


def _field_label(model, name: str) -> str:
    try:
        return str(model._meta.get_field(name).verbose_name) if model else name
    except Exception:  # not a field of the model: a computed value keeps its key
        return name


def _changes(entry) -> list[tuple[str, object, object]]:
    """The entry's before/after values, each under its field's label where it has one."""
    before, after = entry.before or {}, entry.after or {}
    model = entry.content_type.model_class() if entry.content_type_id else None
    keys = list(dict.fromkeys([*before, *after]))
    return [(_field_label(model, k), before.get(k, "—"), after.get(k, "—")) for k in keys]


@staff_required
def notification_view(request: HttpRequest) -> HttpResponse:
    page = Paginator(notification_list(user=request.user), 30).get_page(request.GET.get("page"))
    return render(request, "core/notification_list.html", office_context(request, page=page))


@staff_required
@require_POST
def notification_read(request: HttpRequest) -> HttpResponse:
    pk = request.POST.get("pk")
    notification_mark_read(user=request.user, pk=id_param(pk))
    return redirect("core:notification_list")
