"""Plain-text reader: decode the bytes and return one paragraph block per line."""

from __future__ import annotations

from .. import errors
from ..errors import ParseError
from ..model import Block
from .front_matter import split_front_matter
from .markdown_marks import plain_line

_ENCODINGS = ("utf-8-sig", "gb18030", "big5")


def decode_text(data: bytes) -> str:
    """Decode text bytes: BOM-marked UTF-16, UTF-8, then GB18030 and Big5."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    for encoding in _ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ParseError(errors.BAD_ENCODING)


def read_text(data: bytes) -> list[Block]:
    """Read a .txt file: each line is a paragraph (tables are recognised later)."""
    text = decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
    # a Markdown page opening with a front matter (title: …): its title stands as the first line
    title, text = split_front_matter(text)
    head = [Block("para", title)] if title else []
    return head + [Block("para", plain_line(line)) for line in text.split("\n")]
