"""Forms of the gazette's back office: an issue, a content, the import, proof-reading."""

from django import forms
from django.utils.translation import gettext_lazy as _

from gongkai.core.forms import DateInput
from gongkai.orgs.fields import OrgChoiceField
from gongkai.orgs.models import Organisation
from gongkai.publishing.models import InformationItem

from .selectors import content_documents


class IssueForm(forms.Form):
    org = OrgChoiceField(label=_("Sponsoring organisation"), queryset=Organisation.objects.none())
    year = forms.IntegerField(label=_("Year"), min_value=1949, max_value=2100)
    number = forms.IntegerField(label=_("Number within the year"), min_value=1, max_value=999)
    total_number = forms.IntegerField(
        label=_("Overall number (optional)"), min_value=1, required=False
    )
    issued_on = forms.DateField(label=_("Issue date"), widget=DateInput())
    back_issue = forms.BooleanField(
        label=_("Back issue digitised from the archive"), required=False
    )
    pdf = forms.FileField(
        label=_("PDF of the issue"),
        required=False,
        help_text=_(
            "Its text is read automatically; pages that are scans are recognised and must be "
            "proof-read before publication."
        ),
    )

    def __init__(self, *args, orgs, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["org"].queryset = orgs


class ContentForm(forms.Form):
    order = forms.IntegerField(
        label=_("Sequence number"), min_value=0, max_value=32767, required=False
    )
    title = forms.CharField(label=_("Title"), max_length=300)
    issuer = forms.CharField(label=_("Issuer"), max_length=200, required=False)
    doc_number = forms.CharField(
        label=_("Official document number"), max_length=100, required=False
    )
    page = forms.IntegerField(label=_("Page"), min_value=1, max_value=32767, required=False)
    item = forms.ModelChoiceField(
        label=_("Normative document published on this site"),
        queryset=InformationItem.objects.none(),
        required=False,
        help_text=_("Its public page will link to this issue, and this issue to it."),
    )

    def __init__(self, *args, org: Organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["item"].queryset = content_documents(org=org)
        self.fields["item"].label_from_instance = lambda o: (
            f"{o.title}（{o.doc_number}）" if o.doc_number else o.title
        )


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Excel workbook (.xlsx)"))


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for the withdrawal"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
