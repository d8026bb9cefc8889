"""Masked forms of personal numbers and addresses, shared by every app that shows them.

The privacy scanner (publishing) masks what it finds with these; applications mask an
applicant's ID number, phone and e-mail on the pages that list cases. One definition, so that a
number is starred the same way wherever it appears.
"""

from __future__ import annotations

from collections.abc import Sequence

STAR = "*"


def mask_positions(text: str, keep: Sequence[bool]) -> str:
    """Replace every character whose keep flag is False with a star."""
    return "".join(c if k else STAR for c, k in zip(text, keep, strict=True))


def _mask_digits(text: str, keep_head: int, keep_tail: int) -> str:
    """Keep the first and last digits (or X) of a number, star the others, keep separators."""
    slots = [i for i, c in enumerate(text) if c.isdigit() or c in "Xx"]
    keep = [True] * len(text)
    for n, i in enumerate(slots):
        if keep_head <= n < len(slots) - keep_tail:
            keep[i] = False
    return mask_positions(text, keep)


def mask_id_number(text: str) -> str:
    """530102199001011234 -> 530102********1234 (15-digit: 6 + 5 stars + 4)."""
    return _mask_digits(text, 6, 4)


def mask_bank_card(text: str) -> str:
    """Keep the first 6 and last 4 digits; separators stay in place."""
    return _mask_digits(text, 6, 4)


def mask_mobile(text: str) -> str:
    """+86 138-1234-5678 -> +86 138-****-5678: star digits 4-7 of the 11-digit number."""
    slots = [i for i, c in enumerate(text) if c.isdigit()][-11:]
    keep = [True] * len(text)
    for i in slots[3:7]:
        keep[i] = False
    return mask_positions(text, keep)


def mask_landline(text: str, local_start: int, local_end: int) -> str:
    """Keep the area code and extension; of the local number keep the last 4 (7 digits: 3)."""
    slots = [i for i in range(local_start, local_end) if text[i].isdigit()]
    tail = 4 if len(slots) >= 8 else 3
    keep = [True] * len(text)
    for i in slots[: len(slots) - tail]:
        keep[i] = False
    return mask_positions(text, keep)


def mask_email(text: str) -> str:
    """zhangsan@example.com -> z***@example.com."""
    local, _, domain = text.rpartition("@")
    return f"{local[:1]}***@{domain}"
