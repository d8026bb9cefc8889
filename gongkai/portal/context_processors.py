"""Template context of the public portal."""

from django.http import HttpRequest

from gongkai.core.navigation import public_nav

from .sections import SECTION_TITLES
from .site import site_column


def portal(request: HttpRequest) -> dict:
    """The public nav, the statutory column names (``column_names.guide`` …), which templates
    take from here rather than write again, and the name of the organisation whose column this
    is (overriding the kernel's configured site name)."""
    return {
        "public_nav": public_nav(request.path),
        "column_names": SECTION_TITLES,
        **site_column(),
    }
