"""Regex detectors for ID numbers, phone numbers, bank cards and e-mail addresses."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gongkai.core.idnumbers import credit_code_ok, id_checksum_ok
from gongkai.core.masking import (
    mask_bank_card,
    mask_email,
    mask_id_number,
    mask_landline,
    mask_mobile,
)

from .findings import BANK_CARD, EMAIL, ID_NUMBER, ID_NUMBER_SUSPECT, PHONE, Finding
from .validators import PROVINCE_CODES, id_structure_ok, luhn_ok

# Full-width digits, letters and punctuation map one-to-one to ASCII, so offsets survive.
_FULLWIDTH = {0xFF10 + i: 0x30 + i for i in range(10)}
_FULLWIDTH.update({0xFF21 + i: 0x41 + i for i in range(26)})
_FULLWIDTH.update({0xFF41 + i: 0x61 + i for i in range(26)})
_FULLWIDTH.update({ord(a): ord(b) for a, b in zip("＋＠（）．", "+@().", strict=True)})
_FULLWIDTH.update({ord(c): ord("-") for c in "－—–‐‑"})
_FULLWIDTH.update({ord(c): ord(" ") for c in "\u3000\xa0"})


def normalize(text: str) -> str:
    """Map full-width forms to ASCII without changing the length of the text."""
    return text.translate(_FULLWIDTH)


# A number must not continue a longer digit run nor be part of a decimal amount.
_LEFT = r"(?<![0-9])(?<![0-9][.\-])"
_RIGHT = r"(?![0-9])(?![.\-][0-9])"
_MONEY_AFTER = re.compile(r"\s*(?:元|万|亿|美元|角|块)")

_ID_RE = re.compile(
    r"(?<![A-Za-z])"
    + _LEFT
    + r"(?:[1-9][0-9]{16}[0-9Xx]|[1-9][0-9]{14})"
    + _RIGHT
    + r"(?![A-Za-z])"
)

#: An ID number published with its last digits starred (32068319821024****): the birth date
#: is still there, so it is still personal data; one starred in the middle
#: (3501**********1234) is already de-identified and not reported.
_MASKED_ID_RE = re.compile(r"(?<![0-9A-Za-z*＊])[1-9][0-9]{13,16}[*＊]{1,4}(?![0-9A-Za-z*＊])")

_MOBILE_RE = re.compile(
    _LEFT
    + r"(?:(?:\(\s*(?:\+|00)?86\s*\)|(?:\+|00)86|86(?=[ -]?1))[ -]?)?"
    + r"1[3-9][0-9](?P<sep>[ -]?)[0-9]{4}(?P=sep)[0-9]{4}"
    + _RIGHT
)

_AREA = r"(?:010|02[0-9]|0[3-9][0-9]{2})"
_LANDLINE_RE = re.compile(
    _LEFT
    + r"(?:\(\s*"
    + _AREA
    + r"\s*\)\s*|"
    + _AREA
    + r"(?:\s*-\s*|\s)?)"
    + r"(?P<local>[2-9][0-9]{2,3}[ -]?[0-9]{4})"
    + r"(?P<ext>\s*(?:-|转|分机|ext\.?|EXT\.?)\s*[0-9]{1,5})?"
    + _RIGHT
)

_CARD_RE = re.compile(
    r"(?<![A-Za-z])"
    + _LEFT
    + r"(?:[3-69][0-9]{15,18}"
    + r"|[3-69][0-9]{3}(?P<sep>[ -])[0-9]{4}(?P=sep)[0-9]{4}(?P=sep)[0-9]{4}"
    + r"(?:(?P=sep)[0-9]{1,3})?)"
    + r"(?![0-9A-Za-z])(?![ .\-][0-9])"
)

_EMAIL_RE = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@"
    r"[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*"
    r"\.[A-Za-z]{2,}(?![A-Za-z0-9\-])"
)


def _is_money(norm: str, end: int) -> bool:
    return _MONEY_AFTER.match(norm, end) is not None


def _id_shaped(digits: str) -> bool:
    """Province code and a 19xx/20xx year where an ID has them: a mistyped ID, not a card."""
    return digits[:2] in PROVINCE_CODES and digits[6:8] in ("19", "20")


def find_id_numbers(text: str, norm: str) -> Iterator[Finding]:
    """18-digit IDs with a valid checksum; structurally valid ones with a bad checksum are
    reported as id_number_suspect (confidence 0.5); 15-digit old IDs need a valid date; IDs
    with only their last digits starred still show the birth date and are reported."""
    for m in _ID_RE.finditer(norm):
        number = m.group()
        if not id_structure_ok(number):
            continue
        raw = text[m.start() : m.end()]
        if len(number) == 15:
            yield Finding(ID_NUMBER, raw, m.start(), m.end(), mask_id_number(raw), 0.8, "15")
        elif id_checksum_ok(number):
            yield Finding(ID_NUMBER, raw, m.start(), m.end(), mask_id_number(raw), 1.0, "18")
        else:
            yield Finding(ID_NUMBER_SUSPECT, raw, m.start(), m.end(), mask_id_number(raw), 0.5)
    for m in _MASKED_ID_RE.finditer(norm):
        card = re.search(r"卡|账号|账户|帐号", text[max(0, m.start() - 12) : m.start()])
        if len(m.group()) == 18 and id_structure_ok(m.group()[:14] + "0000") and not card:
            raw = text[m.start() : m.end()]
            yield Finding(ID_NUMBER, raw, m.start(), m.end(), mask_id_number(raw), 0.8, "masked")


def find_phones(text: str, norm: str) -> Iterator[Finding]:
    """Mobile numbers (subkind mobile) and landlines with area code (subkind landline)."""
    for m in _MOBILE_RE.finditer(norm):
        if _is_money(norm, m.end()):
            continue
        raw = text[m.start() : m.end()]
        yield Finding(PHONE, raw, m.start(), m.end(), mask_mobile(raw), 1.0, "mobile")
    for m in _LANDLINE_RE.finditer(norm):
        if _is_money(norm, m.end()):
            continue
        raw = text[m.start() : m.end()]
        local_start, local_end = m.start("local") - m.start(), m.end("local") - m.start()
        masked = mask_landline(raw, local_start, local_end)
        yield Finding(PHONE, raw, m.start(), m.end(), masked, 0.9, "landline")


def find_bank_cards(text: str, norm: str) -> Iterator[Finding]:
    """16–19 digits (optionally in groups of 4) passing Luhn; 统一社会信用代码 excluded."""
    for m in _CARD_RE.finditer(norm):
        digits = re.sub(r"[ -]", "", m.group())
        if not luhn_ok(digits) or _is_money(norm, m.end()):
            continue
        if len(digits) == 18 and (credit_code_ok(digits) or _id_shaped(digits)):
            continue
        raw = text[m.start() : m.end()]
        yield Finding(BANK_CARD, raw, m.start(), m.end(), mask_bank_card(raw), 0.9)


def find_emails(text: str, norm: str) -> Iterator[Finding]:
    """E-mail addresses."""
    for m in _EMAIL_RE.finditer(norm):
        raw = text[m.start() : m.end()]
        yield Finding(EMAIL, raw, m.start(), m.end(), mask_email(raw), 1.0)


def find_structured(text: str, norm: str) -> list[Finding]:
    """All number- and address-shaped findings (may overlap; the scanner resolves that)."""
    found: list[Finding] = []
    for finder in (find_id_numbers, find_phones, find_bank_cards, find_emails):
        found.extend(finder(text, norm))
    return found
