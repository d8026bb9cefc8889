"""Forms of disclosure requests; callers import from here."""

from .applicant import ApplicantForm, ApplyForm, IntakeForm
from .case import (
    REPLY_CHOICES,
    AssignForm,
    ConsultationAnswerForm,
    ConsultationSendForm,
    ConversionForm,
    CorrectedForm,
    CorrectionRequestForm,
    DeliveryForm,
    ExtensionForm,
    FeePaidForm,
    LetterReceivedForm,
    ReasonForm,
    ReceiptConfirmForm,
    RemedyDecideForm,
    RemedyForm,
    ReplyForm,
)
from .fees import FeeNoticeForm
from .fields import MultipleFileField
from .imports import RegisterImportForm
from .office import BulkForm, FilterForm, LetterSettingsForm, TemplateForm
from .settings import RequestSettingsForm

__all__ = [
    "REPLY_CHOICES",
    "ApplicantForm",
    "ApplyForm",
    "RegisterImportForm",
    "AssignForm",
    "BulkForm",
    "ConsultationAnswerForm",
    "ConsultationSendForm",
    "ConversionForm",
    "CorrectedForm",
    "CorrectionRequestForm",
    "DeliveryForm",
    "ExtensionForm",
    "FeeNoticeForm",
    "FeePaidForm",
    "LetterReceivedForm",
    "FilterForm",
    "IntakeForm",
    "LetterSettingsForm",
    "MultipleFileField",
    "ReasonForm",
    "ReceiptConfirmForm",
    "RemedyDecideForm",
    "RemedyForm",
    "ReplyForm",
    "RequestSettingsForm",
    "TemplateForm",
]
