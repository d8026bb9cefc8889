"""Public pages: how to apply, the online form, and the applicant's private tracking page."""

from functools import wraps

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from gongkai.core.contacts import office_contact
from gongkai.core.params import id_param
from gongkai.core.throttle import limit_public_posts

from ..clock_events import EventKind
from ..forms import ApplyForm
from ..forms.lookup import LookupForm
from ..letter_files import letter_docx, letter_pdf
from ..letter_kinds import APPLICANT_LETTERS
from ..models import Attachment
from ..selectors import (
    TrackingLinkExpired,
    application_find_for_applicant,
    application_get_by_token,
)
from ..services import application_submit
from ..states import RECEIPT_RULE, Channel, Status

#: What the applicant sees of each letter of the case (correspondence on the tracking page).
PUBLIC_EVENTS = {
    "correction_requested",
    "corrected",
    "consultation_sent",
    "fee_notice_sent",
    "fee_paid",
    "extension_approved",
    "deadline_overridden",
}


@require_GET
def apply_guide(request: HttpRequest) -> HttpResponse:
    return render(request, "applications/apply_guide.html", {})


@never_cache
@limit_public_posts
def apply_form(request: HttpRequest) -> HttpResponse:
    form = ApplyForm(request.POST or None, request.FILES or None)
    if request.method == "GET" and id_param(request.GET.get("org")) is not None:
        form.initial["org"] = id_param(request.GET["org"])
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        app, _new = application_submit(
            org=data.pop("org"),
            submission_key=data.pop("submission_key"),
            attachments=data.pop("attachments"),
            **data,
        )
        return redirect("apply:received", token=app.access_token)
    return render(request, "applications/apply_form.html", {"form": form})


def expired_link_page(view):
    """Answer a lapsed private link with a page saying so and whom to ask (HTTP 410)."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except TrackingLinkExpired as expired:
            context = {
                "app": expired.app,
                "expired_on": expired.expired_on,
                "days": settings.GONGKAI_TRACKING_DAYS_AFTER_CLOSE,
                "contact": office_contact(expired.app.org),
            }
            response = render(request, "applications/track_expired.html", context, status=410)
            response["Referrer-Policy"] = "no-referrer"
            response["X-Robots-Tag"] = "noindex"
            return response

    return wrapped


def _public_context(request: HttpRequest, token: str) -> dict:
    app = application_get_by_token(token=token)
    received = app.clock_events.filter(kind=EventKind.RECEIVED).first()
    events = [e for e in app.clock_events.order_by("day", "id") if e.kind in PUBLIC_EVENTS]
    released = app.attachments.filter(kind=Attachment.Kind.RELEASED)
    letter = getattr(app, "letter", None)
    notices = app.procedural_letters.filter(
        kind__in=APPLICANT_LETTERS, issued_on__isnull=False
    ).order_by("issued_on", "serial")
    track_url = request.build_absolute_uri(reverse("apply:track", args=[app.access_token]))
    return {
        "app": app,
        "received_on": received.day if received else None,
        "events": events,
        "letter": letter,
        "notices": notices,
        "released": released,
        "track_url": track_url,
        "receipt_rule": RECEIPT_RULE[Channel.ONLINE],
        "replied": app.status in {Status.REPLIED, Status.CLOSED},
    }


@never_cache
@require_GET
@expired_link_page
def apply_received(request: HttpRequest, token: str) -> HttpResponse:
    context = _public_context(request, token)
    response = render(request, "applications/apply_received.html", context)
    response["Referrer-Policy"] = "no-referrer"
    return response


@never_cache
@limit_public_posts
def track_lookup(request: HttpRequest) -> HttpResponse:
    """Find one's request by tracking number and phone or e-mail, for a lost private link."""
    form = LookupForm(request.POST or None)
    not_found = False
    if request.method == "POST" and form.is_valid():
        app = application_find_for_applicant(**form.cleaned_data)
        if app is not None:
            return redirect("apply:track", token=app.access_token)
        not_found = True
    response = render(
        request, "applications/track_lookup.html", {"form": form, "not_found": not_found}
    )
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@require_GET
@expired_link_page
def track(request: HttpRequest, token: str) -> HttpResponse:
    response = render(request, "applications/track.html", _public_context(request, token))
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@require_GET
@expired_link_page
def track_letter(request: HttpRequest, token: str, fmt: str) -> HttpResponse:
    app = application_get_by_token(token=token)
    letter = getattr(app, "letter", None)
    if letter is None:
        raise Http404
    return letter_response(letter, fmt)


@never_cache
@require_GET
@expired_link_page
def track_attachment(request: HttpRequest, token: str, pk: int) -> FileResponse:
    app = application_get_by_token(token=token)
    row = app.attachments.filter(kind=Attachment.Kind.RELEASED, pk=pk).first()
    if row is None:
        raise Http404
    return FileResponse(row.file.open("rb"), as_attachment=True, filename=row.name)


@never_cache
@require_GET
@expired_link_page
def track_notice(request: HttpRequest, token: str, pk: int, fmt: str) -> HttpResponse:
    """An issued letter to the applicant (补正告知书, 延期答复告知书, 收费通知书 …) as a file."""
    app = application_get_by_token(token=token)
    notice = app.procedural_letters.filter(
        pk=pk, kind__in=APPLICANT_LETTERS, issued_on__isnull=False
    ).first()
    if notice is None:
        raise Http404
    return letter_response(notice, fmt, name=f"{notice.kind}-{app.number}")


def letter_response(letter, fmt: str, *, name: str = "") -> HttpResponse:
    """Return the letter as a download in ``fmt`` (pdf or docx), named ``name``.``fmt``."""
    if fmt == "pdf":
        content, kind = letter_pdf(letter), "application/pdf"
    elif fmt == "docx":
        content = letter_docx(letter)
        kind = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    else:
        raise Http404
    response = HttpResponse(content, content_type=kind)
    filename = f"{name or 'reply-' + letter.application.number}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
