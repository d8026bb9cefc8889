"""The fee notice form: the handler chooses the method, the fee is computed (109号)."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from gongkai.core.errors import DomainError
from gongkai.core.forms import DateInput, add_domain_error

from ..agency_settings import request_settings_get
from ..fee_selectors import fee_per_request_assess
from ..fees import FeeMethod
from ..services.fees import fee_assess


class FeeNoticeForm(forms.Form):
    """A 收费通知书: one method per request, never both (REQ-FEE-2, 109号 第三条).

    Given the request (``app``), the form proposes the per-request fee with its basis: which
    request of the applicant this is in the month, counted from the records (REQ-FEE-3). The
    handler chooses the method; per page, the handler gives the pages (REQ-FEE-4). The amount
    is never typed: the service computes it again when the notice is sent.
    """

    day = forms.DateField(
        label=gettext_lazy("Fee notice sent on"), initial=timezone.localdate, widget=DateInput()
    )
    method = forms.ChoiceField(
        label=gettext_lazy("Charging method"), choices=FeeMethod.choices, widget=forms.RadioSelect
    )
    pages = forms.IntegerField(
        label=gettext_lazy("Number of pages"),
        min_value=1,
        required=False,
        help_text=gettext_lazy(
            "Per page only. Pages 1–30 free; 31–100: 10 yuan a page; 101–200: 20 yuan a page; "
            "from 201: 40 yuan a page (《政府信息公开信息处理费管理办法》第五条)."
        ),
    )
    note = forms.CharField(label=gettext_lazy("How to pay"), max_length=1000, required=False)
    delivered_on = forms.DateField(
        label=gettext_lazy("Received by the applicant on"), required=False, widget=DateInput()
    )

    def __init__(self, *args, app=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.app = app
        self.proposal = fee_per_request_assess(app=app) if app is not None else None
        if self.proposal is not None:
            self.fields["method"].help_text = _(
                "Proposed per request: %(basis)s, so %(amount)d yuan. Per page: the fee follows "
                "from the pages."
            ) % {"basis": self.proposal.basis, "amount": self.proposal.amount}
            size = request_settings_get(org=app.org).get_page_basis_display()
            self.fields["pages"].label = _("Pages, counted in %(size)s") % {"size": size}

    def clean(self):
        data = super().clean()
        method, pages = data.get("method"), data.get("pages")
        if method == FeeMethod.PER_PAGE and not pages and "pages" not in self.errors:
            self.add_error("pages", _("Give the number of pages."))
        if method == FeeMethod.PER_REQUEST and pages:
            self.add_error(
                "pages", _("Charge per request or per page, not both: leave the pages empty.")
            )
        if self.app is None or not method or self.errors:
            return data
        try:
            assessment = fee_assess(app=self.app, method=method, pages=pages)
        except DomainError as exc:
            add_domain_error(self, exc)
            return data
        if assessment.is_free:
            self.add_error(
                "pages" if method == FeeMethod.PER_PAGE else "method",
                _("%(basis)s: within the free allowance, no fee may be charged.")
                % {"basis": assessment.basis},
            )
        return data
