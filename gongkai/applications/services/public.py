"""The public online form: submit a request once, with its attachments, durably."""

from collections.abc import Sequence
from datetime import date

from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone

from gongkai.core.db import once_per_submission
from gongkai.orgs.models import Organisation

from ..agency_settings import request_settings_get
from ..models import Application, Attachment
from ..models_settings import ReceiptRule
from ..states import Channel
from ..validators import attachment_check
from .intake import Actor, application_register


def attachment_add(
    *, app: Application, upload: UploadedFile, kind: str = Attachment.Kind.APPLICANT
) -> Attachment:
    """Store one checked file with the request (type by content, size limited)."""
    content_type = attachment_check(upload)
    row = Attachment(
        application=app,
        kind=kind,
        name=upload.name[:200],
        size=upload.size,
        content_type=content_type,
    )
    row.file.save("upload", upload, save=False)
    row.full_clean()
    row.save()
    return row


def application_submit(
    *,
    org: Organisation,
    submission_key: str,
    applicant_name: str,
    id_document: str,
    description: str,
    attachments: Sequence[UploadedFile] = (),
    received_on: date | None = None,
    **details,
) -> tuple[Application, bool]:
    """Register a request from the public online form; return it and whether it is new.

    REQ-RECEIPT-2 (《条例》第三十一条, configurable per agency): by default the receipt date is
    the day the office records its confirmation (application_receipt_confirm); until then the
    clock counts from the day of submission and the tracking page says receipt awaits
    confirmation. An agency may instead take the day of submission (Beijing time) as confirmed.
    The whole request, attachments included, is written in one transaction before the
    applicant is told it was received; the same ``submission_key`` sent again (a double click,
    a reload) returns the first request.
    """

    def create() -> Application:
        submitted = received_on or timezone.localdate()
        rule = request_settings_get(org=org).online_receipt_rule
        app = application_register(
            org=org,
            channel=Channel.ONLINE,
            received_on=submitted,
            receipt_confirmed_on=submitted if rule == ReceiptRule.SUBMISSION else None,
            applicant_name=applicant_name,
            id_document=id_document,
            description=description,
            actor=None,
            submission_key=submission_key,
            **details,
        )
        for upload in attachments:
            attachment_add(app=app, upload=upload)
        return app

    return once_per_submission(Application, submission_key, create)


__all__ = ["Actor", "application_submit", "attachment_add"]
