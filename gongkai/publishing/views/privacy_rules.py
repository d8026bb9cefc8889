"""Back-office page of the personal-data rules the privacy check reads (coordinators)."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError
from gongkai.core.forms import add_domain_error
from gongkai.core.permissions import coordinator_required
from gongkai.core.views import office_context
from gongkai.orgs.roles import Role

from ..forms import PrivacyRuleForm
from ..selectors import privacy_rules_listing
from ..services import privacy_rule_add


@coordinator_required
def privacy_rules_view(request: HttpRequest) -> HttpResponse:
    context = office_context(request)
    may_add = Role.COORDINATOR in context["roles"]
    form = PrivacyRuleForm(request.POST or None) if may_add else None
    if request.method == "POST" and form is not None and form.is_valid():
        try:
            rule = privacy_rule_add(actor=request.user, **form.cleaned_data)
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("“%(word)s” added.") % {"word": rule.word})
            return redirect("publishing:privacy_rules")
    context.update(listing=privacy_rules_listing(), form=form)
    return render(request, "publishing/privacy_rules.html", context)
