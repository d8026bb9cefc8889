"""Forms of the actions on one case: clock events, reply, assignment, delivery, remedies."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gongkai.core.forms import DateInput
from gongkai.orgs.models import Organisation
from gongkai.workdays.calendar import YearNotCovered
from gongkai.workdays.selectors import current_calendar

from ..agency_settings import request_settings_get
from ..models import ClockEvent, ConversionDecision, RemedyCase
from ..states import (
    DeliveryChannel,
    Ground,
    ReplyType,
)
from .fields import MultipleFileField

REPLY_CHOICES = [
    (value, label)
    for value, label in ReplyType.choices
    if value not in {ReplyType.C_ABANDONED, ReplyType.C_FEE_UNPAID, ReplyType.C_OTHER}
]


def _day(label):
    return forms.DateField(label=label, initial=timezone.localdate, widget=DateInput())


class CorrectionRequestForm(forms.Form):
    """The one correction notice (REQ-CORR-1); its deadline per the agency's setting (REQ-CORR-2).

    With an agency default of N working days, a deadline left empty becomes the N-th working
    day after the notice is sent (《条例》第三十条: a reasonable period); without one, the
    handler writes the deadline into each notice.
    """

    day = _day(_("Notice sent on"))
    items = forms.CharField(
        label=_("Every item to correct"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One notice only (Art. 30): list everything the applicant must correct."),
    )
    until = forms.DateField(
        label=_("Correct by"),
        widget=DateInput(),
        help_text=_(
            "A reasonable deadline, stated in the notice; the request can be deemed abandoned "
            "only after it has passed (Art. 30)."
        ),
    )

    def __init__(self, *args, app=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.correction_days = None
        if app is not None:
            self.correction_days = request_settings_get(org=app.org).correction_days
        # Without an agency default the handler states the deadline in each notice.
        self.fields["until"].required = not self.correction_days
        if self.correction_days:
            self.fields["until"].help_text = _(
                "Left empty: %(days)d working days after the notice is sent, as this agency set "
                "(《中华人民共和国政府信息公开条例》第三十条)."
            ) % {"days": self.correction_days}

    def clean(self):
        data = super().clean()
        if self.correction_days and data.get("day") and not data.get("until"):
            try:
                data["until"] = current_calendar().add_workdays(data["day"], self.correction_days)
            except YearNotCovered as exc:
                self.add_error("until", exc.message)
        return data


class ReceiptConfirmForm(forms.Form):
    day = _day(_("Receipt confirmed on"))


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


class LetterChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return _("%(letter)s sent on %(day)s %(to)s") % {
            "letter": obj.get_kind_display(),
            "day": f"{obj.day:%Y-%m-%d}",
            "to": obj.ref,
        }


class LetterReceivedForm(forms.Form):
    """The day a consultation letter or fee notice reached its addressee (Art. 32, 34; 109号)."""

    letter = LetterChoiceField(label=_("Letter"), queryset=ClockEvent.objects.none())
    delivered_on = forms.DateField(
        label=_("Received by the addressee on"),
        widget=DateInput(),
        help_text=_(
            "The addressee's 15 working days to answer, or the applicant's time to pay, run from "
            "the next day; the pause of the reply period ends with them at the latest."
        ),
    )

    def __init__(self, *args, app, **kwargs):
        super().__init__(*args, **kwargs)
        from ..services.clock import undelivered_letters

        letters = undelivered_letters(app)
        field = self.fields["letter"]
        field.queryset = ClockEvent.objects.filter(pk__in=[e.pk for e in letters])
        field.empty_label = None
        if letters:
            field.initial = letters[0].pk


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
    grounds = forms.MultipleChoiceField(
        label=_("Grounds for withholding"),
        choices=Ground.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("For a refusal or a partial disclosure: every ground relied on."),
    )
    withheld = forms.CharField(
        label=_("Parts withheld"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
        help_text=_("For a partial disclosure: what is not provided (Art. 37)."),
    )
    no_disclosure_duty_confirmed = forms.BooleanField(
        label=_(
            "I have checked that no law, regulation or rule requires this information to be "
            "disclosed (Art. 16)"
        ),
        required=False,
    )
    decision = forms.CharField(
        label=_("Decision and reasons"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=4000,
        help_text=_("Printed in the body of the reply letter."),
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
