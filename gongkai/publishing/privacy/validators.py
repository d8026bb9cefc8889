"""Plausibility checks of the scanner: the structure of ID numbers (their check characters are
in ``gongkai.core.idnumbers``) and the Luhn check of bank card numbers."""

from __future__ import annotations

import datetime

#: First two digits of mainland ID numbers (province-level divisions, plus HK/MO/TW residents).
PROVINCE_CODES: frozenset[str] = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 "
    "61 62 63 64 65 71 81 82 83 91".split()
)


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
