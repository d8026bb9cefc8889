"""The edit form of an agency's request settings, in the groups of the edit page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models_settings import SETTING_FIELDS, RequestSettings

#: The edit page's fieldsets: (legend, fields), every setting exactly once.
FIELDSETS = (
    (_("Receipt and correction"), ("online_receipt_rule", "correction_days")),
    (
        _("Information-processing fees"),
        (
            "fee_pauses_clock",
            "fee_payment_days",
            "fee_band_size",
            "fee_band_step",
            "page_basis",
        ),
    ),
    (
        _("Proactive disclosure and re-review"),
        ("conversion_min_applicants", "review_interval_months"),
    ),
    (
        _("Annual report, table 三"),
        ("row_published", "row_special_statute", "row_not_ours", "row_correct_record"),
    ),
    (_("Remedies in reply letters"), ("partial_remedy_wording",)),
)


class RequestSettingsForm(forms.ModelForm):
    """Check the values; ``request_settings_save`` saves them, never this form."""

    class Meta:
        model = RequestSettings
        fields = SETTING_FIELDS
        widgets = {
            "online_receipt_rule": forms.RadioSelect,
            "page_basis": forms.RadioSelect,
            "partial_remedy_wording": forms.RadioSelect,
        }
