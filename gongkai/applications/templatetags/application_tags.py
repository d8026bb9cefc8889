"""Template tags of disclosure requests."""

from django import template

from ..selectors import application_provisional_due

register = template.Library()


@register.simple_tag
def provisional_due(app):
    """The 预计 due date of a request whose deadline reaches a year with no schedule, or None."""
    return application_provisional_due(app=app)
