"""Template context of the public portal."""

from django.http import HttpRequest

from gongkai.core.navigation import public_nav


def portal(request: HttpRequest) -> dict:
    return {"public_nav": public_nav(request.path)}
