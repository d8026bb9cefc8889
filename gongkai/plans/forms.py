"""Forms of the plans app: they check input; services do the rest."""

from pathlib import Path

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from gongkai.core.forms import DateInput
from gongkai.orgs.models import Organisation

from .parsing.readers import MAX_BYTES

UPLOAD_TYPES = {".txt", ".docx", ".xlsx", ".xls", ".html", ".htm", ".pdf"}


class UploadForm(forms.Form):
    org = forms.ModelChoiceField(
        Organisation.objects.none(),
        label=_("Issuing organisation"),
        help_text=_("The plan is filed under this organisation."),
    )
    file = forms.FileField(
        label=_("Work-plan document"),
        help_text=_(".txt, .docx, .xlsx, .xls, .html or .pdf with a text layer; at most 20 MB."),
    )

    def __init__(self, *args, orgs=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["org"].queryset = orgs if orgs is not None else Organisation.objects.none()
        if orgs is not None and orgs.count() == 1:
            self.fields["org"].initial = orgs.first()

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if Path(upload.name).suffix.lower() not in UPLOAD_TYPES:
            raise forms.ValidationError(
                _("Upload a .txt, .docx, .xlsx, .xls, .html or .pdf file."), code="file_type"
            )
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than 20 MB; split it before uploading."), code="too_large"
            )
        return upload


class TaskEditForm(forms.Form):
    title = forms.CharField(label=_("Heading"), max_length=500, required=False)
    content = forms.CharField(
        label=pgettext_lazy("plan task", "Content"), widget=forms.Textarea, required=False
    )
    deadline_text = forms.CharField(
        label=_("Time limit as written"),
        max_length=300,
        required=False,
        help_text=_("E.g. 2020年10月底前, 年底前, 每季度, 文件公开后3个工作日内."),
    )
    due_on = forms.DateField(
        label=_("Due on"),
        required=False,
        widget=DateInput(),
        help_text=_("Leave as is to take the date from the time limit."),
    )


class UnitsForm(forms.Form):
    lead = forms.CharField(
        label=_("Lead units"), required=False, help_text=_("Separate names with 、")
    )
    units = forms.CharField(
        label=_("Responsible units"), required=False, help_text=_("Separate names with 、")
    )


class SplitForm(forms.Form):
    at_line = forms.IntegerField(label=_("Split after sentence"), min_value=1)


class UnitMapForm(forms.Form):
    name = forms.CharField(widget=forms.HiddenInput)
    back = forms.CharField(widget=forms.HiddenInput, required=False)
    org = forms.ModelChoiceField(Organisation.objects.none(), label=_("Organisation"))

    def __init__(self, *args, orgs=None, **kwargs):
        super().__init__(*args, **kwargs)
        if orgs is not None:
            self.fields["org"].queryset = orgs


class ProgressForm(forms.Form):
    reported_on = forms.DateField(label=_("Progress as of"), widget=DateInput())
    text = forms.CharField(label=_("Progress"), widget=forms.Textarea(attrs={"rows": 4}))
    attachment = forms.FileField(
        label=_("Attachment"),
        required=False,
        help_text=_("PDF, Word, Excel, image or text; at most 10 MB."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reported_on"].initial = timezone.localdate()


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for returning"), widget=forms.Textarea(attrs={"rows": 3})
    )


class NoteForm(forms.Form):
    note = forms.CharField(
        label=_("Note for the coordinator"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )


class EventDateForm(forms.Form):
    event_on = forms.DateField(
        label=_("Date of the event"),
        widget=DateInput(),
    )


class LedgerImportForm(forms.Form):
    file = forms.FileField(label=_("Edited ledger (.xlsx)"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if Path(upload.name).suffix.lower() != ".xlsx":
            raise forms.ValidationError(_("Upload an .xlsx workbook."), code="file_type")
        return upload


class ConfirmForm(forms.Form):
    """The coordinator's answers before dispatch: the service refuses what is not answered."""

    unmapped_confirmed = forms.BooleanField(
        label=_("Dispatch with the unit names above left as written"), required=False
    )
    orphans_to_issuer = forms.BooleanField(
        label=_("Give the tasks without a unit to the issuing agency itself"), required=False
    )


def disclosure_share_field() -> forms.DecimalField:
    """Disclosure's share of the overall assessment, in percent (PLAN-ASSESS-1: at least 4%,
    which the service checks)."""
    return forms.DecimalField(
        label=_("Share of disclosure work in the overall assessment (%)"),
        max_digits=4,
        decimal_places=1,
        min_value=0,
        max_value=100,
        help_text=_("At least 4%, as 《关于全面推进政务公开工作的意见》 requires."),
    )


class WeightsForm(forms.Form):
    """One weight (percent) per assessment indicator; the service checks they add up to 100,
    and that disclosure's share of the overall assessment is at least 4%."""

    disclosure_share = disclosure_share_field()

    def __init__(self, *args, indicators=(), share=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["disclosure_share"].initial = share
        for indicator in indicators:
            self.fields[f"w{indicator.pk}"] = forms.IntegerField(
                label=indicator.name, min_value=0, max_value=100, initial=indicator.weight
            )

    def weights(self) -> dict[int, int]:
        return {
            int(name[1:]): value
            for name, value in self.cleaned_data.items()
            if name != "disclosure_share"
        }


class SchemeForm(forms.Form):
    """An organisation's own assessment scheme: the document and disclosure's share in it; the
    service refuses a share below 4%."""

    org = forms.ModelChoiceField(
        label=_("Organisation"), queryset=Organisation.objects.none(), empty_label=None
    )
    document = forms.CharField(
        label=_("Assessment scheme document"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"size": 40}),
        help_text=_("As issued, e.g. 《某县2024年度政府绩效考核实施方案》."),
    )
    disclosure_share = disclosure_share_field()

    def __init__(self, *args, orgs=None, **kwargs):
        super().__init__(*args, **kwargs)
        if orgs is not None:
            self.fields["org"].queryset = orgs
