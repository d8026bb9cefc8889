"""Forms of the actions on one case: clock events, reply, assignment, delivery, remedies."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gongkai.orgs.models import Organisation

from ..fees import fee_per_page, fee_per_request
from ..models import ConversionDecision, RemedyCase
from ..states import (
    DeliveryChannel,
    Ground,
    ReplyType,
)
from .fields import DateInput, MultipleFileField

REPLY_CHOICES = [
    (value, label)
    for value, label in ReplyType.choices
    if value not in {ReplyType.C_ABANDONED, ReplyType.C_FEE_UNPAID, ReplyType.C_OTHER}
]


def _day(label):
    return forms.DateField(label=label, initial=timezone.localdate, widget=DateInput())


class CorrectionRequestForm(forms.Form):
    day = _day(_("Notice sent on"))
    items = forms.CharField(
        label=_("Every item to correct"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One notice only (Art. 30): list everything the applicant must correct."),
    )
    until = forms.DateField(label=_("Correct by"), required=False, widget=DateInput())


class CorrectedForm(forms.Form):
    day = _day(_("Corrected request received on"))


class ConsultationSendForm(forms.Form):
    PARTIES = [
        ("consult_third_party", _("A third party whose rights may be harmed (Art. 32)")),
        ("consult_body", _("Another body that made the information jointly (Art. 34)")),
    ]
    day = _day(_("Letter sent on"))
    party = forms.ChoiceField(label=_("Consulted"), choices=PARTIES, required=False)
    addressee = forms.CharField(label=_("Third party or body consulted"), max_length=200)
    delivered_on = forms.DateField(
        label=_("Received by them on"),
        required=False,
        widget=DateInput(),
        help_text=_("Starts their 15 working days (Art. 32, 34)."),
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=1000)


class ConsultationAnswerForm(forms.Form):
    day = _day(_("Answer received on"))
    addressee = forms.CharField(label=_("Third party or body consulted"), max_length=200)
    note = forms.CharField(
        label=_("Answer"),
        required=False,
        max_length=1000,
        help_text=_("Or: no answer within 15 working days."),
    )


class FeeNoticeForm(forms.Form):
    """A 收费通知书 under 国办函〔2020〕109号: one method per request, never both (REQ-FEE-2)."""

    METHODS = [("per_request", _("Per request (按件)")), ("per_page", _("Per page (按量)"))]
    day = _day(_("Fee notice sent on"))
    method = forms.ChoiceField(label=_("Charging method"), choices=METHODS)
    quantity = forms.IntegerField(
        label=_("Quantity"),
        min_value=1,
        help_text=_(
            "Per request: which request of the applicant's this month this is (from 11 on, "
            "fees apply). Per page: the number of pages (from 31 on)."
        ),
    )
    note = forms.CharField(label=_("How to pay"), max_length=1000, required=False)
    delivered_on = forms.DateField(
        label=_("Received by the applicant on"), required=False, widget=DateInput()
    )

    def clean(self):
        data = super().clean()
        quantity = data.get("quantity")
        if not quantity:
            return data
        if data.get("method") == "per_request":
            amount = fee_per_request(quantity)
            basis = _("Per request (国办函〔2020〕109号 Art. 4): request no. %(n)d of the month")
        else:
            amount = fee_per_page(quantity)
            basis = _("Per page (国办函〔2020〕109号 Art. 5): %(n)d pages")
        if amount == 0:
            self.add_error("quantity", _("This quantity is within the free allowance: no fee."))
            return data
        text = _("%(basis)s, %(amount)d yuan.") % {
            "basis": basis % {"n": quantity},
            "amount": amount,
        }
        data["note"] = " ".join(p for p in (text, data.get("note", "").strip()) if p)
        return data


class FeePaidForm(forms.Form):
    day = _day(_("Paid on"))


class ExtensionForm(forms.Form):
    day = _day(_("Approved on"))
    days = forms.IntegerField(label=_("Working days added"), min_value=1, max_value=20, initial=20)
    reason = forms.CharField(label=_("Reason"), max_length=1000)


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=1000)


class ReplyForm(forms.Form):
    reply_type = forms.ChoiceField(label=_("Reply type"), choices=REPLY_CHOICES)
    ground = forms.ChoiceField(
        label=_("Ground for withholding"),
        choices=[("", _("— only for “Not disclosed” —")), *Ground.choices],
        required=False,
    )
    decision = forms.CharField(
        label=_("Decision and reasons"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=4000,
        help_text=_("Printed in the letter where the template says {decision}."),
    )
    day = _day(_("Letter dated"))
    released = MultipleFileField(label=_("Released information"), required=False)


class AssignForm(forms.Form):
    unit = forms.ModelChoiceField(
        label=_("Handling unit"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label="—",
    )
    handler = forms.ModelChoiceField(
        label=_("Handler"), queryset=None, required=False, empty_label="—"
    )

    def __init__(self, *args, units=None, users=None, **kwargs):
        super().__init__(*args, **kwargs)
        if units is not None:
            self.fields["unit"].queryset = units
        self.fields["handler"].queryset = (
            users if users is not None else Organisation.objects.none()
        )
        self.fields["handler"].label_from_instance = lambda u: u.get_full_name() or u.username


class DeliveryForm(forms.Form):
    channel = forms.ChoiceField(label=_("Delivered by"), choices=DeliveryChannel.choices)
    day = _day(_("Delivered on"))
    proof = forms.CharField(
        label=_("Proof"),
        max_length=300,
        required=False,
        help_text=_("Registered-post number, signature, e-mail message ID …"),
    )


class ConversionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), choices=ConversionDecision.Decision.choices, widget=forms.RadioSelect
    )
    reason = forms.CharField(label=_("Reason"), max_length=1000)


class RemedyForm(forms.Form):
    kind = forms.ChoiceField(label=_("Remedy"), choices=RemedyCase.Kind.choices)
    body = forms.CharField(label=_("Reconsideration body or court"), max_length=200)
    filed_on = forms.DateField(label=_("Filed on"), widget=DateInput())
    note = forms.CharField(label=_("Note"), max_length=1000, required=False)


class RemedyDecideForm(forms.Form):
    result = forms.ChoiceField(
        label=_("Result"),
        choices=[c for c in RemedyCase.Result.choices if c[0] != RemedyCase.Result.PENDING],
    )
    decided_on = forms.DateField(label=_("Decided on"), widget=DateInput())
