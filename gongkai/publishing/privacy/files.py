"""extract_text / scan_file / mask_file for attachments: .docx .xlsx .pdf .txt .csv .html,
and images and scanned PDFs through text recognition (ocr.py)."""

from __future__ import annotations

import io
from pathlib import PurePath

from .findings import Finding, PrivacyError
from .htmltext import html_text, mask_html
from .masking import mask_text
from .ocr import IMAGE_SUFFIXES, Recognised, mask_recognised, recognise
from .office import docx_text, mask_docx, mask_xlsx, xlsx_text
from .pdfpages import recognise_pdf
from .pdfrender import draw_text_page
from .scanner import scan_text

SUPPORTED_SUFFIXES: tuple[str, ...] = (
    ".docx", ".xlsx", ".pdf", ".txt", ".csv", ".html", ".htm", *IMAGE_SUFFIXES,
)  # fmt: skip
_OLD_FORMATS = {".doc": ".docx", ".xls": ".xlsx", ".wps": ".docx", ".et": ".xlsx"}
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def file_suffix(filename: str) -> str:
    """Lower-case suffix of a supported file name, or PrivacyError with a Chinese message."""
    suffix = PurePath(filename).suffix.lower()
    if suffix in _OLD_FORMATS:
        raise PrivacyError(
            f"不支持旧版 {suffix} 格式，请另存为 {_OLD_FORMATS[suffix]} 后重新上传。"
        )
    if suffix not in SUPPORTED_SUFFIXES:
        shown = "、".join(SUPPORTED_SUFFIXES)
        raise PrivacyError(f"不支持的文件类型“{suffix or '无扩展名'}”，目前支持：{shown}。")
    return suffix


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a plain-text file: BOM, else UTF-8, else GB18030. Returns (text, encoding)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                break
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise PrivacyError("无法识别文本文件的编码，请转换为 UTF-8 或 GBK 编码后重新上传。")


def pdf_text(data: bytes) -> str:
    """Text layer of a PDF (pages separated by form feeds)."""
    from pdfminer.high_level import extract_text as pdfminer_extract

    try:
        text = pdfminer_extract(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many kinds for broken or encrypted files
        raise PrivacyError("无法读取该 PDF 文件，文件可能已损坏或已加密。") from exc
    if not text.strip():
        raise NoTextLayerError(
            "该 PDF 没有文字层（可能是扫描件），无法自动检查个人信息，请人工审核。"
        )
    return text


class NoTextLayerError(PrivacyError):
    """A PDF without a text layer: a scan, read by text recognition instead."""


def recognise_file(data: bytes, filename: str) -> Recognised | None:
    """Recognise the text of an image or a scanned PDF; None for files with text of their own."""
    suffix = file_suffix(filename)
    if suffix in IMAGE_SUFFIXES:
        return recognise(data, suffix)
    if suffix == ".pdf":
        return recognise_pdf(data)  # None when every page has a text layer
    return None


def extract_text(data: bytes, filename: str) -> str:
    """The text that scan_file scans and whose offsets mask_file expects."""
    suffix = file_suffix(filename)
    if not data:
        raise PrivacyError(f"文件“{PurePath(filename).name}”为空，无法检查。")
    if suffix == ".docx":
        return docx_text(data)
    if suffix == ".xlsx":
        return xlsx_text(data)
    if suffix in IMAGE_SUFFIXES:
        return recognise(data, suffix).text
    if suffix == ".pdf":
        recognised = recognise_pdf(data)  # pages without a text layer are recognised
        return recognised.text if recognised is not None else pdf_text(data)
    text = decode_text(data)[0]
    return html_text(text) if suffix in (".html", ".htm") else text


def scan_file(data: bytes, filename: str) -> list[Finding]:
    """Findings with offsets into extract_text(data, filename)."""
    return scan_text(extract_text(data, filename))


def render_pdf(text: str) -> bytes:
    """Render plain text to A4 pages with reportlab's built-in CJK font (no system font)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=True)
    for page_text in text.rstrip("\f").split("\f"):
        draw_text_page(pdf, page_text)
    pdf.save()
    return out.getvalue()


def mask_file(
    data: bytes, filename: str, findings: list[Finding], *, recognised: Recognised | None = None
) -> bytes:
    """Return the file with the given findings masked, in the same format.

    .docx: replaced inside runs and table cells, formatting kept; .xlsx: inside cells;
    .txt/.csv/.html: same encoding. .pdf: a NEW PDF rendered from the masked text with
    reportlab ('STSong-Light' CID font) — the original layout, images and fonts are NOT
    preserved, only the text. Images and scanned PDFs: the findings are blacked out in the
    picture, by the word boxes of ``recognised`` (recognised again when not given); in a PDF
    with scanned pages only those pages are recognised and blacked out.
    """
    suffix = file_suffix(filename)
    if not data:
        raise PrivacyError(f"文件“{PurePath(filename).name}”为空，无法处理。")
    if suffix == ".docx":
        return mask_docx(data, findings)
    if suffix == ".xlsx":
        return mask_xlsx(data, findings)
    if recognised is not None or suffix in IMAGE_SUFFIXES:
        return mask_recognised(data, suffix, recognised or recognise(data, suffix), findings)
    if suffix == ".pdf":
        recognised = recognise_pdf(data)
        if recognised is not None:  # a scan, or a PDF with scanned pages
            return mask_recognised(data, suffix, recognised, findings)
        return render_pdf(mask_text(pdf_text(data), findings))
    text, encoding = decode_text(data)
    if suffix in (".html", ".htm"):
        return mask_html(text, findings).encode(encoding)
    return mask_text(text, findings).encode(encoding)
