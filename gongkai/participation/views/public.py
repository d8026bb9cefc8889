"""Public pages: consultations and their comment form, the message box and its tracking page.

The lists, a consultation and a published message are the same for every reader and are kept in
the public page cache (core.pagecache). Never kept: the message form and a writer's private
tracking page (not decorated), and a consultation's page while it carries the comment form (the
cache refuses a page with a CSRF token), nor anything a reader sees after posting (a pending
message or a session makes the request uncacheable).
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from gongkai.core.errors import DomainError
from gongkai.core.forms import add_domain_error
from gongkai.core.pagecache import cache_public_page
from gongkai.core.params import id_param
from gongkai.core.throttle import limit_public_posts

from ..forms import CommentForm, MessageForm
from ..selectors import (
    consultation_public_get,
    consultation_public_list,
    message_get_by_token,
    message_public_get,
    message_public_list,
)
from ..services import (
    comment_submit,
    comments_accepted,
    comments_open_later,
    message_submit,
    status_shown,
)
from ..states import ConsultationStatus, MessageStatus


def _page(request: HttpRequest, qs):
    return Paginator(qs, 20).get_page(request.GET.get("page"))


@require_GET
@cache_public_page
def consultation_index(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "")
    status = status if status in ConsultationStatus.values else ""
    page = _page(request, consultation_public_list(status=status or None))
    for consultation in page:
        consultation.shown = status_shown(consultation)
    context = {
        "page": page,
        "status": status,
        "status_query": f"status={status}" if status in ConsultationStatus.values else "",
        "statuses": [
            (s.value, s.label) for s in ConsultationStatus if s != ConsultationStatus.DRAFT
        ],
    }
    return render(request, "participation/public/consultation_list.html", context)


@never_cache
@limit_public_posts
@cache_public_page
def consultation_view(request: HttpRequest, pk: int) -> HttpResponse:
    """A consultation, with the comment form while it takes comments.

    Kept in the public page cache only without the form (not yet open, closed, outcome
    published): with it, the page has a CSRF token and a one-time key and is never kept. Whether
    comments are taken depends on the clock, but by the day only (``comments_accepted``: the
    period's first and last days against today's date), and the cache's key holds the day, so a
    page kept yesterday is never served today; the nightly close saves the consultation, which
    drops the pages too. Browsers are still told not to keep it (``never_cache``).
    """
    consultation = consultation_public_get(pk=pk)
    accepting = comments_accepted(consultation)
    form = CommentForm(request.POST or None) if accepting else None
    if request.method == "POST" and form is not None and form.is_valid():
        try:
            comment_submit(consultation=consultation, **form.cleaned_data)
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("Thank you. Your comment has been received."))
            return redirect(consultation.get_public_url())
    context = {
        "consultation": consultation,
        "form": form,
        "accepting": accepting,
        "opens_later": comments_open_later(consultation),
        "shown": status_shown(consultation),
        "outcome_published": consultation.status == ConsultationStatus.OUTCOME_PUBLISHED,
        "opinions": consultation.opinions.all(),
    }
    return render(request, "participation/public/consultation_detail.html", context)


@require_GET
@cache_public_page
def message_index(request: HttpRequest) -> HttpResponse:
    context = {"page": _page(request, message_public_list())}
    return render(request, "participation/public/message_list.html", context)


@require_GET
@cache_public_page
def message_view(request: HttpRequest, pk: int) -> HttpResponse:
    context = {"message": message_public_get(pk=pk)}
    return render(request, "participation/public/message_detail.html", context)


@never_cache
@limit_public_posts
def message_write(request: HttpRequest) -> HttpResponse:
    form = MessageForm(request.POST or None)
    if request.method == "GET" and id_param(request.GET.get("org")) is not None:
        form.initial["org"] = id_param(request.GET["org"])
    if request.method == "POST" and form.is_valid():
        try:
            message, _new = message_submit(**form.cleaned_data)
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            return redirect(
                f"{reverse('participate:message_track', args=[message.access_token])}?new=1"
            )
    return render(request, "participation/public/message_form.html", {"form": form})


@never_cache
@require_GET
def message_track(request: HttpRequest, token: str) -> HttpResponse:
    message = message_get_by_token(token=token)
    track_url = request.build_absolute_uri(
        reverse("participate:message_track", args=[message.access_token])
    )
    context = {
        "message": message,
        "published": message.status == MessageStatus.PUBLISHED,
        "track_url": track_url,
        "new": request.GET.get("new") == "1",
    }
    response = render(request, "participation/public/message_track.html", context)
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex"
    return response
