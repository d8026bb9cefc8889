"""Messages of Django itself whose Chinese translation Django's own catalog lacks.

Listed here only so that ``makemessages`` puts them in core's catalog, which is searched before
Django's. Django 5.2.x changed the minimum-length message to ``%d`` while its zh_Hans catalog
still translates the older ``%(min_length)d`` text, so staff read it in English.
"""

from django.utils.translation import ngettext_lazy

PASSWORD_TOO_SHORT = ngettext_lazy(
    "This password is too short. It must contain at least %d character.",
    "This password is too short. It must contain at least %d characters.",
    "min_length",
)
