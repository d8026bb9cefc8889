"""Check what applicants send: identity numbers by their checksums, attachments by content."""

import re
import zipfile
from datetime import date

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from gongkai.core.idnumbers import CREDIT_CHARS, credit_check_char, id_check_char
from gongkai.core.officezip import OfficeZipRefused, office_zip_check

ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
ATTACHMENT_MAX_COUNT = 5


def id_card_check(number: str) -> str:
    """Return the 18-digit mainland ID number, upper-cased; ValidationError if it is not one.

    GB 11643-1999: 6-digit area code, 8-digit birth date, 3-digit sequence, check character.
    """
    value = number.strip().upper()
    if not re.fullmatch(r"\d{17}[\dX]", value):
        raise ValidationError(
            _("A resident identity card number has 18 characters: 17 digits, then a digit or X."),
            code="id_format",
        )
    try:
        date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        raise ValidationError(
            _("The birth date in this identity card number (digits 7 to 14) is not a real date."),
            code="id_birth_date",
        ) from None
    if id_check_char(value[:17]) != value[17]:
        raise ValidationError(
            _(
                "This identity card number is not valid: its last character does not match the "
                "others. Please check it against the card."
            ),
            code="id_checksum",
        )
    return value


def credit_code_check(code: str) -> str:
    """Return the 18-character unified social credit code; ValidationError if its check fails."""
    value = code.strip().upper()
    if len(value) != 18 or any(c not in CREDIT_CHARS for c in value):
        raise ValidationError(
            _("A unified social credit code has 18 digits and capital letters."),
            code="uscc_format",
        )
    if credit_check_char(value[:17]) != value[17]:
        raise ValidationError(
            _("This unified social credit code is not valid: its check character does not match."),
            code="uscc_checksum",
        )
    return value


#: Signatures of programs and scripts, refused whatever the file is called.
EXECUTABLE_MAGIC = (
    b"MZ",  # Windows PE / DOS
    b"\x7fELF",  # Linux
    b"\xfe\xed\xfa\xce",
    b"\xfe\xed\xfa\xcf",
    b"\xce\xfa\xed\xfe",
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",  # Mach-O, Java class
    b"#!",  # shell and other scripts
)


def _sniff(head: bytes, upload: UploadedFile) -> str | None:
    """Return the content type the file's bytes show, or None if it is not an accepted kind."""
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "application/msword"
    if head.startswith(b"PK\x03\x04"):
        upload.seek(0)
        try:
            office_zip_check(upload, name=upload.name)
        except OfficeZipRefused as exc:
            raise ValidationError(exc.message, code="zip_refused") from exc
        try:
            with zipfile.ZipFile(upload) as archive:
                names = archive.namelist()
        except zipfile.BadZipFile:
            return None
        if "[Content_Types].xml" not in names:
            return None  # a plain ZIP archive could carry anything
        if any(n.startswith("word/") for n in names):
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        if any(n.startswith("xl/") for n in names):
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return None
    if b"\x00" not in head:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start < len(head) - 4:  # a multibyte character cut at the end is fine
                return None
        return "text/plain"
    return None


def attachment_check(upload: UploadedFile) -> str:
    """Return the file's content type, judged by its bytes; ValidationError if it is refused.

    Accepted: PDF, PNG, JPEG, GIF, Word (.doc, .docx), Excel (.xlsx) and plain text, up to
    10 MB. Programs and scripts are refused by their content, whatever their name.
    """
    if upload.size > ATTACHMENT_MAX_BYTES:
        raise ValidationError(
            _("“%(name)s” is larger than %(limit)d MB.")
            % {"name": upload.name, "limit": ATTACHMENT_MAX_BYTES // (1024 * 1024)},
            code="too_large",
        )
    upload.seek(0)
    head = upload.read(2048)
    upload.seek(0)
    if not head:
        raise ValidationError(_("“%(name)s” is empty.") % {"name": upload.name}, code="empty")
    if head.startswith(EXECUTABLE_MAGIC):
        raise ValidationError(
            _("“%(name)s” is a program or script; such files are not accepted.")
            % {"name": upload.name},
            code="executable",
        )
    kind = _sniff(head, upload)
    upload.seek(0)
    if kind is None:
        raise ValidationError(
            _("“%(name)s” is not a PDF, image, Word, Excel or text file; only these are accepted.")
            % {"name": upload.name},
            code="file_type",
        )
    return kind
