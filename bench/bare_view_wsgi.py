"""The platform plus one bare Django view reading an item's title, for bench/public_page_ratio.py.

The bare view goes through the same middleware and database as the item page, and does nothing
else: it is the yardstick the issue measured the item page against.
"""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings.base")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.http import Http404, HttpResponse  # noqa: E402
from django.urls import include, path  # noqa: E402
from django.utils.html import escape  # noqa: E402

from gongkai.publishing.models import InformationItem  # noqa: E402


def bare(request, pk: int) -> HttpResponse:
    title = InformationItem.objects.filter(pk=pk, is_public=True).values_list("title", flat=True)
    title = title.first()
    if title is None:
        raise Http404
    return HttpResponse(f"<!DOCTYPE html><title>{escape(title)}</title><h1>{escape(title)}</h1>")


urlpatterns = [path("bare/<int:pk>/", bare), path("", include("gongkai.urls"))]
settings.ROOT_URLCONF = __name__
application = get_wsgi_application()
