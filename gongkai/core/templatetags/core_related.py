"""``{% related_links obj as links %}``: the links other apps provide for a record (related.py)."""

from django import template

from ..related import related_links as _related_links

register = template.Library()


@register.simple_tag
def related_links(obj) -> list[dict]:
    return _related_links(obj)
