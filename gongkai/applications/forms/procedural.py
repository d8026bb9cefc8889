"""Forms of procedural letters: the facts of each kind, the draft, issue, and the templates."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gongkai.core.errors import DomainError
from gongkai.core.forms import DateInput

from ..letter_kinds import LetterKind
from ..letter_text import from_fields, to_fields
from ..letter_values import PER_PAGE, PER_REQUEST
from ..services.procedural import procedural_template_check


def _text(label, *, required=True, rows=3, help_text=""):
    return forms.CharField(
        label=label,
        required=required,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": rows}),
        help_text=help_text,
    )


def _date(label, *, required=True, help_text="", today=False):
    return forms.DateField(
        label=label,
        required=required,
        widget=DateInput(),
        help_text=help_text,
        initial=timezone.localdate if today else None,
    )


def _addressee():
    return forms.CharField(label=_("Addressee"), max_length=200)


def _received(help_text):
    return _date(_("Received by the addressee on"), required=False, help_text=help_text)


class CorrectionLetterForm(forms.Form):
    items = _text(_("Every item to correct"), help_text=_("One notice only (Art. 30)."))
    correct_by = _date(_("Correct by"))


class ConsultThirdPartyLetterForm(forms.Form):
    addressee = _addressee()
    information = _text(_("Information concerned"))
    reason = _text(
        _("Why disclosure may harm their lawful rights"),
        required=False,
        help_text=_("Empty: a general sentence on trade secrets and privacy, to be edited."),
    )
    delivered_on = _received(_("When known, the letter states the last day for the answer."))


class ConsultBodyLetterForm(forms.Form):
    addressee = _addressee()
    information = _text(_("Jointly made information concerned"))
    delivered_on = _received(_("When known, the letter states the last day for the answer."))


class ThirdPartyDisclosureLetterForm(forms.Form):
    addressee = _addressee()
    information = _text(_("Information that will be disclosed"))
    reason = _text(_("Why non-disclosure would seriously affect the public interest"))


class ExtensionLetterForm(forms.Form):
    reason = _text(_("Reason for the extension"))


class FeeLetterForm(forms.Form):
    """The facts of a 收费通知书 (国办函〔2020〕109号): one method per request (REQ-FEE-2)."""

    METHODS = [(PER_REQUEST, _("Per request (按件)")), (PER_PAGE, _("Per page (按量)"))]
    method = forms.ChoiceField(label=_("Charging method"), choices=METHODS)
    quantity = forms.IntegerField(
        label=_("Quantity"),
        min_value=1,
        max_value=100000,
        help_text=_(
            "Per request: which request of the applicant's this month this is. Per page: the "
            "number of pages."
        ),
    )
    amount = forms.IntegerField(
        label=_("Amount (yuan)"),
        min_value=0,
        required=False,
        help_text=_("Empty: the amount computed from the two scales of 国办函〔2020〕109号."),
    )
    how_to_pay = _text(_("How to pay"), required=False, rows=2)
    delivered_on = _received(_("When known, the notice states the last day for payment."))


class ReasonsLetterForm(forms.Form):
    facts = _text(
        _("The requests that exceed a reasonable range"),
        required=False,
        help_text=_("E.g. how many requests the applicant made, and since when."),
    )
    answer_by = _date(_("Reasons due by"))


class NewDeadlineLetterForm(forms.Form):
    """Set the later deadline of 《条例》第三十五条 (a reviewer's step) and write its notice."""

    day = _date(_("Decided on"), today=True)
    new_due = _date(_("Reply due by"))
    reason = _text(_("Why the usual period cannot be kept"))


LETTER_FORMS: dict[str, type[forms.Form]] = {
    LetterKind.CORRECTION: CorrectionLetterForm,
    LetterKind.CONSULT_THIRD_PARTY: ConsultThirdPartyLetterForm,
    LetterKind.CONSULT_BODY: ConsultBodyLetterForm,
    LetterKind.THIRD_PARTY_DISCLOSURE: ThirdPartyDisclosureLetterForm,
    LetterKind.EXTENSION: ExtensionLetterForm,
    LetterKind.FEE: FeeLetterForm,
    LetterKind.REASONS: ReasonsLetterForm,
    LetterKind.NEW_DEADLINE: NewDeadlineLetterForm,
}


class LetterKindForm(forms.Form):
    kind = forms.ChoiceField(label=_("Letter"), choices=LetterKind.choices)


def _title():
    return forms.CharField(
        label=_("Title"), max_length=100, widget=forms.TextInput(attrs={"size": 36})
    )


class LetterEditForm(forms.Form):
    title = _title()
    body = forms.CharField(label=_("Text"), widget=forms.Textarea(attrs={"rows": 16}))


class LetterIssueForm(forms.Form):
    day = _date(_("Date of the letter"), today=True)


class ProceduralTemplateForm(forms.Form):
    title = _title()
    marker = forms.CharField(
        label=_("Number marker"),
        max_length=10,
        help_text=_("Written after the prefix in the document number, e.g. 补字."),
    )
    body = forms.CharField(label=_("Text"), widget=forms.Textarea(attrs={"rows": 14}))

    def __init__(self, *args, kind: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = kind
        self.initial["body"] = to_fields(self.initial.get("body") or "")

    def clean_body(self):
        try:
            body = from_fields(self.cleaned_data["body"])
            procedural_template_check(self.kind, body)
        except DomainError as exc:
            raise ValidationError(exc.message, code="placeholders") from None
        return body
