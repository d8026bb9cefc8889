"""Forms of the organisation pages."""

from django import forms
from django.utils.translation import gettext_lazy as _

MAX_IMPORT_BYTES = 5 * 1024 * 1024


class AliasForm(forms.Form):
    alias = forms.CharField(label=_("Alias"), max_length=200)


class SiteNameForm(forms.Form):
    """The public column's name for an organisation (empty: its official name)."""

    site_name = forms.CharField(
        label=_("Column name"),
        max_length=100,
        required=False,
        help_text=_(
            "The name the public column shows in its header and on the sign-in page, such as "
            "平度市人民政府信息公开; left empty, the official name is shown."
        ),
    )


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Excel workbook (.xlsx)"),
        help_text=_(
            "Sheets 机构 and/or 用户 as in the template. Nothing is stored if any row is wrong."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."), code="too_large")
        if not upload.name.lower().endswith(".xlsx"):
            raise forms.ValidationError(_("Choose an .xlsx file."), code="not_xlsx")
        return upload
