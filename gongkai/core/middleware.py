"""Middleware: record the client address for audits; turn domain errors into messages."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme

from .client import client_address
from .context import client_ip
from .errors import BadRequestError, DomainError


class RequestContextMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = client_ip.set(client_address(request))
        try:
            return self.get_response(request)
        finally:
            client_ip.reset(token)


class DomainErrorMiddleware:
    """Show a refused action as a message on the page the user came from, never as a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception):
        if not isinstance(exception, DomainError):
            return None
        if request.path.startswith("/api/"):
            return JsonResponse({"detail": exception.message, "code": exception.code}, status=400)
        if isinstance(exception, BadRequestError):  # nothing to go back to: say what was wrong
            return render(
                request, "core/bad_request.html", {"message": exception.message}, status=400
            )
        messages.error(request, exception.message)
        back = request.META.get("HTTP_REFERER") or request.path
        if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
            back = request.path
        if getattr(request, "htmx", False):
            response = HttpResponse(status=204)
            response["HX-Redirect"] = back
            return response
        return HttpResponseRedirect(back)
