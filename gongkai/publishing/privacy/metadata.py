"""Remove what a published file says about its makers: photo EXIF/XMP/IPTC, document authors.

A photo from a phone carries where it was taken (GPS), the camera's serial number and often its
owner's name; a Word, Excel or PDF file carries who wrote and last saved it. None of that is the
information being disclosed, and it is personal data (《个人信息保护法》第四条), so every file
the public downloads is a clean copy (PUB-SECRET-1: personal privacy is de-identified before
publication, 《条例》第十五条).

- Images are decoded and written again: EXIF, XMP, IPTC, comments and PNG text chunks are left
  behind; the EXIF orientation is applied to the pixels first, so the picture still stands as
  the camera showed it; resolution, colour profile, transparency and animation timing are kept.
- .docx and .xlsx: the author (dc:creator) and last-modified-by properties are emptied in
  docProps/core.xml; a Word file's comments are removed and its tracked changes accepted
  (wordreview.py); every other part of the package is copied byte for byte (re-saving with
  openpyxl would drop charts and pictures).
- PDF: the document information dictionary (/Info) and the XMP stream are removed with pypdf,
  and so are the EXIF, XMP and IPTC of the pictures inside (pdfimages.py); pages are copied as
  they are.
"""

from __future__ import annotations

import io
import posixpath
import zipfile

from gongkai.core.officezip import OfficeZipRefused, office_zip_check

from . import wordreview
from .findings import PrivacyError
from .pdfimages import clean_images

#: Image information that is about the picture, not its maker: kept when written again.
_KEPT_INFO = ("transparency", "duration", "loop", "background", "disposal", "compression")
_FORMAT_OPTIONS = {"JPEG": {"quality": 95}, "PNG": {}, "GIF": {}, "TIFF": {}}

#: EXIF Orientation tag (0x0112) value → the transpose that makes the picture upright.
_ORIENTATION_TAG = 0x0112


def _transposes():
    from PIL import Image

    t = Image.Transpose
    return {
        2: t.FLIP_LEFT_RIGHT,
        3: t.ROTATE_180,
        4: t.FLIP_TOP_BOTTOM,
        5: t.TRANSPOSE,
        6: t.ROTATE_270,
        7: t.TRANSVERSE,
        8: t.ROTATE_90,
    }


def image_orientation(image) -> int:
    """The EXIF orientation of an opened image (1, upright, when it has none)."""
    try:
        return int(image.getexif().get(_ORIENTATION_TAG, 1) or 1)
    except (TypeError, ValueError, SyntaxError):  # broken EXIF: leave the picture as it is
        return 1


def clean_frame(frame, *, orientation: int = 1):
    """A copy of one frame, upright, with nothing left of its metadata but what draws it."""
    method = _transposes().get(orientation)
    clean = frame.transpose(method) if method is not None else frame.copy()
    clean.info = {key: frame.info[key] for key in _KEPT_INFO if key in frame.info}
    return clean


def save_clean(frames: list, *, kind: str, source_info: dict) -> bytes:
    """Write frames made by clean_frame in format ``kind``, with resolution and colour profile."""
    options = dict(_FORMAT_OPTIONS.get(kind, {}))
    for key in ("dpi", "icc_profile"):
        if source_info.get(key):
            options[key] = source_info[key]
    if kind == "GIF":
        options.update({k: source_info[k] for k in ("duration", "loop") if k in source_info})
    if len(frames) > 1:
        options.update(save_all=True, append_images=frames[1:])
    out = io.BytesIO()
    frames[0].save(out, format=kind, **options)
    return out.getvalue()


def strip_image(data: bytes) -> bytes:
    """The image written again without EXIF, XMP, IPTC or text chunks, orientation applied."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            kind, info = image.format, dict(image.info)
            orientation = image_orientation(image)
            frames = [
                clean_frame(frame, orientation=orientation)
                for frame in ImageSequence.Iterator(image)
            ]
    except (UnidentifiedImageError, OSError) as exc:
        raise PrivacyError("无法读取该图片，文件可能已损坏。") from exc
    return save_clean(frames, kind=kind, source_info=info)


_CORE = "docProps/core.xml"
_PERSON_PROPERTIES = (
    "{http://purl.org/dc/elements/1.1/}creator",
    "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}lastModifiedBy",
)


def _clean_core(xml: bytes) -> bytes:
    from lxml import etree  # python-docx's own XML library: keeps the namespace prefixes

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(xml, parser)  # noqa: S320 - entities and network off
    for element in list(root):
        if element.tag in _PERSON_PROPERTIES:
            root.remove(element)
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True, standalone=True)


def strip_office(data: bytes) -> bytes:
    """The .docx or .xlsx package with its author and last-modified-by properties removed, and
    a Word file's comments and tracked changes (wordreview.py)."""
    from lxml.etree import XMLSyntaxError

    try:
        office_zip_check(data)
    except OfficeZipRefused as exc:
        raise PrivacyError(exc.message) from exc
    out = io.BytesIO()
    try:
        with (
            zipfile.ZipFile(io.BytesIO(data)) as source,
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
        ):
            for member in source.infolist():
                name = member.filename
                if wordreview.dropped(name):
                    continue
                content = source.read(member)
                if name == _CORE:
                    content = _clean_core(content)
                elif wordreview.is_story(name):
                    content = wordreview.clean_story(content)
                elif name == "[Content_Types].xml":
                    content = wordreview.clean_content_types(content)
                elif name.endswith(".rels"):
                    part_dir = posixpath.dirname(posixpath.dirname(name))
                    content = wordreview.clean_relationships(content, part_dir)
                target.writestr(member, content)
    except (zipfile.BadZipFile, XMLSyntaxError) as exc:
        raise PrivacyError("无法读取该文件，文件可能已损坏。") from exc
    return out.getvalue()


def strip_pdf(data: bytes) -> bytes:
    """The PDF with its document information (/Info: author, creator …) and XMP removed."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        writer = PdfWriter(clone_from=reader)
        writer.metadata = None
        if "/Metadata" in writer.root_object:
            del writer.root_object["/Metadata"]
        clean_images(writer)
        # the copied document still holds the removed objects: leave them out of the file
        writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
        out = io.BytesIO()
        writer.write(out)
    except (PyPdfError, ValueError, KeyError, NotImplementedError) as exc:
        raise PrivacyError(
            "无法清除该 PDF 文件的作者等属性（文件可能已加密或已损坏），"
            "请另存为未加密的 PDF 后重新上传。"
        ) from exc
    return out.getvalue()


_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff")


def strip_metadata(data: bytes, suffix: str) -> bytes:
    """The file as the public downloads it, without metadata about its makers.

    Plain text, CSV and HTML carry no such properties and are returned unchanged."""
    suffix = suffix.lower()
    if suffix in _IMAGE_SUFFIXES:
        return strip_image(data)
    if suffix in (".docx", ".xlsx"):
        return strip_office(data)
    if suffix == ".pdf":
        return strip_pdf(data)
    return data
