"""The public pages' shared cache: whole pages for anonymous readers, dropped at every change.

Pages are kept under the current *generation* of public content. Any change to what a public
page may show (an item published, amended or withdrawn; a catalog, list, guide, rule, report or
organisation changed) starts a new generation (``public_content_changed``), so every page
cached before is never served again; old entries expire on their own. The cache is Django's:
Redis in production (REDIS_URL), local memory otherwise.

Saves and deletes start a new generation through the models' signals; writes that send no
signal (a queryset's ``update``, ``bulk_create``, ``bulk_update``) start one through
``PublicContentQuerySet``, the manager of every model whose rows public pages show.

Only what is the same for every reader is cached: GET requests without a session or pending
messages, answers 200 without cookies set and without a form carrying a CSRF token.
"""

import hashlib
import secrets
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import models, transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

GENERATION_KEY = "public:generation"
#: Pages live this long at most (seconds), even when nothing changes.
PAGE_TIMEOUT = 600


def current_generation() -> str:
    """The generation of public content now: a key part for anything kept until it changes."""
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = secrets.token_hex(6)
        cache.add(GENERATION_KEY, generation, None)
        generation = cache.get(GENERATION_KEY) or generation
    return generation


def _new_generation() -> None:
    cache.set(GENERATION_KEY, secrets.token_hex(6), None)


def public_content_changed(**kwargs) -> None:
    """Start a new generation now and again when the transaction commits (a reader between the
    two could otherwise cache the page as it was before the change)."""
    _new_generation()
    transaction.on_commit(_new_generation)


def watch_public_models(app_models, *, unless=None) -> None:
    """Drop the cached pages whenever a row of these models is saved or deleted (their
    queryset writes are covered by ``PublicContentQuerySet``).

    ``unless(instance, created)``, when given, names the saves that leave the pages as they are
    (a row the public creates that no public page shows yet); deletes always drop them."""
    from django.db.models.signals import post_delete, post_save

    on_save = public_content_changed
    if unless is not None:

        def on_save(sender, instance, created=False, **kwargs) -> None:
            if not unless(instance, created):
                public_content_changed()

    for model in app_models:
        uid = f"pagecache.{model._meta.label_lower}"
        # weak=False: the handler made here has no other reference to keep it alive
        post_save.connect(on_save, sender=model, dispatch_uid=uid, weak=False)
        post_delete.connect(public_content_changed, sender=model, dispatch_uid=uid + "-d")


class PublicContentQuerySet(models.QuerySet):
    """Writes that bypass ``post_save`` and ``post_delete`` still drop the cached pages."""

    def update(self, **kwargs) -> int:
        rows = super().update(**kwargs)
        if rows:
            public_content_changed()
        return rows

    update.alters_data = True

    def bulk_create(self, objs, *args, **kwargs):
        created = super().bulk_create(objs, *args, **kwargs)
        if created:
            public_content_changed()
        return created

    bulk_create.alters_data = True

    def bulk_update(self, objs, fields, *args, **kwargs) -> int:
        rows = super().bulk_update(objs, fields, *args, **kwargs)
        if rows:
            public_content_changed()
        return rows

    bulk_update.alters_data = True


def _cacheable_request(request: HttpRequest) -> bool:
    if request.method != "GET":
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


def _key(request: HttpRequest) -> str:
    # The day is part of the key: what is in force (a guide, a document's validity) is by date.
    digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:32]
    return f"public:page:{current_generation()}:{timezone.localdate():%Y%m%d}:{digest}"


def cache_public_page(view):
    """Serve ``view``'s page from the cache to anonymous readers (see the module's docstring)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not _cacheable_request(request):
            return view(request, *args, **kwargs)
        key = _key(request)
        kept = cache.get(key)
        if kept is not None:
            content, content_type = kept
            return HttpResponse(content, content_type=content_type)
        response = view(request, *args, **kwargs)
        if (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and b"csrfmiddlewaretoken" not in response.content
        ):
            cache.set(key, (response.content, response["Content-Type"]), PAGE_TIMEOUT)
        return response

    return wrapper
