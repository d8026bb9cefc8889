"""The form of one review on the re-review list of withheld information (《条例》第十八条)."""

from django import forms
from django.utils.translation import gettext_lazy as _


class WithheldReviewForm(forms.Form):
    RESULTS = [
        ("keep", _("Keep withheld until the next review")),
        ("release", _("The circumstances have changed: it may now be disclosed")),
    ]
    result = forms.ChoiceField(label=_("Result of the review"), choices=RESULTS)
    note = forms.CharField(
        label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000
    )
