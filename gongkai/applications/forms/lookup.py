"""The form to find one's request by its tracking number and the contact given (查询办理进度)."""

from django import forms
from django.utils.translation import gettext_lazy as _


class LookupForm(forms.Form):
    number = forms.CharField(
        label=_("Tracking number"),
        max_length=32,
        help_text=_("As on the receipt page, e.g. 2026-0001-00001."),
    )
    contact = forms.CharField(
        label=_("Phone or e-mail given in the request"),
        max_length=254,
    )
