"""Forms of the portal's back-office pages and its search box."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gongkai.core.forms import DateInput

from .models import GuideVersion, RuleDocument
from .services.guides import GUIDE_FIELDS


def _url_field(model, name: str) -> forms.URLField:
    field = model._meta.get_field(name)
    return forms.URLField(
        label=field.verbose_name, required=False, max_length=field.max_length, assume_scheme="https"
    )


class GuideForm(forms.ModelForm):
    website = _url_field(GuideVersion, "website")

    class Meta:
        model = GuideVersion
        fields = list(GUIDE_FIELDS)
        widgets = {
            "effective_from": DateInput(),
            "classification": forms.Textarea(attrs={"rows": 4}),
            "how_to_apply": forms.Textarea(attrs={"rows": 6}),
        }


class RuleForm(forms.ModelForm):
    link = _url_field(RuleDocument, "link")
    upload = forms.FileField(
        label=_("Document file"),
        required=False,
        help_text=_("PDF, Word or OFD; or give a link instead."),
    )

    class Meta:
        model = RuleDocument
        fields = ["level", "title", "doc_number", "issued_on", "link", "sort_order"]
        widgets = {"issued_on": DateInput()}


class AnnualReportForm(forms.Form):
    year = forms.IntegerField(label=_("Year reported on"), min_value=2008, max_value=2100)
    title = forms.CharField(label=_("Title"), max_length=300)
    published_on = forms.DateField(label=_("Date published"), widget=DateInput())
    upload = forms.FileField(label=_("Report file (PDF or HTML)"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            year = timezone.localdate().year - 1
            self.initial.setdefault("year", year)
            self.initial.setdefault("published_on", timezone.localdate())


class ComputedReportForm(forms.Form):
    """Submit the report Gongkai computed from the records (tables and written texts)."""

    year = forms.IntegerField(label=_("Year reported on"), min_value=2019, max_value=2100)
    published_on = forms.DateField(label=_("Date published"), widget=DateInput())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("year", timezone.localdate().year - 1)
            self.initial.setdefault("published_on", timezone.localdate())


class WithdrawForm(forms.Form):
    reason = forms.CharField(label=_("Reason for withdrawal"), max_length=500)


class OrgChoiceForm(forms.Form):
    org = forms.ModelChoiceField(queryset=None, label=_("Organisation"), empty_label=None)

    def __init__(self, *args, orgs, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["org"].queryset = orgs
