"""Privacy scanner and masker (去标识化): find personal data before publishing and mask it."""

from .files import SUPPORTED_SUFFIXES, extract_text, mask_file, scan_file
from .findings import FUTURE_KINDS, KIND_LABELS, Finding, PrivacyError
from .htmltext import html_text, mask_html, scan_html
from .masking import mask_text
from .scanner import scan_text

__all__ = [
    "FUTURE_KINDS",
    "KIND_LABELS",
    "SUPPORTED_SUFFIXES",
    "Finding",
    "PrivacyError",
    "extract_text",
    "html_text",
    "mask_file",
    "mask_html",
    "mask_text",
    "scan_file",
    "scan_html",
    "scan_text",
]
