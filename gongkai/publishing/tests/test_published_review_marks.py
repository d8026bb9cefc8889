"""Published copies keep no trace of their makers inside: pictures in a PDF lose their EXIF and
XMP, Word files lose their comments and have their tracked changes accepted."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from lxml import etree
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, StreamObject
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from gongkai.publishing.services import attachment_add

from .factories import make_item, publish
from .test_published_files import XMP, download, phone_photo

pytestmark = pytest.mark.django_db
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def pdf_with_phone_photo() -> bytes:
    """A PDF whose page shows a phone photo kept as JPEG (EXIF: owner, serial number, GPS),
    the picture also carrying its own XMP stream naming its author."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(72, 760, "Site photo")
    pdf.drawImage(ImageReader(io.BytesIO(phone_photo())), 72, 500, width=80, height=40)
    pdf.showPage()
    pdf.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(out.getvalue())))
    stream = StreamObject()
    stream.set_data(XMP)
    stream[NameObject("/Type")] = NameObject("/Metadata")
    stream[NameObject("/Subtype")] = NameObject("/XML")
    for image in writer.pages[0]["/Resources"]["/XObject"].values():
        image = image.get_object()
        image._data = phone_photo()  # the JPEG file as it was, as Word and scanners embed it
        image[NameObject("/Filter")] = NameObject("/DCTDecode")
        image.pop("/DecodeParms", None)
        image[NameObject("/Metadata")] = writer._add_object(stream)
    result = io.BytesIO()
    writer.write(result)
    return result.getvalue()


def reviewed_docx() -> bytes:
    """A draft as it comes back from the office: a comment by 张审阅, an insertion by 李修改
    and a deletion by 王删除 (tracked), the reviewers listed in people.xml."""
    document = docx.Document()
    paragraph = document.add_paragraph("补贴发放名单已核对。")
    document.add_comment(paragraph.runs, text="请核对身份证号", author="张审阅", initials="ZS")
    document.add_paragraph("第二段")
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    body = etree.fromstring(source.read("word/document.xml"))
    second = body.findall(f".//{{{W}}}p")[-1]
    tracked = etree.fromstring(
        f'<w:root xmlns:w="{W}">'
        f'<w:ins w:id="91" w:author="李修改" w:date="2024-03-01T10:00:00Z">'
        f"<w:r><w:t>新增内容</w:t></w:r></w:ins>"
        f'<w:del w:id="92" w:author="王删除" w:date="2024-03-01T10:05:00Z">'
        f"<w:r><w:delText>王某某 13800138000</w:delText></w:r></w:del></w:root>"
    )
    for element in list(tracked):
        second.append(element)
    people = (
        '<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
        '<w15:person w15:author="李修改"/><w15:person w15:author="王删除"/></w15:people>'
    ).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "word/document.xml":
                data = etree.tostring(body, xml_declaration=True, encoding="UTF-8")
            target.writestr(member, data)
        target.writestr("word/people.xml", people)
    return out.getvalue()


def test_pictures_inside_a_pdf_are_published_without_exif_or_xmp(
    client, org_tree, editor, reviewer, coordinator
):
    item = make_item(org=org_tree["office"], actor=editor)
    data = pdf_with_phone_photo()
    assert b"SN-48151623" in data and b"Li Si" in data  # the upload carries both
    attached = attachment_add(item=item, actor=editor, name="现场照片.pdf", data=data)
    publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)

    published = download(client, item, attached)
    assert b"SN-48151623" not in published and b"Zhang San" not in published
    assert b"Li Si" not in published and b"Exif" not in published
    page = PdfReader(io.BytesIO(published)).pages[0]
    [image] = page["/Resources"]["/XObject"].values()
    image = image.get_object()
    assert "/Metadata" not in image
    picture = Image.open(io.BytesIO(image._data))  # the JPEG still opens, pixels as they were
    assert picture.format == "JPEG" and picture.size == (40, 20)
    assert dict(picture.getexif()) == {}
    assert "Site photo" in page.extract_text()


def test_word_files_are_published_without_comments_or_tracked_authors(
    client, org_tree, editor, reviewer, coordinator
):
    item = make_item(org=org_tree["office"], actor=editor)
    data = reviewed_docx()
    package = zipfile.ZipFile(io.BytesIO(data))
    assert "word/comments.xml" in package.namelist()
    assert "李修改".encode() in package.read("word/document.xml")
    attached = attachment_add(item=item, actor=editor, name="名单说明.docx", data=data)
    publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)

    published = download(client, item, attached)
    package = zipfile.ZipFile(io.BytesIO(published))
    names = package.namelist()
    assert not [n for n in names if "comments" in n or n == "word/people.xml"]
    everything = b"".join(package.read(n) for n in names).decode("utf-8", "replace")
    for trace in ("张审阅", "李修改", "王删除", "请核对身份证号", "王某某", "13800138000"):
        assert trace not in everything, trace
    document = docx.Document(io.BytesIO(published))  # still a valid Word file
    assert [p.text for p in document.paragraphs] == ["补贴发放名单已核对。", "第二段新增内容"]
