"""Staff forms of the briefings app: a ledger entry and a frequency requirement."""

from django import forms
from django.utils.translation import gettext_lazy as _

from gongkai.core.forms import DateInput
from gongkai.orgs.fields import OrgChoiceField
from gongkai.orgs.models import Organisation
from gongkai.publishing.models import InformationItem

from .kinds import EntryKind, Period, SpeakerRole


class ItemChoiceField(forms.ModelChoiceField):
    """A published item, shown with its date of publication."""

    def label_from_instance(self, obj: InformationItem) -> str:
        day = f"{obj.published_on:%Y-%m-%d} " if obj.published_on else ""
        return f"{day}{obj.title}"


class EntryForm(forms.Form):
    org = OrgChoiceField(label=_("Organisation"), queryset=Organisation.objects.none())
    kind = forms.ChoiceField(label=_("Kind"), choices=EntryKind.choices)
    held_on = forms.DateField(label=_("Date"), widget=DateInput())
    topic = forms.CharField(label=_("Topic"), max_length=300)
    speaker = forms.CharField(label=_("Speaker"), max_length=100)
    speaker_title = forms.CharField(
        label=_("Speaker's post"),
        max_length=100,
        required=False,
        help_text=_("For example: 党组书记、主任; 新闻发言人、办公室主任."),
    )
    speaker_role = forms.ChoiceField(
        label=_("Speaker's standing"),
        choices=SpeakerRole.choices,
        help_text=_("Whether the principal head, another head or the spokesperson spoke."),
    )
    policy = ItemChoiceField(
        label=_("Policy document interpreted"),
        queryset=InformationItem.objects.none(),
        required=False,
        empty_label=_("— none —"),
        help_text=_("Required for an interpretation; it is counted against the 3 working days."),
    )
    material = ItemChoiceField(
        label=_("Published material on this platform"),
        queryset=InformationItem.objects.none(),
        required=False,
        empty_label=_("— none —"),
        help_text=_("The transcript, interpretation or video page published through this system."),
    )
    material_url = forms.URLField(
        label=_("Or a link to the material elsewhere"),
        max_length=500,
        required=False,
        assume_scheme="https",
        help_text=_("For example the press office's page of the conference."),
    )

    def __init__(self, *args, orgs=None, policies=None, materials=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["org"].queryset = orgs if orgs is not None else Organisation.objects.none()
        if policies is not None:
            self.fields["policy"].queryset = policies
        if materials is not None:
            self.fields["material"].queryset = materials


class CheckForm(forms.Form):
    org = OrgChoiceField(label=_("Organisation"), queryset=Organisation.objects.none())
    title = forms.CharField(
        label=_("Requirement"),
        max_length=200,
        help_text=_("As the work plan words it, e.g. 每季度至少举办1次新闻发布会."),
    )
    kinds = forms.MultipleChoiceField(
        label=_("What counts"), choices=EntryKind.choices, widget=forms.CheckboxSelectMultiple
    )
    roles = forms.MultipleChoiceField(
        label=_("Who must speak"),
        choices=SpeakerRole.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Leave empty when any speaker counts."),
    )
    minimum = forms.IntegerField(label=_("At least"), min_value=1, max_value=100, initial=1)
    period = forms.ChoiceField(label=_("Period"), choices=Period.choices)
    basis = forms.CharField(label=_("Basis"), max_length=300, required=False)

    def __init__(self, *args, orgs=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["org"].queryset = orgs if orgs is not None else Organisation.objects.none()


class ImportForm(forms.Form):
    org = OrgChoiceField(label=_("Organisation"), queryset=Organisation.objects.none())
    file = forms.FileField(label=_("Ledger workbook (.xlsx)"))

    def __init__(self, *args, orgs=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["org"].queryset = orgs if orgs is not None else Organisation.objects.none()

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(".xlsx"):
            raise forms.ValidationError(_("Upload an .xlsx workbook."), code="file_type")
        return upload
