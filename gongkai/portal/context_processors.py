"""Template context of the public portal."""

from django.http import HttpRequest

from gongkai.core.navigation import public_nav

from .sections import SECTION_TITLES


def portal(request: HttpRequest) -> dict:
    """The public navigation, and the statutory column names (``column_names.guide`` …), which
    templates take from here rather than write again."""
    return {"public_nav": public_nav(request.path), "column_names": SECTION_TITLES}
