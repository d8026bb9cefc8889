"""Office packages that would expand beyond reason are refused before any parser opens them."""

import io
import struct
import zipfile

import pytest
from docx import Document

from gongkai.core.officezip import OfficeZipRefused, office_zip_check

MB = 1024 * 1024


def bomb_docx(megabytes: int) -> bytes:
    """A .docx whose document.xml is ``megabytes`` MB of spaces: a few kB once compressed."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            for _ in range(megabytes):
                member.write(b" " * MB)
    return buf.getvalue()


def _forge_sizes(data: bytes, member: str, size: int) -> bytes:
    """Rewrite ``member``'s declared expanded size in both its headers."""
    out = bytearray(data)
    name = member.encode()
    local = out.find(b"PK\x03\x04")
    while local != -1:
        name_len = struct.unpack_from("<H", out, local + 26)[0]
        if out[local + 30 : local + 30 + name_len] == name:
            struct.pack_into("<I", out, local + 22, size)
        local = out.find(b"PK\x03\x04", local + 4)
    central = out.find(b"PK\x01\x02")
    while central != -1:
        name_len = struct.unpack_from("<H", out, central + 28)[0]
        if out[central + 46 : central + 46 + name_len] == name:
            struct.pack_into("<I", out, central + 24, size)
        central = out.find(b"PK\x01\x02", central + 4)
    return bytes(out)


def test_an_ordinary_document_passes():
    doc = Document()
    doc.add_paragraph("关于做好2024年政务公开工作的通知")
    buf = io.BytesIO()
    doc.save(buf)
    office_zip_check(buf.getvalue(), name="通知.docx")  # no exception


def test_data_that_is_not_a_zip_is_left_to_the_reader():
    office_zip_check(b"%PDF-1.7 ...")
    office_zip_check(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 an old .doc")


def test_a_100_mb_bomb_is_refused_by_its_declared_size():
    data = bomb_docx(100)
    assert len(data) < 200 * 1024
    with pytest.raises(OfficeZipRefused, match="解压后将超过64 MB") as refused:
        office_zip_check(data, name="工作要点.docx")
    assert "“工作要点.docx”" in refused.value.message


def test_a_bomb_that_hides_its_size_is_refused_as_damaged(settings):
    settings.GONGKAI_OFFICE_MAX_EXPANDED_MB = 1
    data = _forge_sizes(bomb_docx(3), "word/document.xml", 1000)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:  # the lie is what a parser would read
        assert archive.getinfo("word/document.xml").file_size == 1000
    with pytest.raises(OfficeZipRefused, match="已损坏"):
        office_zip_check(data)


def test_a_package_of_too_many_parts_is_refused(settings):
    settings.GONGKAI_OFFICE_MAX_ENTRIES = 50
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for n in range(51):
            archive.writestr(f"xl/media/p{n}.xml", "<x/>")
    with pytest.raises(OfficeZipRefused, match="51"):
        office_zip_check(buf.getvalue())


def test_a_part_compressed_a_thousand_times_is_refused_below_the_total_limit():
    data = bomb_docx(3)  # 3 MB of spaces: far below 64 MB, but no document compresses so
    with pytest.raises(OfficeZipRefused):
        office_zip_check(data)


def test_an_uploaded_file_is_read_from_where_it_was_and_left_there():
    upload = io.BytesIO(b"0123" + bomb_docx(1))
    upload.seek(4)
    office_zip_check(upload)
    assert upload.tell() == 4
