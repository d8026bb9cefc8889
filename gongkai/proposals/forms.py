"""Forms of the back office: register a suggestion or proposal, write its reply."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gongkai.core.forms import DateInput
from gongkai.orgs.fields import OrgChoiceField
from gongkai.orgs.models import Organisation

from .states import ProposalKind, PublishMode


class ProposalForm(forms.Form):
    org = OrgChoiceField(label=_("Lead handling unit"), queryset=Organisation.objects.none())
    co_orgs = forms.ModelMultipleChoiceField(
        label=_("Co-handling units"),
        queryset=Organisation.objects.none(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 4}),
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=ProposalKind.choices)
    session = forms.CharField(
        label=_("Session"), max_length=100, help_text=_("For example 市十七届人大三次会议.")
    )
    number = forms.CharField(
        label=_("Number"), max_length=40, help_text=_("For example 第0123号, or just 123.")
    )
    year = forms.IntegerField(label=_("Year"), min_value=1990, max_value=2100)
    title = forms.CharField(label=_("Title"), max_length=300)
    authors = forms.CharField(
        label=_("Deputies or members"), max_length=300, help_text=_("Names, separated by 、.")
    )
    contacts = forms.CharField(
        label=_("Contact details"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Phones, addresses, work units. For the handling staff only; never published."),
    )
    copy_to = forms.CharField(
        label=_("Copied to"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("The reply letter's copy list. Never published."),
    )
    received_on = forms.DateField(label=_("Assigned on"), widget=DateInput())
    deadline = forms.DateField(
        label=_("Handling deadline"),
        widget=DateInput(),
        help_text=_("The handling deadline set by the assigning office."),
    )

    def __init__(self, *args, orgs, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["org"].queryset = orgs
        self.fields["co_orgs"].queryset = Organisation.objects.order_by("name")
        self.fields["year"].initial = timezone.localdate().year


class ReplyForm(forms.Form):
    reply_text = forms.CharField(
        label=_("Reply letter"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_(
            "Left empty, the text of the uploaded letter is read into it. Lines starting with "
            "抄送 or 联系人 and the contact details are removed before publication."
        ),
    )
    file = forms.FileField(label=_("Reply letter file (PDF or Word)"), required=False)
    replied_on = forms.DateField(label=_("Replied on"), widget=DateInput())
    reply_doc_number = forms.CharField(
        label=_("Reply document number"), max_length=100, required=False
    )
    publish_mode = forms.ChoiceField(
        label=_("Publication form"), choices=PublishMode.choices, widget=forms.RadioSelect
    )
    public_summary = forms.CharField(
        label=_("Summary for publication"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Needed when only a summary of a complex reply is published."),
    )


class ImportForm(forms.Form):
    org = OrgChoiceField(label=_("Lead handling unit"), queryset=Organisation.objects.none())
    file = forms.FileField(label=_("Excel workbook"))

    def __init__(self, *args, orgs, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["org"].queryset = orgs
