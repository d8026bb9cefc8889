"""The applicant's forms: the public online form and staff intake (REQ-INTAKE-1, Art. 29)."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gongkai.core.forms import DateInput, OnceForm
from gongkai.orgs.fields import OrgChoiceField
from gongkai.orgs.models import Organisation

from ..states import (
    ApplicantType,
    Channel,
    DeliveryMethod,
    IdType,
)
from ..validators import credit_code_check, id_card_check
from .fields import MultipleFileField


class ApplicantForm(forms.Form):
    """The applicant's identity, contact and request (REQ-INTAKE-1, 《条例》第二十九条)."""

    applicant_type = forms.ChoiceField(
        label=_("Applicant"), choices=ApplicantType.choices, initial=ApplicantType.PERSON
    )
    applicant_name = forms.CharField(
        label=_("Name of the applicant"),
        max_length=200,
        help_text=_("A person's full name, or an organisation's full registered name."),
    )
    id_type = forms.ChoiceField(
        label=_("Identity document"), choices=IdType.choices, initial=IdType.ID_CARD
    )
    id_document = forms.CharField(label=_("Document number"), max_length=100)
    contact_person = forms.CharField(
        label=_("Contact person"),
        max_length=100,
        required=False,
        help_text=_("For organisations: who we contact about this request."),
    )
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    email = forms.EmailField(label=_("E-mail"), required=False)
    address = forms.CharField(label=_("Postal address"), max_length=300, required=False)
    description = forms.CharField(
        label=_("Information requested"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=4000,
        help_text=_(
            "The name or document number of the information, or a description precise enough "
            "for us to find it (e.g. issuing body, year, subject)."
        ),
    )
    purpose = forms.CharField(
        label=_("Purpose (optional)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
        required=False,
    )
    delivery_method = forms.ChoiceField(
        label=_("How you want to receive it"),
        choices=DeliveryMethod.choices,
        initial=DeliveryMethod.ONLINE,
    )

    def clean(self):
        data = super().clean()
        kind, number = data.get("id_type"), data.get("id_document", "")
        try:
            if kind == IdType.ID_CARD and number:
                data["id_document"] = id_card_check(number)
            elif kind == IdType.CREDIT_CODE and number:
                data["id_document"] = credit_code_check(number)
        except ValidationError as exc:
            self.add_error("id_document", exc)
        if kind == IdType.CREDIT_CODE and data.get("applicant_type") == ApplicantType.PERSON:
            self.add_error(
                "id_type",
                _("A natural person proves identity with a personal document, not a credit code."),
            )
        if not data.get("phone", "").strip() and not data.get("email"):
            self.add_error(
                "phone", _("Give a phone number or an e-mail address so we can reach you.")
            )
        method = data.get("delivery_method")
        if method == DeliveryMethod.EMAIL and not data.get("email"):
            self.add_error("email", _("You asked for delivery by e-mail: give the address."))
        if method == DeliveryMethod.POST and not data.get("address", "").strip():
            self.add_error("address", _("You asked for delivery by post: give the address."))
        return data


class ApplyForm(OnceForm, ApplicantForm):
    """The public online form; ``submission_key`` makes a double submit one request."""

    org = OrgChoiceField(
        label=_("Agency you apply to"),
        queryset=Organisation.objects.none(),
        empty_label=_("— choose —"),
    )
    attachments = MultipleFileField(
        label=_("Attachments (optional)"),
        required=False,
        help_text=_(
            "Up to 5 files of at most 10 MB each: PDF, images, Word, Excel or text. A copy of "
            "your identity document helps us verify the request."
        ),
    )
    field_order = ["org", "applicant_type"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["org"].queryset = Organisation.objects.filter(is_active=True).exclude(
            kind=Organisation.Kind.UNIT
        )


class IntakeForm(ApplicantForm):
    """Staff register a letter, a visit or a fax (REQ-RECEIPT-1, 《条例》第三十一条)."""

    org = forms.ModelChoiceField(label=_("Agency"), queryset=Organisation.objects.none())
    channel = forms.ChoiceField(
        label=_("Channel"),
        choices=[(v, label) for v, label in Channel.choices if v != Channel.ONLINE],
    )
    received_on = forms.DateField(
        label=_("Receipt date"),
        widget=DateInput(),
        help_text=_(
            "In person: the day it was handed in. Post signed for: the day it was signed for. "
            "Ordinary letter: the day receipt was confirmed with the applicant. Fax or other "
            "internet channel: the day both sides confirmed receipt."
        ),
    )
    arrived_on = forms.DateField(
        label=_("Letter arrived on"),
        required=False,
        widget=DateInput(),
        help_text=_("Ordinary letters only."),
    )
    is_oral = forms.BooleanField(
        label=_("Made orally; the office filled in the form"), required=False
    )
    reading_difficulty = forms.BooleanField(label=_("Reading difficulty"), required=False)
    sensory_impairment = forms.BooleanField(label=_("Visual or hearing impairment"), required=False)

    field_order = ["org", "channel", "received_on", "arrived_on", "applicant_type"]

    def __init__(self, *args, orgs=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["org"].queryset = orgs if orgs is not None else Organisation.objects.none()

    def clean(self):
        data = super().clean()
        received, arrived = data.get("received_on"), data.get("arrived_on")
        if received and received > timezone.localdate():
            self.add_error("received_on", _("The receipt date cannot be in the future."))
        if data.get("channel") == Channel.LETTER and not arrived:
            self.add_error("arrived_on", _("Record the day the letter arrived (REQ-RECEIPT-1)."))
        if received and arrived and arrived > received:
            self.add_error(
                "arrived_on", _("The letter cannot arrive after its receipt was confirmed.")
            )
        return data
