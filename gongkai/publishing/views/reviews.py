"""Back-office pages of the shared confidentiality review: the queue and one request."""

from types import SimpleNamespace

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from gongkai.core.errors import DomainError
from gongkai.core.forms import add_domain_error
from gongkai.core.permissions import staff_required
from gongkai.core.views import office_context

from ..forms import ReviewForm
from ..selectors import request_get, review_queue
from ..services.reviews import (
    request_finding_decide,
    request_findings_accept_all,
    request_review,
    unread_parts,
)
from .review_panel import request_panel
from .tables import review_queue_table


@staff_required
def review_queue_view(request: HttpRequest) -> HttpResponse:
    queue = review_queue_table(**review_queue(user=request.user))
    context = office_context(request, queue=queue)
    return render(request, "publishing/review_queue.html", context)


def _context(request: HttpRequest, pub, **extra) -> dict:
    target = pub.target
    link = getattr(target, "get_absolute_url", None)  # a list version has no page of its own
    return office_context(
        request,
        pub=pub,
        target_url=link() if link is not None else "",
        reviews=pub.reviews.select_related("reviewer"),
        **request_panel(request.user, pub),
        **extra,
    )


@staff_required
def request_review_view(request: HttpRequest, pk: int) -> HttpResponse:
    pub = request_get(user=request.user, pk=pk)
    unread = [SimpleNamespace(name=label) for label in unread_parts(pub)]
    form = ReviewForm(request.POST or None, unread=unread)
    if request.method == "POST" and form.is_valid():
        try:
            request_review(
                request=pub,
                actor=request.user,
                outcome=request.POST.get("decision", ""),
                opinion=form.cleaned_data["opinion"],
                files_checked=form.cleaned_data.get("files_checked", False),
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("Review recorded."))
            return redirect("publishing:request_review", pub.pk)
    return render(request, "publishing/request_review.html", _context(request, pub, form=form))


def request_finding_view(request: HttpRequest, finding) -> HttpResponse:
    """Decide one finding of a request (called by the shared finding URL)."""
    pub = request_get(user=request.user, pk=finding.request_id)
    request_finding_decide(
        finding=finding, actor=request.user, decision=request.POST.get("decision", "")
    )
    if request.htmx:
        return render(request, "publishing/partials/_review_panel.html", _context(request, pub))
    return redirect("publishing:request_review", pub.pk)


@staff_required
@require_POST
def request_accept_all_view(request: HttpRequest, pk: int) -> HttpResponse:
    pub = request_get(user=request.user, pk=pk)
    count = request_findings_accept_all(request=pub, actor=request.user)
    messages.success(request, _("%(count)s findings will be masked.") % {"count": count})
    return redirect("publishing:request_review", pub.pk)
