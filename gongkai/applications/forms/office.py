"""Back-office forms over many cases: templates, letterhead, filters, bulk actions."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from gongkai.orgs.models import Organisation

from ..letter_text import from_fields, to_fields
from ..services.letters import DEFAULT_BODY, DEFAULT_TITLE, template_placeholders_check
from ..states import (
    ApplicantType,
    ReplyType,
    Status,
)
from .case import REPLY_CHOICES


class TemplateForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=100, initial=DEFAULT_TITLE)
    body = forms.CharField(
        label=_("Text"),
        widget=forms.Textarea(attrs={"rows": 12}),
        initial=DEFAULT_BODY,
        help_text=_("The fields filled in from the case are listed beside the text."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial["body"] = to_fields(self.initial.get("body") or DEFAULT_BODY)

    def clean_body(self):
        from gongkai.core.errors import DomainError

        try:
            body = from_fields(self.cleaned_data["body"])
            template_placeholders_check(body)
        except DomainError as exc:
            raise ValidationError(exc.message, code="placeholders") from None
        return body


class LetterSettingsForm(forms.Form):
    organ_name = forms.CharField(label=_("Issuing organ"), max_length=200)
    number_prefix = forms.CharField(
        label=_("Document number prefix"),
        max_length=40,
        help_text=_("Letters are numbered PREFIX〔YEAR〕N号."),
    )
    reconsideration_body = forms.CharField(
        label=_("Reconsideration body"),
        max_length=200,
        help_text=_(
            "Named in the remedy paragraph of every letter: for a department, the people's "
            "government at its level; for a people's government, the government one level up "
            "(《行政复议法》第二十四条)."
        ),
    )


class FilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("All")), *Status.choices], required=False
    )
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)
    unconfirmed = forms.BooleanField(
        label=_("Online requests awaiting confirmation of receipt"), required=False
    )
    due_within = forms.IntegerField(
        label=_("Due within (working days)"), min_value=0, max_value=40, required=False
    )
    unit = forms.ModelChoiceField(
        label=_("Handling unit"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("All"),
    )
    handler = forms.ModelChoiceField(
        label=_("Handler"), queryset=None, required=False, empty_label=_("All")
    )
    applicant_type = forms.ChoiceField(
        label=_("Applicant"), choices=[("", _("All")), *ApplicantType.choices], required=False
    )
    year = forms.IntegerField(
        label=_("Year received"), min_value=2008, max_value=2100, required=False
    )
    imported = forms.BooleanField(label=_("Imported from an earlier register"), required=False)

    def __init__(self, *args, units=None, users=None, **kwargs):
        super().__init__(*args, **kwargs)
        if units is not None:
            self.fields["unit"].queryset = units
        self.fields["handler"].queryset = (
            users if users is not None else Organisation.objects.none()
        )
        self.fields["handler"].label_from_instance = lambda u: u.get_full_name() or u.username


class BulkForm(forms.Form):
    """Act on the ticked cases at once: assign, remind, or answer with a saved reply text."""

    ACTIONS = [
        ("assign", _("Assign")),
        ("remind", _("Remind handlers")),
        ("answer", _("Answer")),
    ]
    action = forms.ChoiceField(label=_("Action"), choices=ACTIONS)
    unit = forms.ModelChoiceField(
        label=_("Handling unit"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label="—",
    )
    handler = forms.ModelChoiceField(
        label=_("Handler"), queryset=None, required=False, empty_label="—"
    )
    reply_type = forms.ChoiceField(
        label=_("Reply type"), choices=[("", "—"), *REPLY_CHOICES], required=False
    )
    decision = forms.CharField(
        label=_("Reply text"),
        widget=forms.Textarea(attrs={"rows": 2, "cols": 40}),
        required=False,
        help_text=_("Empty: the saved text for the reply type."),
    )

    def __init__(self, *args, units=None, users=None, **kwargs):
        super().__init__(*args, **kwargs)
        if units is not None:
            self.fields["unit"].queryset = units
        self.fields["handler"].queryset = (
            users if users is not None else Organisation.objects.none()
        )
        self.fields["handler"].label_from_instance = lambda u: u.get_full_name() or u.username

    def clean(self):
        data = super().clean()
        if data.get("action") == "answer" and not data.get("reply_type"):
            self.add_error("reply_type", _("Choose the reply type."))
        if data.get("reply_type") == ReplyType.R_WITHHOLD:
            self.add_error(
                "reply_type", _("A refusal names its own ground: answer it on its own page.")
            )
        return data
