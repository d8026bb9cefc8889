"""The public portal's sections for pages rendered without the request's context (error pages)."""

from django import template

from gongkai.core.navigation import public_nav

register = template.Library()


@register.simple_tag
def public_sections() -> list[dict]:
    """Return the portal's sections (none active); never raises, as the 500 page uses it."""
    try:
        return public_nav("")
    except Exception:  # noqa: BLE001 - an error page must render whatever is broken
        return []
