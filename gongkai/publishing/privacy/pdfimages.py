"""What pictures inside a PDF say about their makers: the EXIF, XMP and IPTC a photo brought in.

A scanned form or a photo placed into a Word file and saved as PDF keeps its JPEG bytes as
they were (DCTDecode streams), GPS position, camera serial number and owner included, and an
image may carry its own XMP stream (/Metadata). The published copy keeps the pixels and drops
the rest, without decoding and encoding the picture again (no loss of quality).
"""

from __future__ import annotations

from collections.abc import Iterator

#: JPEG markers kept before the image data: APP0 (JFIF), APP2 (colour profile), APP14 (Adobe
#: colour transform, needed to draw CMYK and YCCK pictures right), tables and frame headers.
#: APP1 (EXIF, XMP), APP13 (Photoshop IPTC), the other APPn and comments (COM) are dropped.
_KEPT_APP = {0xE0, 0xE2, 0xEE}
_SOS, _EOI = 0xDA, 0xD9


def strip_jpeg_segments(data: bytes) -> bytes:
    """The JPEG with its EXIF, XMP, IPTC and comment segments left out, image data as it was.

    Anything that is not a well-formed JPEG header is returned unchanged."""
    if data[:2] != b"\xff\xd8":
        return data
    out, pos = bytearray(b"\xff\xd8"), 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return data
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == _SOS or marker == _EOI:
            out += data[pos:]
            return bytes(out)
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        segment = data[pos : pos + 2 + length]
        if len(segment) < 2 + length:
            return data
        dropped = (0xE0 <= marker <= 0xEF and marker not in _KEPT_APP) or marker == 0xFE
        if not dropped:
            out += segment
        pos += 2 + length
    return data


def _xobjects(resources, seen: set[int]) -> Iterator:
    """Every XObject under a resource dictionary, forms followed into their own resources."""
    if resources is None:
        return
    resources = resources.get_object()
    xobjects = resources.get("/XObject")
    if xobjects is None:
        return
    for ref in xobjects.get_object().values():
        obj = ref.get_object()
        key = id(obj)
        if key in seen:
            continue
        seen.add(key)
        yield obj
        if obj.get("/Subtype") == "/Form":
            yield from _xobjects(obj.get("/Resources"), seen)


def _filters(image) -> list[str]:
    value = image.get("/Filter")
    if value is None:
        return []
    value = value.get_object()
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def clean_images(writer) -> int:
    """Remove XMP streams from images and forms and the metadata segments of JPEG pictures
    in every page of ``writer``; returns how many pictures were changed."""
    from pypdf.generic import NameObject

    changed, seen = 0, set()
    for page in writer.pages:
        for obj in _xobjects(page.get("/Resources"), seen):
            touched = False
            if "/Metadata" in obj:
                del obj[NameObject("/Metadata")]
                touched = True
            if obj.get("/Subtype") == "/Image" and _filters(obj) == ["/DCTDecode"]:
                raw = obj._data  # the encoded JPEG bytes, written back as they are
                clean = strip_jpeg_segments(raw)
                if clean != raw:
                    obj._data = clean
                    touched = True
            changed += touched
    return changed
