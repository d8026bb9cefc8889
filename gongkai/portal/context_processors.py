"""Template context of the public portal."""

from django.http import HttpRequest

from gongkai.core.navigation import public_nav

from .site import site_column


def portal(request: HttpRequest) -> dict:
    """The public nav, and the name of the organisation whose column this is (overriding the
    kernel's configured site name)."""
    return {"public_nav": public_nav(request.path), **site_column()}
