"""Refuse an Office or OFD file (a zip package) that would expand beyond reason.

.docx, .xlsx, .pptx, .odt and .ofd files are zip archives. A few hundred kilobytes can declare
(or, with forged headers, hide) a hundred megabytes of XML, and a parser then keeps a worker
busy for half a minute or exhausts its memory. Every reader calls ``office_zip_check`` before it
opens the package: the declared sizes and the entry count are checked from the central
directory, then the entries are inflated in chunks, counting, and abandoned at the limit — so a
refusal costs at most the limit's worth of decompression, well under a second.
"""

import io
import zipfile
import zlib
from typing import IO

from django.conf import settings
from django.utils.translation import gettext

from .errors import DomainError

_CHUNK = 256 * 1024
#: An entry smaller than this is never refused for its compression ratio (small XML parts
#: of a few kilobytes of repeated markup compress very well and are harmless).
_RATIO_FLOOR = 1024 * 1024


class OfficeZipRefused(DomainError):
    """The package is too large once expanded, has too many entries, or is corrupt."""


#: The limits when Django is not set up (the plan parser run from the command line).
_DEFAULTS = {
    "GONGKAI_OFFICE_MAX_EXPANDED_MB": 64,
    "GONGKAI_OFFICE_MAX_ENTRIES": 5000,
    "GONGKAI_OFFICE_MAX_RATIO": 200,
}


def _(message: str) -> str:
    return gettext(message) if settings.configured else message


def _limits() -> tuple[int, int, int]:
    def value(name: str) -> int:
        return getattr(settings, name) if settings.configured else _DEFAULTS[name]

    return (
        value("GONGKAI_OFFICE_MAX_EXPANDED_MB") * 1024 * 1024,
        value("GONGKAI_OFFICE_MAX_ENTRIES"),
        value("GONGKAI_OFFICE_MAX_RATIO"),
    )


def _too_large(name: str, max_bytes: int) -> OfficeZipRefused:
    return OfficeZipRefused(
        _(
            "%(name)s would expand to more than %(mb)d MB when opened, which is not normal "
            "for an office document; it was not opened. Save it again in Word, Excel or WPS "
            "(remove large embedded objects) and upload it once more."
        )
        % {"name": name, "mb": max_bytes // (1024 * 1024)},
        code="zip_too_large",
    )


def office_zip_check(data: bytes | IO[bytes], *, name: str = "") -> None:
    """Raise OfficeZipRefused if ``data`` is a zip package that expands beyond the limits.

    Data that is not a zip archive at all passes: the reader that follows reports it in its
    own words (not a .docx, an old .doc …).
    """
    max_bytes, max_entries, max_ratio = _limits()
    name = f"“{name}”" if name else _("The file")
    stream = io.BytesIO(data) if isinstance(data, bytes | bytearray | memoryview) else data
    start = stream.tell() if stream.seekable() else 0
    try:
        if not zipfile.is_zipfile(stream):
            return
        stream.seek(start)
        with zipfile.ZipFile(stream) as archive:
            entries = archive.infolist()
            if len(entries) > max_entries:
                raise OfficeZipRefused(
                    _(
                        "%(name)s holds %(count)d parts, more than the %(limit)d an office "
                        "document may have; it was not opened."
                    )
                    % {"name": name, "count": len(entries), "limit": max_entries},
                    code="zip_too_many_entries",
                )
            if sum(e.file_size for e in entries) > max_bytes:
                raise _too_large(name, max_bytes)
            for entry in entries:
                if entry.file_size > _RATIO_FLOOR and entry.file_size > max_ratio * max(
                    entry.compress_size, 1
                ):
                    raise _too_large(name, max_bytes)
            # The declared sizes may lie: inflate every entry, counting, up to the limit.
            total = 0
            for entry in entries:
                with archive.open(entry) as member:
                    while chunk := member.read(_CHUNK):
                        total += len(chunk)
                        if total > max_bytes:
                            raise _too_large(name, max_bytes)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError) as exc:
        raise OfficeZipRefused(
            _("%(name)s is damaged (its compressed contents do not match); it was not opened.")
            % {"name": name},
            code="zip_damaged",
        ) from exc
    except (NotImplementedError, RuntimeError) as exc:  # unknown compression; encrypted
        raise OfficeZipRefused(
            _(
                "%(name)s is encrypted or compressed in a way office documents are not; it was "
                "not opened."
            )
            % {"name": name},
            code="zip_damaged",
        ) from exc
    finally:
        if stream.seekable():
            stream.seek(start)
