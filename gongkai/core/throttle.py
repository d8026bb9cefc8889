"""How often one client address may submit each public form, and the page shown beyond that.

Requests, comments, messages and list feedback are open to anyone; a flood from one address
would bury the office's inbox. django-ratelimit counts the POSTs per address and form in the
cache (Redis in production); the rate is a setting (``GONGKAI_PUBLIC_POST_RATE``, 20 an hour by
default), read at each request. The refusal page gives back what the client wrote in the free-text
fields, so that a long request or message is not lost; identity fields (name, ID number, phone)
are not echoed.

It lives in the kernel so that the content apps whose forms it guards (applications,
participation, publishing) need not import the portal; the page it draws is the portal's
template ``portal/too_many.html``, found by name at run time.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import pgettext_lazy
from django_ratelimit.decorators import ratelimit

#: The free-text fields of the public forms: the label shown when they are given back, and the
#: height of the box that holds them.
WRITTEN_FIELDS = {
    "subject": (pgettext_lazy("text given back", "Subject"), 2),
    "description": (pgettext_lazy("text given back", "Information requested"), 6),
    "purpose": (pgettext_lazy("text given back", "Purpose"), 6),
    "content": (pgettext_lazy("text given back", "Your text"), 6),
    "message": (pgettext_lazy("text given back", "Your text"), 6),
}
MAX_ECHO_CHARS = 10_000


def public_post_rate(group: str, request: HttpRequest) -> str:
    return settings.GONGKAI_PUBLIC_POST_RATE


def limit_public_posts(view):
    """Refuse a client's POSTs to ``view`` beyond the public rate (HTTP 429; GETs are free)."""
    return ratelimit(key="ip", rate=public_post_rate, method="POST", block=True)(view)


def too_many_submissions(request: HttpRequest, exception: Exception) -> HttpResponse:
    """The page shown instead of a form's result once the rate is exceeded; nothing is stored."""
    written = []
    for field, (label, rows) in WRITTEN_FIELDS.items():
        value = request.POST.get(field, "").strip()  # only POSTs are limited
        if value:
            written.append({"label": label, "text": value[:MAX_ECHO_CHARS], "rows": rows})
    return render(request, "portal/too_many.html", {"written": written}, status=429)
