"""A front matter block opening a file kept in a code repository (Jekyll, Hugo, Hexo pages).

Pages of government documents that people keep in public repositories open with a YAML block
between two ``---`` lines (``layout: default`` / ``title: 某市某某实施方案``). The block is no text
of the document, but its ``title`` is the document's name where the page prints its heading in a
region a reader drops (a ``<header>``). PyYAML (already installed with drf-spectacular) reads the
block; a block that is not YAML, or not a mapping, is left as text.
"""

from __future__ import annotations

import re

import yaml

# the block: a first line of three dashes, key: value lines, a closing line of three dashes
_BLOCK = re.compile(r"\A\ufeff?---[ \t]*\n(.{1,4000}?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_KEYS = ("title", "标题", "name")


def split_front_matter(text: str) -> tuple[str | None, str]:
    """The title a front matter names and the text after the block; without a block naming a
    title, None and the text whole."""
    m = _BLOCK.match(text)
    if m is None:
        return None, text
    try:
        fields = yaml.safe_load(m.group(1))
    except yaml.YAMLError:
        return None, text
    if not isinstance(fields, dict):
        return None, text
    title = next((fields[k] for k in _KEYS if isinstance(fields.get(k), str | int)), None)
    title = str(title).strip() if title is not None else ""
    if not title:  # lines between dashes that name no title: the document's own text
        return None, text
    return title, text[m.end() :]
