"""Text recognition of attached images and scans, and the reviewer's check of unreadable files.

Recognition runs as a background job, not in the upload request: Tesseract takes a few seconds
for one page and minutes for a long scan. The job is queued once the upload is saved; the item
page shows 识别中 until it has finished, and the item cannot be submitted meanwhile. Where the
scan reads no text (a photo, a blank or failed scan), approval needs the reviewer's explicit
confirmation that they checked the file by eye (PUB-SECRET-1: personal privacy is de-identified
before publication, 《条例》第十五条、第十七条).
"""

import logging

from django.db import transaction
from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError

from ..models import Attachment, InformationItem, Recognition
from ..privacy import PrivacyError
from ..privacy.files import recognise_file
from ..privacy.ocr import Recognised
from ..privacy.pdfpages import pages_without_text, pdf_page_texts

logger = logging.getLogger(__name__)

#: Attachment types whose text may have to be recognised (images, and PDFs without text).
RECOGNISED_TYPES = {"png", "jpg", "gif", "tif", "pdf"}


def _pdf_has_scanned_pages(data: bytes) -> bool:
    """Whether any page of a PDF lacks a text layer: a scan, or scanned pages in a PDF whose
    other pages have text (each page is looked at, not only the first)."""
    try:
        return bool(pages_without_text(pdf_page_texts(data)))
    except PrivacyError:  # broken files are reported by the scan itself
        return False


def attachment_recognition_queue(*, attachment: Attachment, data: bytes) -> bool:
    """Mark an image or a PDF with pages without text for recognition and queue the job to run
    once the upload is saved. Return whether it was queued."""
    if attachment.file_type not in RECOGNISED_TYPES:
        return False
    if attachment.file_type == "pdf" and not _pdf_has_scanned_pages(data):
        return False
    Attachment.objects.filter(pk=attachment.pk).update(ocr_status=Recognition.PENDING)
    attachment.ocr_status = Recognition.PENDING
    from ..tasks import recognise_attachment

    transaction.on_commit(lambda: recognise_attachment(attachment.pk))
    return True


def attachment_recognise(*, attachment_id: int) -> str:
    """Recognise the text of one attachment waiting for it; store the text and word boxes.

    Return the new status. An attachment removed meanwhile, or already done, is left alone.
    """
    attachment = Attachment.objects.filter(pk=attachment_id, ocr_status=Recognition.PENDING).first()
    if attachment is None:
        return ""
    changes = {"ocr_text": "", "ocr_boxes": [], "ocr_pages": [], "ocr_error": ""}
    try:
        with attachment.file.open("rb") as handle:
            data = handle.read()
        recognised = recognise_file(data, attachment.name)
    except PrivacyError as exc:  # OcrError too: program missing, time limit, broken file
        changes.update(ocr_status=Recognition.FAILED, ocr_error=str(exc)[:300])
    except Exception:
        logger.exception("Text recognition of attachment %s failed", attachment_id)
        changes.update(
            ocr_status=Recognition.FAILED,
            ocr_error=_("The file could not be read for text recognition; it may be damaged."),
        )
    else:
        if recognised is None:  # every page of the PDF has text after all
            changes["ocr_status"] = Recognition.NONE
        elif recognised.has_text:
            changes.update(
                ocr_status=Recognition.DONE,
                ocr_text=recognised.text,
                ocr_boxes=recognised.boxes(),
                ocr_pages=recognised.scanned,
            )
        else:
            changes["ocr_status"] = Recognition.EMPTY
    Attachment.objects.filter(pk=attachment_id, ocr_status=Recognition.PENDING).update(**changes)
    return changes["ocr_status"]


def recognition_pending_check(*, item: InformationItem) -> None:
    """Refuse to submit while the text of an attachment is still being recognised."""
    names = [a.name for a in item.attachments.all() if a.ocr_status == Recognition.PENDING]
    if names:
        raise DomainError(
            _(
                "The text of “%(files)s” is still being recognised. Submit the item once "
                "recognition has finished, so that the review sees what the file contains."
            )
            % {"files": "、".join(names)},
            code="recognition_pending",
        )


def recognised_text(attachment: Attachment) -> tuple[str, str]:
    """The recognised text of an attachment to scan, and the note the reviewer reads with it
    (empty when text was read)."""
    status = attachment.ocr_status
    if status == Recognition.DONE and attachment.ocr_pages:
        # a PDF with typed and scanned pages: the reviewer checks the scanned ones by eye
        pages = "、".join(str(page) for page in attachment.ocr_pages)
        return attachment.ocr_text, _(
            "Pages %(pages)s of this PDF are scanned images: their text was recognised and "
            "scanned, but recognition may miss handwriting or stamps. Check these pages by eye."
        ) % {"pages": pages}
    if status == Recognition.DONE:
        return attachment.ocr_text, ""
    if status == Recognition.EMPTY:
        return "", _("No text could be recognised in this file: check it by eye.")
    if status == Recognition.FAILED:
        return "", _("Text recognition failed (%(reason)s): check the file by eye.") % {
            "reason": attachment.ocr_error.rstrip("。.")
        }
    return "", _("The text of this file has not been recognised yet: check it by eye.")


def recognised_words(attachment: Attachment) -> Recognised | None:
    """The stored recognition of an attachment, for blacking out findings in the picture."""
    if attachment.ocr_status != Recognition.DONE:
        return None
    return Recognised.from_stored(
        attachment.ocr_text, attachment.ocr_boxes, scanned=attachment.ocr_pages
    )


def files_unread(*, item: InformationItem) -> list[Attachment]:
    """Attachments the privacy scan could not read: no text recognised, recognition failed,
    or a file the scanner could not open. Approval needs the reviewer's check by eye."""
    unread_statuses = {Recognition.PENDING, Recognition.EMPTY, Recognition.FAILED}
    return [a for a in item.attachments.all() if a.scan_note or a.ocr_status in unread_statuses]


def files_checked_require(*, item: InformationItem, files_checked: bool) -> bool:
    """Refuse approval of an item with unreadable files unless the reviewer confirmed checking
    them by eye (PUB-SECRET-1). Return whether the confirmation was needed."""
    unread = files_unread(item=item)
    if unread and not files_checked:
        raise DomainError(
            _(
                "No text could be read in “%(files)s”, so the privacy scan could not check it. "
                "Open the file, check it by eye, and confirm this before approving."
            )
            % {"files": "、".join(a.name for a in unread)},
            code="files_unchecked",
            field="files_checked",
        )
    return bool(unread)
