"""Forms of the calendar pages."""

from django import forms
from django.utils.translation import gettext_lazy as _

from gongkai.core.forms import DateInput


class ScheduleLoadForm(forms.Form):
    text = forms.CharField(
        label=_("Notice"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 16, "spellcheck": "false"}),
        help_text=_(
            "Paste the State Council General Office's notice on the year's holidays as published, "
            "from its title to its date; a later notice adjusting or extending a festival may "
            "follow it. The schedule's own line format is also accepted."
        ),
    )
    file = forms.FileField(label=_("or upload the file"), required=False)
    source = forms.CharField(
        label=_("Source"),
        required=False,
        max_length=200,
        help_text=_("Left empty, the notice's document number is recorded."),
    )

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        if upload:
            if upload.size > 100_000:
                raise forms.ValidationError(_("The file is too large for a schedule."))
            try:
                data["text"] = upload.read().decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                raise forms.ValidationError(_("The file must be UTF-8 text.")) from exc
        if not (data.get("text") or "").strip():
            raise forms.ValidationError(_("Paste the notice or upload its file."))
        return data


class DayForm(forms.Form):
    day = forms.DateField(label=_("Date"), widget=DateInput())
    is_workday = forms.TypedChoiceField(
        label=_("The day is"),
        choices=[("0", _("a day off")), ("1", _("a working day"))],
        coerce=lambda v: v == "1",
    )
    name = forms.CharField(label=_("Name"), max_length=100, required=False)
