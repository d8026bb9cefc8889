"""What a Word file says about the people who reviewed it: comments and tracked changes.

A draft that went round the office keeps its comments (word/comments.xml, with each
commenter's name and initials) and its tracked changes (w:ins and w:del with w:author and
w:date, the authors also listed in word/people.xml). The published copy is the final text:

- comments are removed with their anchors and the parts that hold them;
- tracked changes are accepted: insertions stay as ordinary text, deletions go. Accepting
  rather than only blanking the authors is deliberate: text deleted in tracking is still in
  the file, any reader can show it, and it is not the text the reviewer read and approved.
"""

from __future__ import annotations

import posixpath

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DROPPED = frozenset(
    "word/comments.xml word/commentsExtended.xml word/commentsIds.xml "
    "word/commentsExtensible.xml word/people.xml".split()
)
_STORY_PREFIXES = ("word/document", "word/header", "word/footer", "word/footnotes", "word/endnotes")
_ANCHORS = {f"{W}{t}" for t in ("commentRangeStart", "commentRangeEnd", "commentReference")}
_MOVE_RANGES = {
    f"{W}{t}"
    for t in ("moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd")
}
_PROPERTY_CHANGES = {
    f"{W}{t}"
    for t in (
        "rPrChange pPrChange sectPrChange tblPrChange trPrChange tcPrChange tblGridChange "
        "tblPrExChange numberingChange cellIns cellDel cellMerge"
    ).split()
}
_REMOVED, _KEPT = {f"{W}del", f"{W}moveFrom"}, {f"{W}ins", f"{W}moveTo"}
_MARK_PARENTS = {f"{W}rPr", f"{W}trPr"}


def is_story(name: str) -> bool:
    """A part holding the text of the document (body, headers, footers, notes)."""
    return name.startswith(_STORY_PREFIXES) and name.endswith(".xml") and "/_rels/" not in name


def dropped(name: str) -> bool:
    """A part that holds comments or the list of reviewers: left out of the published copy."""
    return name in _DROPPED


def _parse(xml: bytes):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    return etree.fromstring(xml, parser)  # noqa: S320 - entities and network off


def _serialise(root) -> bytes:
    from lxml import etree

    return etree.tostring(root, encoding="UTF-8", xml_declaration=True, standalone=True)


def _unwrap(element) -> None:
    parent = element.getparent()
    index = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(index + offset, child)
    parent.remove(element)


def _remove(element) -> None:
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def clean_story(xml: bytes) -> bytes:
    """The part with comment anchors removed and tracked changes accepted."""
    root = _parse(xml)
    for element in list(root.iter()):
        tag = element.tag
        if tag in _ANCHORS or tag in _MOVE_RANGES or tag in _PROPERTY_CHANGES:
            run = element.getparent()
            _remove(element)
            if run is not None and run.tag == f"{W}r" and all(c.tag == f"{W}rPr" for c in run):
                _remove(run)  # the run only held the comment mark
    for element in list(root.iter(*_REMOVED, *_KEPT)):
        parent = element.getparent()
        if parent is None:
            continue
        if parent.tag in _MARK_PARENTS:  # a mark on a paragraph end or a table row
            if element.tag in _REMOVED and parent.tag == f"{W}trPr":
                _remove(parent.getparent())  # a deleted row goes
            else:
                _remove(element)
        elif element.tag in _REMOVED:
            _remove(element)
        else:
            _unwrap(element)
    return _serialise(root)


def clean_relationships(xml: bytes, part_dir: str) -> bytes:
    """A .rels part without the relationships to the dropped parts."""
    root = _parse(xml)
    for rel in list(root):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External":
            continue
        path = posixpath.normpath(posixpath.join(part_dir, target)).lstrip("/")
        if path in _DROPPED:
            root.remove(rel)
    return _serialise(root)


def clean_content_types(xml: bytes) -> bytes:
    """[Content_Types].xml without the overrides of the dropped parts."""
    root = _parse(xml)
    for override in list(root):
        if override.get("PartName", "").lstrip("/") in _DROPPED:
            root.remove(override)
    return _serialise(root)
