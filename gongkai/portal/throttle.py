"""How often one client address may submit each public form, and the page shown beyond that.

Requests, comments, messages and list feedback are open to anyone; a flood from one address
would bury the office's inbox. django-ratelimit counts the POSTs per address and form in the
cache (Redis in production); the rate is a setting (``GONGKAI_PUBLIC_POST_RATE``, 20 an hour by
default), read at each request.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django_ratelimit.decorators import ratelimit


def public_post_rate(group: str, request: HttpRequest) -> str:
    return settings.GONGKAI_PUBLIC_POST_RATE


def limit_public_posts(view):
    """Refuse a client's POSTs to ``view`` beyond the public rate (HTTP 429; GETs are free)."""
    return ratelimit(key="ip", rate=public_post_rate, method="POST", block=True)(view)


def too_many_submissions(request: HttpRequest, exception: Exception) -> HttpResponse:
    """The page shown instead of a form's result once the rate is exceeded; nothing is stored."""
    return render(request, "portal/too_many.html", status=429)
