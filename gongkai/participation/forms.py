"""Forms of the participation app: the public comment and message forms, the staff forms."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from gongkai.core.forms import DateInput, OnceForm
from gongkai.orgs.fields import OrgChoiceField
from gongkai.orgs.models import Organisation
from gongkai.publishing.editor import RichTextWidget

from .states import Decision

PHONE = RegexValidator(
    r"^[0-9+\-() ]{7,20}$",
    _("Enter a phone number of digits, e.g. 13800000000 or 0871-12345678."),
    code="phone",
)


class CommentForm(OnceForm):
    """A comment on a consultation: only the comment itself is required."""

    content = forms.CharField(
        label=_("Your comment"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
        error_messages={
            "required": _("Write your comment."),
            "max_length": _("Keep the comment within %(limit_value)d characters."),
        },
    )
    name = forms.CharField(label=_("Name (optional)"), max_length=50, required=False)
    contact = forms.CharField(
        label=_("Phone or e-mail (optional)"),
        max_length=100,
        required=False,
        help_text=_("Only for us to ask about your comment; never published."),
    )

    field_order = ["content", "name", "contact"]


class MessageForm(OnceForm):
    """A message to an organisation (留言信箱)."""

    org = OrgChoiceField(
        label=_("Organisation you write to"),
        queryset=Organisation.objects.none(),
        empty_label=_("— choose —"),
        error_messages={"required": _("Choose the organisation you write to.")},
    )
    subject = forms.CharField(
        label=_("Subject"),
        max_length=100,
        error_messages={
            "required": _("Write a subject."),
            "max_length": _("Keep the subject within %(limit_value)d characters."),
        },
    )
    content = forms.CharField(
        label=_("Message"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
        error_messages={
            "required": _("Write your message."),
            "max_length": _("Keep the message within %(limit_value)d characters."),
        },
    )
    name = forms.CharField(
        label=_("Your name"),
        max_length=50,
        error_messages={"required": _("Give your name.")},
    )
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False, validators=[PHONE])
    email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        error_messages={"invalid": _("Enter a valid e-mail address.")},
    )
    consent_publish = forms.BooleanField(
        label=_(
            "I agree that my message and its reply may be published, without my name or contact"
        ),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["org"].queryset = Organisation.objects.filter(is_active=True).exclude(
            kind=Organisation.Kind.UNIT
        )

    def clean(self):
        data = super().clean()
        if (
            not data.get("phone", "").strip()
            and not data.get("email")
            and not (self.has_error("phone") or self.has_error("email"))
        ):
            self.add_error(
                "phone",
                ValidationError(
                    _("Give a phone number or an e-mail address so we can reach you."),
                    code="contact_missing",
                ),
            )
        return data


class ConsultationForm(forms.Form):
    """Staff write a consultation; the draft text is HTML, sanitised when it is saved."""

    org = forms.ModelChoiceField(label=_("Organisation"), queryset=Organisation.objects.none())
    title = forms.CharField(label=_("Title"), max_length=200)
    draft = forms.CharField(
        label=_("Draft text"),
        widget=RichTextWidget(attrs={"rows": 12}),
        help_text=_(
            "Use the toolbar for headings, lists, bold text, links and tables. Images from "
            "other websites are not accepted."
        ),
    )
    basis = forms.CharField(
        label=_("Explanatory notes (起草说明)"), widget=forms.Textarea(attrs={"rows": 5})
    )
    feedback_method = forms.CharField(
        label=_("How to give feedback"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Besides the online form: postal address, e-mail, fax."),
    )
    starts_on = forms.DateField(label=_("Comments from"), widget=DateInput())
    ends_on = forms.DateField(label=_("Comments until"), widget=DateInput())

    def __init__(self, *args, orgs=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["org"].queryset = orgs if orgs is not None else Organisation.objects.none()

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts_on"), data.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error(
                "ends_on",
                ValidationError(
                    _("The comment period cannot end before it starts."), code="period"
                ),
            )
        return data


class OutcomeForm(forms.Form):
    summary = forms.CharField(
        label=_("Summary of the outcome"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text=_("How the comments were considered and what changed in the decision."),
    )


class OpinionForm(forms.Form):
    """One group of opinions in the outcome; an empty row is ignored."""

    summary = forms.CharField(
        label=_("Opinions (summarised)"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    decision = forms.ChoiceField(
        label=_("Adoption"), choices=[("", _("— choose —")), *Decision.choices], required=False
    )
    reason = forms.CharField(
        label=_("Reason for not adopting"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        help_text=_("Required for opinions not or only partly adopted."),
    )


OpinionFormSet = forms.formset_factory(OpinionForm, extra=5)


class ReplyForm(forms.Form):
    reply = forms.CharField(
        label=_("Reply"),
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Write the reply.")},
    )


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Note (optional)"), max_length=500, required=False)


class PublicationTextsForm(forms.Form):
    """The texts of a message proposed for publication; staff may correct them (never the
    writer's name or contact, which are not published)."""

    subject = forms.CharField(label=_("Subject as published"), max_length=100)
    content = forms.CharField(
        label=_("Message as published"), widget=forms.Textarea(attrs={"rows": 5})
    )
    reply = forms.CharField(label=_("Reply as published"), widget=forms.Textarea(attrs={"rows": 5}))
