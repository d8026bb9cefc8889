"""Response headers every page gets: the Content-Security-Policy, and no-store on private pages.

The policy (setting ``GONGKAI_CSP``) lets pages run scripts and styles from this site's own files
only, so that text someone manages to slip into a page cannot run as a script. Templates hold
no inline ``<script>`` with code and no ``on…=`` handler attribute (a test scans them).

One inline script is allowed by its SHA-256 hash: the import map with which the rich-text editor
finds its modules (browsers read import maps only inline). The scripts so allowed are named by
the setting ``GONGKAI_CSP_INLINE_SCRIPTS`` (functions returning each script's exact text), and their
hashes are computed once per process, since the static files' names carry their content hash.

Pages of the back office and the admin, and API answers to a signed-in user, show personal data
(applicants' names and addresses, letters, exports): ``Cache-Control: no-store`` keeps them out of
the browser's cache and any shared proxy's. Public portal pages stay cacheable; the applicant's
private tracking pages set no-store themselves.
"""

import base64
import functools
import hashlib

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import add_never_cache_headers
from django.utils.module_loading import import_string

#: Paths whose every response is private.
PRIVATE_PREFIXES = ("/office/", "/admin/")


@functools.cache
def content_security_policy() -> str:
    """The policy of the setting, its script-src extended by the hashes of the allowed scripts."""
    hashes = []
    for dotted in settings.GONGKAI_CSP_INLINE_SCRIPTS:
        text = import_string(dotted)()
        digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
        hashes.append(f"'sha256-{digest}'")
    directives = [d.strip() for d in settings.GONGKAI_CSP.split(";") if d.strip()]
    return "; ".join(
        " ".join([d, *hashes]) if d.split()[0] == "script-src" and hashes else d for d in directives
    )


def is_private(request: HttpRequest) -> bool:
    path = request.path_info
    if path.startswith(PRIVATE_PREFIXES):
        return True
    if path.startswith("/api/"):
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        return signed_in or "HTTP_AUTHORIZATION" in request.META
    return False


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if settings.GONGKAI_CSP and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = content_security_policy()
        if is_private(request):
            add_never_cache_headers(response)
        return response
