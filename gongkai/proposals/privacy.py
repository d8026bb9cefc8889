"""What of a reply may go to review and publication: the reply without the deputies' contact
details and the copy list (PLAN-PROPOSAL-1: 建议提案办理复文 published in full, minus deputies'
contact details and 抄送范围; a summary allowed for complex ones).

Removal here is the first line; the privacy scan of the review flags whatever is left (a phone
typed differently, an ID number), and the reviewer decides it (PUB-SECRET-1, 《条例》第十五条).
"""

import re
from html import escape

#: Lines of a reply letter's foot that name the deputies' contact or the copy list.
_PRIVATE_LINE = re.compile(
    r"^\s*(抄\s*送|联\s*系\s*人|联系电话|联系方式|联系单位|联系地址|通讯地址|通信地址|邮\s*编|手\s*机)"
)
#: Separators between the pieces of a contact field.
_SEPARATORS = re.compile(r"[\n\r;；,，、：:|/]+")
#: A piece shorter than this (电话, 单位) is a label, not a detail to look for in the text.
_MIN_PIECE = 5


def private_pieces(*fields: str) -> list[str]:
    """The pieces of the contact fields to remove from a published text, longest first."""
    pieces = set()
    for field in fields:
        for piece in _SEPARATORS.split(field or ""):
            piece = piece.strip(" \t（）()[]【】。.")
            if len(piece) >= _MIN_PIECE:
                pieces.add(piece)
    return sorted(pieces, key=len, reverse=True)


def strip_private(text: str, *, contacts: str, copy_to: str) -> str:
    """``text`` without the letter-foot lines of contacts and copy list, and without any piece
    of ``contacts`` or ``copy_to`` written elsewhere in it."""
    kept = [line for line in (text or "").splitlines() if not _PRIVATE_LINE.match(line)]
    out = "\n".join(kept)
    for piece in private_pieces(contacts, copy_to):
        out = out.replace(piece, "")
    return out.strip()


def paragraphs_html(text: str) -> str:
    """Plain text as escaped HTML paragraphs, one per non-empty line."""
    return "".join(f"<p>{escape(line.strip())}</p>" for line in text.splitlines() if line.strip())
