"""Forms of the publishing pages: they check input; the services enforce the rules."""

from django import forms
from django.utils.translation import gettext_lazy as _

from gongkai.core.forms import DateInput
from gongkai.orgs.models import Organisation
from gongkai.orgs.selectors import org_list_for, visible_org_ids

from .content import MAX_ATTACHMENT_BYTES
from .editor import RichTextWidget
from .models import (
    INTERPRETABLE_KINDS,
    NORMATIVE_KINDS,
    CatalogEntry,
    InformationItem,
    ListType,
    PrivacyRule,
    Theme,
    Validity,
)
from .services.items import EDIT_ROLES, ITEM_FIELDS
from .services.lists import LIST_ROLES


class ThemeChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Theme) -> str:
        return str(obj)


class ItemForm(forms.ModelForm):
    """The working copy of an item; org is chosen on creation only."""

    org = forms.ModelChoiceField(
        queryset=Organisation.objects.none(), label=_("publishing organisation")
    )

    class Meta:
        model = InformationItem
        fields = ["org", *ITEM_FIELDS]
        widgets = {
            "written_on": DateInput(),
            "formed_on": DateInput(),
            "valid_from": DateInput(),
            "valid_until": DateInput(),
            "summary": forms.Textarea(attrs={"rows": 3}),
            "body": RichTextWidget(attrs={"rows": 14}),
            "exempt_reason": forms.Textarea(attrs={"rows": 2}),
        }
        field_classes = {"theme": ThemeChoiceField}
        help_texts = {
            "body": _(
                "Use the toolbar for headings, lists, bold text, links and tables. Images from "
                "other websites are not accepted: attach the image as a file instead."
            )
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        orgs = org_list_for(user=user, roles=EDIT_ROLES)
        self.fields["org"].queryset = orgs
        if self.instance.pk:
            del self.fields["org"]
        elif len(orgs) == 1:
            self.fields["org"].initial = orgs[0].pk
        visible = visible_org_ids(user=user)
        self.fields["formed_on"].required = False
        self.fields["genre"].required = False
        self.fields["genre"].help_text = _(
            "Left empty, the genre the title ends with (……的通知: 通知), else 其他."
        )
        self.fields["catalog_entry"].queryset = CatalogEntry.objects.filter(org__in=visible)
        self.fields["theme"].queryset = Theme.objects.filter(parent__isnull=False).select_related(
            "parent"
        )
        documents = InformationItem.objects.filter(org__in=visible).exclude(pk=self.instance.pk)
        self.fields["interprets"].queryset = documents.filter(kind__in=INTERPRETABLE_KINDS)
        self.fields["amends"].queryset = documents.filter(kind__in=NORMATIVE_KINDS)
        self.fields["repeals"].queryset = documents.filter(kind__in=NORMATIVE_KINDS)

    GROUPS = (
        (_("Document"), ("org", "kind", "catalog_entry", "title", "doc_number", "written_on",
                         "formed_on", "theme", "genre", "keywords", "summary")),
        (_("Body"), ("body",)),
        (_("Disclosure attribute and time limit"), ("attribute", "exempt_ground", "exempt_reason",
                                                    "time_limit_days", "time_limit_basis")),
        (_("Interpretation and normative documents"), ("needs_interpretation", "interprets",
                                                       "valid_from", "valid_until", "amends",
                                                       "repeals")),
    )  # fmt: skip

    def groups(self) -> list[tuple[str, list]]:
        """The fields in labelled groups, for a form that reads like the document."""
        return [
            (legend, [self[name] for name in names if name in self.fields])
            for legend, names in self.GROUPS
        ]

    def _post_clean(self) -> None:
        """Leave model validation to the services, which know the derived fields."""


class AttachmentForm(forms.Form):
    file = forms.FileField(
        label=_("file"),
        help_text=_("PDF, Word (.docx), Excel (.xlsx) or image; at most %(mb)s MB.")
        % {"mb": MAX_ATTACHMENT_BYTES // (1024 * 1024)},
    )


class ReviewForm(forms.Form):
    opinion = forms.CharField(
        label=_("review opinion"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )
    files_checked = forms.BooleanField(
        label=_("I have opened the files in which no text could be read and checked them by eye"),
        required=False,
    )

    def __init__(self, *args, unread: list | None = None, **kwargs):
        """``unread``: the attachments the scan could not read; without any, no checkbox."""
        super().__init__(*args, **kwargs)
        if unread:
            self.fields["files_checked"].help_text = _(
                "Needed for approval: %(files)s. Personal data in them is not found automatically."
            ) % {"files": "、".join(a.name for a in unread)}
        else:
            del self.fields["files_checked"]


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("reason"), max_length=500)


class CatalogEntryForm(forms.Form):
    code = forms.CharField(label=_("entry number"), max_length=32)
    parent = forms.ModelChoiceField(
        queryset=CatalogEntry.objects.none(), required=False, label=_("parent entry")
    )
    name = forms.CharField(label=_("name"), max_length=200)
    subject = forms.CharField(label=_("disclosing body"), max_length=200, required=False)
    content = forms.CharField(
        label=_("disclosure content"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    time_limit = forms.CharField(label=_("disclosure time limit"), max_length=200, required=False)
    channel = forms.CharField(label=_("disclosure channel"), max_length=300, required=False)
    legal_basis = forms.CharField(
        label=_("legal basis"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    effective_from = forms.DateField(label=_("effective from"), widget=DateInput(), required=False)

    def __init__(self, *args, org: Organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = CatalogEntry.objects.filter(org=org)


class ExcelForm(forms.Form):
    file = forms.FileField(label=_("Excel workbook (.xlsx)"))


class ListCreateForm(forms.Form):
    org = forms.ModelChoiceField(queryset=Organisation.objects.none(), label=_("organisation"))
    list_type = forms.ModelChoiceField(queryset=ListType.objects.all(), label=_("list type"))
    title = forms.CharField(label=_("title"), max_length=200)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["org"].queryset = org_list_for(user=user, roles=LIST_ROLES)


class ListVersionForm(ExcelForm):
    note = forms.CharField(label=_("what changed"), max_length=300, required=False)


class FeedbackForm(forms.Form):
    message = forms.CharField(
        label=_("your comment"), widget=forms.Textarea(attrs={"rows": 4}), max_length=2000
    )
    name = forms.CharField(label=_("name (optional)"), max_length=50, required=False)
    contact = forms.CharField(
        label=_("contact (optional, not published)"), max_length=100, required=False
    )


class NormativeFilterForm(forms.Form):
    validity = forms.ChoiceField(
        choices=[("", _("All"))] + list(Validity.choices),
        required=False,
        label=_("validity status"),
    )
    year = forms.IntegerField(required=False, min_value=1949, max_value=2100, label=_("year"))


class PrivacyRuleForm(forms.Form):
    """A heading or label the privacy check should read (coordinators)."""

    category = forms.ChoiceField(label=_("category"), choices=PrivacyRule.Category.choices)
    kind = forms.ChoiceField(
        label=_("personal data"),
        choices=[("", _("None (public line or official)")), *PrivacyRule.Kind.choices],
        required=False,
    )
    word = forms.CharField(label=_("heading or label"), max_length=20)
