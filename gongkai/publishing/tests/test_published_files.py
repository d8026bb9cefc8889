"""What the public downloads: photos without their location, camera or author and upright,
documents without their authors, and each version's own copies."""

from __future__ import annotations

import io
import zipfile

import docx
import openpyxl
import pytest
from django.urls import reverse
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, StreamObject
from reportlab.pdfgen import canvas

from gongkai.core.errors import DomainError
from gongkai.publishing.content import attachment_check
from gongkai.publishing.models import PublishedFile
from gongkai.publishing.services import (
    attachment_add,
    item_amend_start,
    item_publish,
    item_review,
    item_submit,
)

from .factories import make_item, publish

pytestmark = pytest.mark.django_db

GPS = {1: "N", 2: (25.0, 2.0, 30.0), 3: "E", 4: (102.0, 42.0, 0.0)}  # 昆明, as a phone writes it


def phone_photo() -> bytes:
    """A JPEG as a phone saves it held upright: pixels stored sideways (left half red, right
    half blue, 40×20) with EXIF orientation 6, GPS position, owner and camera serial number."""
    image = Image.new("RGB", (40, 20), (0, 0, 255))
    image.paste((255, 0, 0), (0, 0, 20, 20))
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to show
    exif[0x013B] = "Zhang San"  # Artist
    exif[0xA431] = "SN-48151623"  # BodySerialNumber
    exif[0x8825] = GPS
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, quality=95)
    return out.getvalue()


def authored_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("2024年第一季度工作安排")
    document.core_properties.author = "李四"
    document.core_properties.last_modified_by = "王五"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def authored_xlsx() -> bytes:
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "项目名称"
    workbook.properties.creator = "李四"
    workbook.properties.lastModifiedBy = "王五"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


XMP = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
    b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>Li Si</rdf:li>'
    b'</rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
)


def authored_pdf() -> bytes:
    """A one-page PDF with a text layer, its author in /Info and in an XMP stream."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(72, 720, "Work arrangements for the first quarter of 2024")
    pdf.showPage()
    pdf.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(out.getvalue())))
    writer.add_metadata({"/Author": "Li Si", "/Creator": "Li Si's laptop"})
    stream = StreamObject()
    stream.set_data(XMP)
    stream[NameObject("/Type")] = NameObject("/Metadata")
    stream[NameObject("/Subtype")] = NameObject("/XML")
    writer.root_object[NameObject("/Metadata")] = writer._add_object(stream)
    result = io.BytesIO()
    writer.write(result)
    return result.getvalue()


def download(client, item, attachment) -> bytes:
    url = reverse("info:attachment", args=[item.pk, attachment.pk])
    response = client.get(url)
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def test_photo_is_published_upright_without_location_camera_or_owner(
    client, org_tree, editor, reviewer, coordinator
):
    item = make_item(org=org_tree["office"], actor=editor)
    with pytest.MonkeyPatch.context() as patch:  # a photo of a building: nothing to recognise
        patch.setattr("gongkai.publishing.services.items.attachment_recognition_queue",
                      lambda **kwargs: False)  # fmt: skip
        photo = attachment_add(item=item, actor=editor, name="现场照片.jpg", data=phone_photo())
    uploaded = Image.open(photo.file.open("rb"))
    assert uploaded.getexif().get_ifd(0x8825)  # the upload does carry its GPS position
    item_submit(item=item, actor=editor)
    item_review(item=item, actor=reviewer, approve=True, opinion="经审查，同意公开。",
                files_checked=True)  # fmt: skip
    item_publish(item=item, actor=coordinator)
    data = download(client, item, photo)
    published = Image.open(io.BytesIO(data))
    assert published.format == "JPEG"
    assert dict(published.getexif()) == {}
    assert b"SN-48151623" not in data and b"Zhang San" not in data
    # turned as the phone showed it: 20 wide, 40 high, the red (left) half now on top
    assert published.size == (20, 40)
    top, bottom = published.convert("RGB").getpixel((10, 5)), published.getpixel((10, 35))
    assert top[0] > 200 and top[2] < 80
    assert bottom[2] > 200 and bottom[0] < 80


def test_documents_are_published_without_their_authors(
    client, org_tree, editor, reviewer, coordinator
):
    item = make_item(org=org_tree["office"], actor=editor)
    files = {
        "安排.docx": authored_docx(),
        "项目表.xlsx": authored_xlsx(),
        "安排.pdf": authored_pdf(),
    }
    attached = {name: attachment_add(item=item, actor=editor, name=name, data=data)
                for name, data in files.items()}  # fmt: skip
    assert b"Li Si" in files["安排.pdf"]
    publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)

    word = download(client, item, attached["安排.docx"])
    properties = docx.Document(io.BytesIO(word)).core_properties
    assert (properties.author, properties.last_modified_by) == ("", "")
    assert docx.Document(io.BytesIO(word)).paragraphs[0].text == "2024年第一季度工作安排"

    excel = download(client, item, attached["项目表.xlsx"])
    core = zipfile.ZipFile(io.BytesIO(excel)).read("docProps/core.xml").decode()
    assert "李四" not in core and "王五" not in core
    assert openpyxl.load_workbook(io.BytesIO(excel)).active["A1"].value == "项目名称"

    pdf = download(client, item, attached["安排.pdf"])
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is None
    assert "/Metadata" not in reader.trailer["/Root"]
    assert b"Li Si" not in pdf
    assert "first quarter of 2024" in reader.pages[0].extract_text()


def test_each_version_keeps_the_copies_it_published(
    client, org_tree, editor, reviewer, coordinator
):
    item = make_item(org=org_tree["office"], actor=editor)
    first = attachment_add(item=item, actor=editor, name="安排.docx", data=authored_docx())
    version = publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)
    copy = PublishedFile.objects.get(pk=version.attachments[0]["file"])
    assert copy.attachment == first and copy.masked is False
    item_amend_start(item=item, actor=editor, reason="更正附件")
    publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)
    assert PublishedFile.objects.filter(attachment=first).count() == 2
    assert version.attachments[0]["file"] == copy.pk  # the first version still names its own


def test_tiff_uploads_are_accepted_by_their_content():
    image = io.BytesIO()
    Image.new("L", (10, 10), 255).save(image, "TIFF")
    assert attachment_check(name="扫描件.TIF", data=image.getvalue()) == "tif"
    assert attachment_check(name="扫描件.tiff", data=image.getvalue()) == "tif"
    with pytest.raises(DomainError) as caught:
        attachment_check(name="扫描件.tif", data=b"%PDF-1.4 not a tiff")
    assert caught.value.code == "attachment_content"


def test_item_publish_refuses_unapproved_items(org_tree, editor, coordinator):
    item = make_item(org=org_tree["office"], actor=editor)
    with pytest.raises(DomainError) as caught:
        item_publish(item=item, actor=coordinator)
    assert caught.value.code == "not_approved"
