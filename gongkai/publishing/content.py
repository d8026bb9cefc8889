"""Check what staff upload: rich-text bodies (no script) and attachments (type by content, size)."""

import io
import re
import zipfile
from pathlib import PurePath

import nh3
from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError
from gongkai.core.officezip import office_zip_check

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024

ALLOWED_TAGS = {
    "p", "br", "div", "span", "strong", "b", "em", "i", "u", "s", "sub", "sup",
    "h2", "h3", "h4", "h5", "ul", "ol", "li", "blockquote", "pre", "hr", "a", "img",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start", "type"},  # a numbered list set to start at 3, or numbered a, b, c
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "*": {"style"},
}

#: Inline styles kept in bodies: typography and table layout. Positioning, z-index and
#: backgrounds are dropped, so a body cannot cover the portal with a forged page.
ALLOWED_STYLES = {
    "text-align", "text-indent", "text-decoration", "font-weight", "font-style", "font-size",
    "font-family", "line-height", "color", "vertical-align", "width", "height", "border",
    "border-collapse", "padding", "margin", "margin-left", "margin-right", "white-space",
}  # fmt: skip

# Script in any form is refused, not silently dropped: staff must see that their text was unsafe.
_SCRIPT = re.compile(
    r"<\s*(script|iframe|object|embed)\b|\son[a-z]+\s*=|javascript\s*:|vbscript\s*:",
    re.IGNORECASE,
)


#: An image loaded from another host: every reader's visit would be reported to that host.
_EXTERNAL_IMAGE = re.compile(r"<\s*img\b[^>]*\bsrc\s*=\s*[\"']?\s*(?:https?:)?//", re.IGNORECASE)


def body_clean(html: str) -> str:
    """Return the body sanitised for publication; refuse script, frames and event handlers,
    and images from other hosts (no tracking of readers by third parties)."""
    if _EXTERNAL_IMAGE.search(html or ""):
        raise DomainError(
            _("The body shows an image from another website, which would tell that website who "
              "reads the page. Attach the image as a file instead."),
            code="external_image",
            field="body",
        )  # fmt: skip
    if _SCRIPT.search(html or ""):
        raise DomainError(
            _("The body contains script or event handlers, which may not be published. "
              "Remove them and save again."),
            code="script_in_body",
            field="body",
        )  # fmt: skip
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        filter_style_properties=ALLOWED_STYLES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer",
    ).strip()


def _zip_has(data: bytes, member: str) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return member in archive.namelist()
    except zipfile.BadZipFile:
        return False


# suffix → (file type, check of the first bytes or the archive)
_SIGNATURES = {
    ".pdf": ("pdf", lambda d: d.startswith(b"%PDF-")),
    ".docx": ("docx", lambda d: d.startswith(b"PK\x03\x04") and _zip_has(d, "word/document.xml")),
    ".xlsx": ("xlsx", lambda d: d.startswith(b"PK\x03\x04") and _zip_has(d, "xl/workbook.xml")),
    ".png": ("png", lambda d: d.startswith(b"\x89PNG\r\n\x1a\n")),
    ".jpg": ("jpg", lambda d: d.startswith(b"\xff\xd8\xff")),
    ".jpeg": ("jpg", lambda d: d.startswith(b"\xff\xd8\xff")),
    ".gif": ("gif", lambda d: d[:6] in (b"GIF87a", b"GIF89a")),
    # scanners save TIFF: read by text recognition, masked frame by frame (privacy/ocr.py)
    ".tif": ("tif", lambda d: d[:4] in (b"II*\x00", b"MM\x00*")),
    ".tiff": ("tif", lambda d: d[:4] in (b"II*\x00", b"MM\x00*")),
}

#: File types whose text is scanned for personal data before review.
TEXT_TYPES = {"pdf", "docx", "xlsx"}


def attachment_check(*, name: str, data: bytes) -> str:
    """Return the file type of an upload whose content matches its extension; refuse others."""
    suffix = PurePath(name).suffix.lower()
    if suffix not in _SIGNATURES:
        raise DomainError(
            _("“%(name)s”: only PDF, Word (.docx), Excel (.xlsx) and image files may be attached.")
            % {"name": name},
            code="attachment_type",
        )
    if not data:
        raise DomainError(_("“%(name)s” is empty.") % {"name": name}, code="attachment_empty")
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise DomainError(
            _("“%(name)s” is larger than %(mb)s MB.")
            % {"name": name, "mb": MAX_ATTACHMENT_BYTES // (1024 * 1024)},
            code="attachment_size",
        )
    file_type, matches = _SIGNATURES[suffix]
    if file_type in ("docx", "xlsx"):
        office_zip_check(data, name=name)
    if not matches(data):
        raise DomainError(
            _("The content of “%(name)s” is not a %(suffix)s file. Save it in the right format "
              "and upload it again.") % {"name": name, "suffix": suffix},
            code="attachment_content",
        )  # fmt: skip
    return file_type
