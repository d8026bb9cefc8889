"""An agency's settings for disclosure requests: the values the rules call configurable."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from gongkai.core.models import BaseModel

from .states import ReportRow


class ReceiptRule(models.TextChoices):
    """Which day is the receipt date of Gongkai's own online form (REQ-RECEIPT-2)."""

    CONFIRMATION = "confirmation", _("The day the office records its confirmation")
    SUBMISSION = "submission", _("The day the form is submitted")


class RemedyWording(models.TextChoices):
    """The two remedy paragraphs of REQ-REMEDY-3 (《行政复议法》 (2023) 第二十三条)."""

    A = "A", _("Reconsideration first, then a lawsuit (复议前置)")
    B = "B", _("Reconsideration or a lawsuit, at the applicant's choice")


class PageBasis(models.TextChoices):
    """The page size one page of the per-page fee is counted in (REQ-FEE-4)."""

    A4 = "A4", _("A4 sheet")
    A3 = "A3", _("A3 sheet")


#: The headings of table 三's grouped rows, to name a numbered row in full in a select list.
ROW_GROUPS = {
    "3": "（三）不予公开",
    "4": "（四）无法提供",
    "5": "（五）不予处理",
    "6": "（六）其他处理",
}
#: Rows an agency may choose for the reply types whose row is configurable (REQ-REPLY-1).
ROW_CHOICES = [
    (row.value, f"{ROW_GROUPS[row.value[0]]} {row.label}" if "-" in row.value else row.label)
    for row in ReportRow
]


def _row_field(verbose_name, default: str, help_text):
    return models.CharField(
        verbose_name, max_length=8, choices=ROW_CHOICES, default=default, help_text=help_text
    )


class RequestSettings(BaseModel):
    """One agency's values for the rules marked configurable; defaults as in the rules.

    Read through ``agency_settings.request_settings_get``, which returns these defaults
    (unsaved) when the agency never saved its own; saved only by ``request_settings_save``,
    which audits every change.
    """

    org = models.OneToOneField(
        "orgs.Organisation",
        models.CASCADE,
        related_name="request_settings",
        verbose_name=_("organisation"),
    )
    # REQ-RECEIPT-2, 《条例》第三十一条
    online_receipt_rule = models.CharField(
        _("receipt date of the online form"),
        max_length=16,
        choices=ReceiptRule,
        default=ReceiptRule.CONFIRMATION,
        help_text=_(
            "Requests sent through the internet count as received on the day both sides "
            "confirm receipt (《中华人民共和国政府信息公开条例》第三十一条)."
        ),
    )
    # REQ-CORR-2, 《条例》第三十条
    correction_days = models.PositiveSmallIntegerField(
        _("correction period in working days"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text=_(
            "Left empty, the handler sets a reasonable correction deadline in each notice; "
            "filled in, the deadline is this many working days after the notice is sent "
            "(《中华人民共和国政府信息公开条例》第三十条)."
        ),
    )
    # REQ-FEE-5, 国办函〔2020〕109号
    fee_pauses_clock = models.BooleanField(
        _("the fee notice pauses the reply period"),
        default=True,
        help_text=_(
            "From the fee notice to payment the reply period does not run "
            "(《政府信息公开信息处理费管理办法》，国办函〔2020〕109号)."
        ),
    )
    fee_payment_days = models.PositiveSmallIntegerField(
        _("payment period in working days"),
        default=20,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text=_(
            "Counted from the day after the applicant receives the fee notice; unpaid by then, "
            "the request is not processed further "
            "(《政府信息公开信息处理费管理办法》，国办函〔2020〕109号)."
        ),
    )
    # REQ-FEE-3, 109号 第四条
    fee_band_size = models.PositiveSmallIntegerField(
        _("requests per band from the 31st"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_(
            "From an applicant's 31st request in a natural month, fees rise in bands of this "
            "many requests (《政府信息公开信息处理费管理办法》第四条)."
        ),
    )
    fee_band_step = models.PositiveIntegerField(
        _("increase per band, in yuan per request"),
        default=100,
        validators=[MinValueValidator(1), MaxValueValidator(10000)],
        help_text=_(
            "Each band costs this much more per request than the one before; requests 11 to 30 "
            "cost 100 yuan each (《政府信息公开信息处理费管理办法》第四条)."
        ),
    )
    # REQ-FEE-4, 109号 第五条
    page_basis = models.CharField(
        _("page basis of the per-page fee"),
        max_length=4,
        choices=PageBasis,
        default=PageBasis.A4,
        help_text=_(
            "Pages of other sizes are converted to this size before the per-page fee is "
            "counted (《政府信息公开信息处理费管理办法》第五条)."
        ),
    )
    # REQ-CONVERT-1, 《条例》第四十四条第一款
    conversion_min_applicants = models.PositiveSmallIntegerField(
        _("different applicants before proactive disclosure is suggested"),
        default=2,
        validators=[MinValueValidator(2), MaxValueValidator(100)],
        help_text=_(
            "When this many different applicants ask for the same disclosable information, it "
            "is offered for proactive disclosure "
            "(《中华人民共和国政府信息公开条例》第四十四条第一款)."
        ),
    )
    # REQ-REPLY-1, AR-T3: the rows marked configurable
    row_published = _row_field(
        _("annual-report row of “already disclosed proactively”"),
        ReportRow.DISCLOSED,
        _(
            "Replies under 《中华人民共和国政府信息公开条例》第三十六条第（一）项, counted in "
            "table 三 of the annual report (国办公开办函〔2021〕30号)."
        ),
    )
    row_special_statute = _row_field(
        _("annual-report row of “governed by special access rules”"),
        ReportRow.QUERY,
        _(
            "Replies under 《中华人民共和国政府信息公开条例》第三十六条第（七）项, counted in "
            "table 三 of the annual report (国办公开办函〔2021〕30号)."
        ),
    )
    row_not_ours = _row_field(
        _("annual-report row of “not held by this body”"),
        ReportRow.NOT_HELD,
        _(
            "Replies under 《中华人民共和国政府信息公开条例》第三十六条第（五）项, counted in "
            "table 三 of the annual report (国办公开办函〔2021〕30号)."
        ),
    )
    row_correct_record = _row_field(
        _("annual-report row of “correction of a record”"),
        ReportRow.OTHER,
        _(
            "Requests under 《中华人民共和国政府信息公开条例》第四十一条, counted in table 三 of "
            "the annual report (国办公开办函〔2021〕30号)."
        ),
    )
    # REQ-REMEDY-3, 《行政复议法》 (2023) 第二十三条
    partial_remedy_wording = models.CharField(
        _("remedy paragraph of partial disclosures"),
        max_length=1,
        choices=RemedyWording,
        default=RemedyWording.A,
        help_text=_(
            "A refusal to disclose must go to reconsideration before a lawsuit "
            "(《中华人民共和国行政复议法》第二十三条); whether a partial disclosure is such a "
            "refusal is for the agency to decide (《中华人民共和国政府信息公开条例》第三十七条)."
        ),
    )
    # REQ-REVIEW-1, 《条例》第十八条
    review_interval_months = models.PositiveSmallIntegerField(
        _("re-review of withheld information, every … months"),
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text=_(
            "Information not disclosed is reviewed again at this interval and disclosed once "
            "it may be (《中华人民共和国政府信息公开条例》第十八条)."
        ),
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("last edited by"),
    )

    class Meta:
        verbose_name = _("request settings")
        verbose_name_plural = _("request settings")

    def __str__(self) -> str:
        return str(self.org)


#: The fields an agency edits, in the order of the edit page.
SETTING_FIELDS = (
    "online_receipt_rule",
    "correction_days",
    "fee_pauses_clock",
    "fee_payment_days",
    "fee_band_size",
    "fee_band_step",
    "page_basis",
    "conversion_min_applicants",
    "row_published",
    "row_special_statute",
    "row_not_ours",
    "row_correct_record",
    "partial_remedy_wording",
    "review_interval_months",
)
