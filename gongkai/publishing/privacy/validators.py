"""Checksums and plausibility checks: GB 11643 ID numbers, Luhn, GB 32100 credit codes."""

from __future__ import annotations

import datetime

#: First two digits of mainland ID numbers (province-level divisions, plus HK/MO/TW residents).
PROVINCE_CODES: frozenset[str] = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 "
    "61 62 63 64 65 71 81 82 83 91".split()
)

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"

_CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def id_check_char(first17: str) -> str:
    """Return the GB 11643 check character for the first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def valid_birth_date(year: int, month: int, day: int) -> bool:
    """True for a real calendar date between 1900-01-01 and today."""
    try:
        born = datetime.date(year, month, day)
    except ValueError:
        return False
    today = datetime.datetime.now(datetime.UTC).date()
    return datetime.date(1900, 1, 1) <= born <= today


def id_structure_ok(number: str) -> bool:
    """Province code and birth date of an 18- or 15-digit ID number are plausible."""
    if number[:2] not in PROVINCE_CODES:
        return False
    if len(number) == 18:
        return valid_birth_date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    if len(number) == 15 and number.isdigit():
        return valid_birth_date(1900 + int(number[6:8]), int(number[8:10]), int(number[10:12]))
    return False


def id_checksum_ok(number: str) -> bool:
    """True when the 18th character matches the GB 11643 checksum (X in either case)."""
    return len(number) == 18 and id_check_char(number[:17]) == number[17].upper()


def luhn_ok(digits: str) -> bool:
    """Luhn (mod 10) check used by bank card numbers."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def credit_code_ok(code: str) -> bool:
    """True for an 18-character 统一社会信用代码 with a correct GB 32100 check character."""
    code = code.upper()
    if len(code) != 18 or any(c not in _CREDIT_CHARS for c in code):
        return False
    total = sum(_CREDIT_CHARS.index(c) * w for c, w in zip(code[:17], _CREDIT_WEIGHTS, strict=True))
    return _CREDIT_CHARS[(31 - total % 31) % 31] == code[17]
