"""Numbers as people type them: ID numbers and cards in groups, phones in Chinese numerals."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gongkai.core.idnumbers import credit_code_ok, id_checksum_ok
from gongkai.core.masking import mask_bank_card, mask_id_number

from .findings import BANK_CARD, ID_NUMBER, ID_NUMBER_SUSPECT, PHONE, Finding
from .validators import id_structure_ok, luhn_ok

# Digit groups separated by single spaces or hyphens: 530102 19800315 1234, 6222-0212-….
_GROUPED = re.compile(
    r"(?<![0-9A-Za-z])(?<![0-9][ -])[1-9][0-9]{1,8}(?:[ -][0-9]{1,8}){1,6}[Xx]?"
    r"(?![0-9A-Za-z])(?![ -][0-9])"
)

# Chinese numerals (幺 for 1, 两 for 2) one-for-one, so offsets survive.
_NUMERALS = str.maketrans("零〇○一幺二两三四五六七八九", "00011223456789")
_DIGIT = "[0-9零〇○一幺二两三四五六七八九]"
_NUMERAL_RUN = re.compile(rf"(?:(?:\+|＋)?(?:86|八六)[ -]?)?{_DIGIT}(?:[ -]?{_DIGIT}){{10}}")
_MOBILE = re.compile(r"^(?:\+?86[ -]?)?1[3-9](?:[ -]?[0-9]){9}$")


def find_grouped_numbers(text: str, norm: str) -> Iterator[Finding]:
    """ID numbers and bank cards written in groups; single runs are left to patterns.py."""
    for m in _GROUPED.finditer(norm):
        raw = text[m.start() : m.end()]
        digits = re.sub(r"[ -]", "", m.group())
        if len(digits) == 18 and id_structure_ok(digits.upper()):
            if id_checksum_ok(digits):
                yield Finding(ID_NUMBER, raw, m.start(), m.end(), mask_id_number(raw), 1.0, "18")
            else:
                masked = mask_id_number(raw)
                yield Finding(ID_NUMBER_SUSPECT, raw, m.start(), m.end(), masked, 0.5)
        elif (
            digits.isdigit()
            and 16 <= len(digits) <= 19
            and luhn_ok(digits)
            and digits[0] in "3456789"
            and not credit_code_ok(digits)
        ):
            yield Finding(BANK_CARD, raw, m.start(), m.end(), mask_bank_card(raw), 0.9)


def find_numeral_phones(text: str, norm: str) -> Iterator[Finding]:
    """Mobile numbers with Chinese numerals in them: 一三八一二三四五六七八, 幺三九…"""
    for m in _NUMERAL_RUN.finditer(norm):
        if not re.search(r"[零〇○一幺二两三四五六七八九]", m.group()):
            continue
        ascii_form = m.group().translate(_NUMERALS).replace("八六", "86")
        if not _MOBILE.match(ascii_form.replace("＋", "+")):
            continue
        raw = text[m.start() : m.end()]
        slots = [i for i, c in enumerate(raw) if c.translate(_NUMERALS).isdigit()][-11:]
        masked = "".join("*" if i in slots[3:7] else c for i, c in enumerate(raw))
        yield Finding(PHONE, raw, m.start(), m.end(), masked, 0.9, "mobile")
