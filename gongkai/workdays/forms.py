"""Forms of the calendar pages."""

from django import forms
from django.utils.translation import gettext_lazy as _


class ScheduleLoadForm(forms.Form):
    text = forms.CharField(
        label=_("Schedule"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 14, "spellcheck": "false"}),
        help_text=_(
            "One line per day or range, e.g. “2027-02-06..2027-02-13 休 春节” or "
            "“2027-02-14 班 春节调休上班”, after a line “年份: 2027”."
        ),
    )
    file = forms.FileField(label=_("or upload the file"), required=False)
    source = forms.CharField(
        label=_("Source"),
        required=False,
        max_length=200,
        help_text=_("Where the schedule comes from, e.g. the notice's title."),
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
            raise forms.ValidationError(_("Paste the schedule or upload its file."))
        return data


class DayForm(forms.Form):
    day = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    is_workday = forms.TypedChoiceField(
        label=_("The day is"),
        choices=[("0", _("a day off")), ("1", _("a working day"))],
        coerce=lambda v: v == "1",
    )
    name = forms.CharField(label=_("Name"), max_length=100, required=False)
