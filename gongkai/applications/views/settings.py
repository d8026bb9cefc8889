"""The coordinator's page of the agency's request settings (the values the rules leave open)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from gongkai.core.views import office_context
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import user_memberships

from ..agency_settings import request_settings_defaults, request_settings_get
from ..forms import RequestSettingsForm
from ..forms.settings import FIELDSETS
from ..models_settings import SETTING_FIELDS, RequestSettings
from ..services import request_settings_save


def _display(name: str, value) -> str:
    """Return a setting's value as the page shows it (a choice's label, yes/no, or none)."""
    field = RequestSettings._meta.get_field(name)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if value is None:
        return _("None: the handler sets it in each notice")
    return str(value)


@login_required
def request_settings_edit(request: HttpRequest) -> HttpResponse:
    """Show and save the agency's settings; only its coordinator (公开办) may see them."""
    membership = user_memberships(user=request.user).filter(role=Role.COORDINATOR).first()
    if membership is None:
        context = office_context(request)
        return render(request, "applications/request_settings_forbidden.html", context, status=403)
    org = membership.org
    current = request_settings_get(org=org)
    form = RequestSettingsForm(request.POST or None, instance=current)
    if request.method == "POST" and form.is_valid():
        values = {name: form.cleaned_data[name] for name in SETTING_FIELDS}
        request_settings_save(org=org, actor=request.user, **values)
        messages.success(request, _("The agency's request settings were saved."))
        return redirect("applications:settings")
    defaults = request_settings_defaults()
    fieldsets = [
        {
            "legend": legend,
            "fields": [
                {
                    "field": form[name],
                    "default": _display(name, defaults[name]),
                    "changed": getattr(current, name) != defaults[name],
                }
                for name in names
            ],
        }
        for legend, names in FIELDSETS
    ]
    context = office_context(request, org=org, fieldsets=fieldsets, form=form, current=current)
    return render(request, "applications/request_settings_edit.html", context)
