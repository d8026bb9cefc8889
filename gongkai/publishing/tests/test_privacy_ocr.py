"""Images and scanned PDFs: text recognition before the privacy scan, and masking in the picture."""

from __future__ import annotations

import io
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from PIL import Image, ImageChops

from gongkai.core.errors import DomainError
from gongkai.publishing.privacy import extract_text, mask_file, scan_file
from gongkai.publishing.privacy import ocr as ocr_module
from gongkai.publishing.privacy.files import NoTextLayerError, pdf_text, recognise_file
from gongkai.publishing.privacy.findings import Finding
from gongkai.publishing.privacy.ocr import Recognised, Word, _parse_tsv, mask_rectangles

from .factories import ID_NUMBER
from .ocr_samples import blank_image, needs_tesseract, scanned_pdf, text_image

TSV_HEADER = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
)


def tsv(*rows: tuple) -> str:
    return "\n".join([TSV_HEADER, *("\t".join(str(c) for c in row) for row in rows)]) + "\n"


def test_recognised_words_are_joined_as_written_with_their_boxes() -> None:
    output = tsv(
        (1, 1, 0, 0, 0, 0, 0, 0, 800, 200, -1, ""),
        (5, 1, 1, 1, 1, 1, 60, 40, 98, 40, 96, "联系"),
        (5, 1, 1, 1, 1, 2, 160, 40, 80, 40, 95, "电话"),
        (5, 1, 1, 1, 1, 3, 241, 52, 4, 20, 92, ":"),
        (5, 1, 1, 1, 1, 4, 263, 45, 260, 28, 90, "13812345678"),
        (5, 1, 1, 1, 2, 1, 60, 120, 120, 28, 91, "Zhang"),
        (5, 1, 1, 1, 2, 2, 190, 120, 60, 28, 91, "San"),
    )
    text, words = _parse_tsv(output)
    # CJK runs join directly, Latin or digit runs with a space; a colon after Chinese is
    # Chinese (full width), as printed
    assert text == "联系电话：13812345678\nZhang San"
    phone = words[3]
    assert text[phone.start : phone.end] == "13812345678"
    assert (phone.page, phone.left, phone.top, phone.width, phone.height) == (1, 263, 45, 260, 28)
    assert text[words[5].start : words[5].end] == "San"


def test_mask_boxes_cover_the_part_of_a_word_a_finding_covers() -> None:
    # one recognised word "电话13812345678", 150 px wide: the two CJK characters weigh 2 each,
    # the eleven digits 1 each (15 in all), so the digits start 150 * 4 / 15 = 40 px in
    recognised = Recognised(text="电话13812345678", words=[Word(1, 0, 13, 0, 10, 150, 30)])
    phone = Finding(kind="phone", text="13812345678", start=2, end=13, masked="")
    margin = ocr_module.MASK_MARGIN
    assert mask_rectangles(recognised, [phone]) == {
        1: [(40 - margin, 10 - margin, 150 + margin, 40 + margin)]
    }


def test_missing_tesseract_is_a_clear_error_for_staff(monkeypatch) -> None:
    monkeypatch.setattr(ocr_module.shutil, "which", lambda name: None)
    with pytest.raises(DomainError, match="tesseract-ocr") as caught:
        ocr_module.recognise(b"\x89PNG\r\n\x1a\n", ".png")
    assert caught.value.code == "ocr_unavailable"


@needs_tesseract
def test_image_text_is_recognised_and_scanned() -> None:
    found = {(f.kind, f.text) for f in scan_file(text_image(), "公示.png")}
    assert ("id_number", ID_NUMBER) in found
    assert ("phone", "13812345678") in found
    assert ("name", "王小明") in found


@needs_tesseract
def test_jpeg_photo_of_the_notice_is_scanned_too() -> None:
    found = {(f.kind, f.text) for f in scan_file(text_image(kind="JPEG"), "公示.jpg")}
    assert {("id_number", ID_NUMBER), ("phone", "13812345678")} <= found


@needs_tesseract
def test_masked_image_no_longer_shows_the_numbers_but_keeps_the_labels() -> None:
    data = text_image()
    recognised = recognise_file(data, "公示.png")
    findings = scan_file(data, "公示.png")
    masked = mask_file(data, "公示.png", findings, recognised=recognised)
    assert masked.startswith(b"\x89PNG")  # still a PNG under its own name
    again = extract_text(masked, "公示.png")
    assert ID_NUMBER not in again and "13812345678" not in again and "王小明" not in again
    before, after = (Image.open(io.BytesIO(d)).convert("L") for d in (data, masked))
    # the title line and the labels are untouched: the shortest, "申请人：", ends at
    # 60 + 4 × 40 = 220 px, so nothing left of 200 px or above the second line (100 px) changes
    changed = ImageChops.difference(before, after).getbbox()
    assert changed is not None and changed[0] >= 200 and changed[1] >= 100


@needs_tesseract
def test_scanned_pdf_has_no_text_layer_and_is_recognised() -> None:
    data = scanned_pdf()
    with pytest.raises(NoTextLayerError):
        pdf_text(data)  # really a scan: nothing to read without recognition
    found = {(f.kind, f.text) for f in scan_file(data, "公示.pdf")}
    assert {("id_number", ID_NUMBER), ("phone", "13812345678")} <= found


@needs_tesseract
def test_masked_scan_is_a_pdf_without_the_numbers() -> None:
    data = scanned_pdf()
    recognised = recognise_file(data, "公示.pdf")
    findings = scan_file(data, "公示.pdf")
    masked = mask_file(data, "公示.pdf", findings, recognised=recognised)
    assert masked.startswith(b"%PDF-")
    again = extract_text(masked, "公示.pdf")
    assert ID_NUMBER not in again and "13812345678" not in again
    assert "城乡最低生活保障审批公示" in again  # the page itself is still there to read


@needs_tesseract
def test_blank_image_yields_no_text() -> None:
    recognised = recognise_file(blank_image(), "空白.png")
    assert not recognised.has_text
    assert scan_file(blank_image(), "空白.png") == []


@needs_tesseract
def test_text_files_need_no_recognition() -> None:
    assert recognise_file("身份证号 530102196503120020".encode(), "名单.txt") is None


@needs_tesseract
def test_cli_prints_the_findings_of_an_image_as_json(tmp_path: Path) -> None:
    path = tmp_path / "公示.png"
    path.write_bytes(text_image())
    out = StringIO()
    call_command("privacy", "scan", str(path), "--format", "json", stdout=out)
    found = {(d["kind"], d["text"]) for d in json.loads(out.getvalue())}
    assert {("id_number", ID_NUMBER), ("phone", "13812345678"), ("name", "王小明")} <= found


@needs_tesseract
def test_cli_warns_when_an_image_yields_no_text(tmp_path: Path) -> None:
    path = tmp_path / "空白.png"
    path.write_bytes(blank_image())
    out, err = StringIO(), StringIO()
    call_command("privacy", "scan", str(path), "--format", "json", stdout=out, stderr=err)
    assert json.loads(out.getvalue()) == []
    assert "未识别出文字" in err.getvalue() and "请人工核对" in err.getvalue()
