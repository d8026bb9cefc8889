"""Forms of website monitoring: a site to watch, a column to watch."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Column, NewMediaAccount, ScoreItem, Site, VetoRule


def _url_field(db_field, **kwargs):
    if db_field.name in ("base_url", "url"):
        return forms.URLField(
            label=db_field.verbose_name,
            max_length=db_field.max_length,
            assume_scheme="https",
            required=not db_field.blank,
        )
    return db_field.formfield(**kwargs)


class SiteForm(forms.ModelForm):
    class Meta:
        model = Site
        formfield_callback = _url_field
        fields = [
            "name",
            "base_url",
            "org",
            "no_external_service",
            "portal",
            "max_pages",
            "max_depth",
            "active",
        ]

    def __init__(self, *args, orgs=None, **kwargs):
        super().__init__(*args, **kwargs)
        if orgs is not None:
            self.fields["org"].queryset = orgs


class ColumnForm(forms.ModelForm):
    class Meta:
        model = Column
        formfield_callback = _url_field
        fields = ["title", "url", "kind", "threshold_days"]


class ManualVetoForm(forms.Form):
    item = forms.ChoiceField(label=_("Veto item"))
    url = forms.URLField(label=_("Page address"), required=False, max_length=1000,
                         assume_scheme="https")  # fmt: skip
    note = forms.CharField(label=_("What was found"), widget=forms.Textarea(attrs={"rows": 3}),
                           max_length=1000)  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["item"].choices = [
            (r.item, r.get_item_display())
            for r in VetoRule.objects.filter(manual=True, enabled=True)
        ]


class ScoreItemForm(forms.ModelForm):
    class Meta:
        model = ScoreItem
        fields = ["points", "per_finding"]


class VetoRuleForm(forms.ModelForm):
    class Meta:
        model = VetoRule
        fields = ["enabled", "limit", "window_days"]


class BonusItemForm(forms.Form):
    """A bonus item of the 19号 annex (MON-SCORE-1 part 3), added by the office."""

    group = forms.CharField(label=_("First-level indicator"), max_length=40)
    name = forms.CharField(label=_("Second-level indicator"), max_length=60)
    points = forms.DecimalField(
        label=_("Points"), max_digits=5, decimal_places=1, min_value=0, max_value=30
    )


ScoreItemFormSet = forms.modelformset_factory(ScoreItem, form=ScoreItemForm, extra=0)
VetoRuleFormSet = forms.modelformset_factory(VetoRule, form=VetoRuleForm, extra=0)


class AccountForm(forms.ModelForm):
    """A 政务新媒体 account and its latest post date (MON-NEWMEDIA-1)."""

    class Meta:
        model = NewMediaAccount
        fields = ["org", "platform", "name", "latest_post", "threshold_days", "interaction_ok",
                  "active"]  # fmt: skip
        widgets = {"latest_post": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, orgs=None, **kwargs):
        super().__init__(*args, **kwargs)
        if orgs is not None:
            self.fields["org"].queryset = orgs


class AccountImportForm(forms.Form):
    file = forms.FileField(
        label=_("Table of accounts (CSV)"),
        help_text=_("One account a line: organisation, platform, account name, latest post date "
                    "(such as 2026-11-30)."),
    )  # fmt: skip
