"""Forms of the incidents app: record an incident, link an item, record a press conference."""

from django import forms
from django.utils.translation import gettext_lazy as _

from gongkai.orgs.fields import OrgChoiceField
from gongkai.orgs.models import Organisation
from gongkai.publishing.models import InformationItem

from .states import IncidentKind, ReleaseKind, Severity


class DateTimeInput(forms.DateTimeInput):
    """A browser date and time picker (hours and minutes); the value is ISO."""

    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


class IncidentForm(forms.Form):
    org = OrgChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.none(),
        empty_label=_("— choose —"),
    )
    title = forms.CharField(label=_("Title"), max_length=200)
    kind = forms.ChoiceField(label=_("Kind"), choices=IncidentKind.choices)
    severity = forms.ChoiceField(
        label=_("Severity"),
        choices=Severity.choices,
        initial=Severity.OTHER,
        help_text=_(
            "For an extraordinarily serious or major emergency, authoritative information is "
            "due within 5 hours and a press conference within 24 hours; every matter is "
            "answered within 48 hours."
        ),
    )
    started_at = forms.DateTimeField(
        label=_("Started at (Beijing time)"),
        widget=DateTimeInput(),
        help_text=_("The date, hour and minute the incident happened or came to notice."),
    )
    description = forms.CharField(
        label=_("Description"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )

    def __init__(self, *args, orgs=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["org"].queryset = orgs if orgs is not None else Organisation.objects.none()


class ItemChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: InformationItem) -> str:
        return f"{obj.title}（{obj.get_status_display()}）"


def by_head_field() -> forms.BooleanField:
    """EMG-1: 有关地方和部门主要负责人要带头主动发声 (国办发〔2016〕80号)."""
    return forms.BooleanField(
        label=_("A head of the organisation speaks"),
        required=False,
        help_text=_(
            "Principal officials are to take the lead in speaking out (国办发〔2016〕80号)."
        ),
    )


class LinkItemForm(forms.Form):
    item = ItemChoiceField(
        label=_("Information item"),
        queryset=InformationItem.objects.none(),
        empty_label=_("— choose —"),
        help_text=_("Items of this organisation written or published since the incident began."),
    )
    kind = forms.ChoiceField(label=_("Kind of release"), choices=ReleaseKind.choices)
    by_head = by_head_field()

    def __init__(self, *args, items=None, **kwargs):
        super().__init__(*args, **kwargs)
        if items is not None:
            self.fields["item"].queryset = items


class PressConferenceForm(forms.Form):
    held_at = forms.DateTimeField(label=_("Held at (Beijing time)"), widget=DateTimeInput())
    place = forms.CharField(label=_("Place"), max_length=200)
    speaker = forms.CharField(label=_("Speaker"), max_length=100, required=False)
    by_head = by_head_field()

    def __init__(self, *args, **kwargs):
        # ids of its own: the link form beside it on the page has a by_head box too
        kwargs.setdefault("auto_id", "id_press_%s")
        super().__init__(*args, **kwargs)


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}), max_length=500
    )
