"""The re-review list of withheld information and its reviews (《条例》第十八条)."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from gongkai.core.permissions import staff_required
from gongkai.core.views import office_context
from gongkai.orgs.selectors import user_has_role

from ..forms.review import WithheldReviewForm
from ..selectors import withheld_list as select_withheld
from ..services.withheld import REVIEWERS
from ..services.withheld import withheld_review as review
from ..states import GROUND_REASON, Ground


@staff_required
def withheld_list(request: HttpRequest) -> HttpResponse:
    show_all = request.GET.get("all") == "1"
    rows = select_withheld(user=request.user, show_all=show_all)
    labels = dict(Ground.choices)
    for row in rows:
        row.ground_labels = [labels.get(g, g) for g in row.grounds]
        row.can_review = user_has_role(user=request.user, org=row.org, roles=REVIEWERS)
    context = office_context(
        request,
        rows=rows,
        show_all=show_all,
        form=WithheldReviewForm(),
        due=sum(1 for r in rows if r.review_due),
        reasons=GROUND_REASON,
    )
    return render(request, "applications/withheld_list.html", context)


@staff_required
@require_POST
def withheld_review(request: HttpRequest, pk: int) -> HttpResponse:
    row = next((r for r in select_withheld(user=request.user, show_all=True) if r.pk == pk), None)
    if row is None:
        raise Http404
    form = WithheldReviewForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        review(item=row, actor=request.user, release=data["result"] == "release", note=data["note"])
        messages.success(request, _("Re-review recorded."))
    else:
        messages.error(request, _("Choose the result of the review and give the reason."))
    return redirect("applications:withheld")
