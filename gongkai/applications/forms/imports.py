"""The form of the page that imports past requests from an earlier register."""

from django import forms
from django.utils.translation import gettext_lazy as _

from gongkai.orgs.forms import MAX_IMPORT_BYTES
from gongkai.orgs.models import Organisation


class RegisterImportForm(forms.Form):
    org = forms.ModelChoiceField(queryset=Organisation.objects.none(), label=_("Agency"))
    file = forms.FileField(
        label=_("Register (Excel workbook)"),
        help_text=_(
            "Sheet 申请 as in the template. Nothing is stored if any row is wrong; the list names "
            "every row to correct."
        ),
    )

    def __init__(self, *args, orgs, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["org"].queryset = orgs
        if len(orgs) == 1:  # one agency: nothing to choose
            self.fields["org"].initial = orgs[0].pk
            self.fields["org"].widget = forms.HiddenInput()

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."), code="too_large")
        if not upload.name.lower().endswith(".xlsx"):
            raise forms.ValidationError(_("Choose an .xlsx file."), code="not_xlsx")
        return upload
