"""The rich-text editor staff write published bodies with (django-prose-editor, served locally).

The editor only helps people write: what may be published is decided on the server by
``content.body_clean`` (nh3), the single source of truth, which also refuses images from other
websites. The editor is configured to produce nothing that ``body_clean`` would drop (a test
holds the two together), and every label it shows is in Chinese, from the catalog. An older body
with markup the editor's schema cannot hold is kept as stored when saved unchanged, and the
editor is told before changing it that such formatting would be lost (editor-keep.js).
"""

from django.utils.translation import pgettext
from django_prose_editor.widgets import ProseEditorWidget
from js_asset import JSON, Script
from js_asset.media import Media

#: What the toolbar offers: the structure of official documents (headings from 二级, since the
#: page's title is the 一级), lists, emphasis, links, tables, and images already stored here.
EXTENSIONS: dict = {
    "Bold": True,
    "Italic": True,
    "Underline": True,
    "Strike": True,
    "Subscript": True,
    "Superscript": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HorizontalRule": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto", "tel"]},
    "Image": True,
    "Table": True,
    "TableRow": True,
    "TableHeader": True,
    "TableCell": True,
    # Buttons only: a drop-down would show the editor's own English option names.
    "Menu": {
        "groups": [
            {"group": "blockType -lists"},
            {"group": "lists"},
            {"group": "nodes -blockType -lists"},
            {"group": "marks"},
            {"group": "link"},
            {"group": "table"},
            {"group": "history"},
        ]
    },
}

LABELS_ID = "prose-editor-zh"


def editor_labels() -> dict[str, str]:
    """The editor's English labels (button titles and dialog texts) with their Chinese."""
    labels = {
        # toolbar buttons, by the title the editor gives them
        "paragraph": pgettext("editor", "Body text"),
        "heading 2": pgettext("editor", "Heading, level 2"),
        "heading 3": pgettext("editor", "Heading, level 3"),
        "heading 4": pgettext("editor", "Heading, level 4"),
        "unordered list": pgettext("editor", "Bulleted list"),
        "ordered list": pgettext("editor", "Numbered list"),
        "List properties": pgettext("editor", "List properties"),
        "blockquote": pgettext("editor", "Quotation"),
        "horizontal rule": pgettext("editor", "Horizontal line"),
        "bold": pgettext("editor", "Bold"),
        "italic": pgettext("editor", "Italic"),
        "underline": pgettext("editor", "Underline"),
        "strike": pgettext("editor", "Strikethrough"),
        "subscript": pgettext("editor", "Subscript"),
        "superscript": pgettext("editor", "Superscript"),
        "insert link": pgettext("editor", "Insert link"),
        "remove link": pgettext("editor", "Remove link"),
        "image": pgettext("editor", "Insert image"),
        "Insert Table": pgettext("editor", "Insert table"),
        "Insert table": pgettext("editor", "Insert table"),
        "Add column": pgettext("editor", "Add a column"),
        "Delete column": pgettext("editor", "Delete the column"),
        "Add row": pgettext("editor", "Add a row"),
        "Delete row": pgettext("editor", "Delete the row"),
        "Merge cells": pgettext("editor", "Merge cells"),
        "Split cell": pgettext("editor", "Split the cell"),
        "Toggle header cell": pgettext("editor", "Header cell on or off"),
        "Delete table": pgettext("editor", "Delete the table"),
        "undo": pgettext("editor", "Undo"),
        "redo": pgettext("editor", "Redo"),
        "Toggle fullscreen": pgettext("editor", "Full screen"),
        # dialogs
        "URL": pgettext("editor", "Web address"),
        "Title": pgettext("editor", "Title"),
        "Open in new window": pgettext("editor", "Open in a new window"),
        "Edit Link": pgettext("editor", "Edit link"),
        "Image URL": pgettext("editor", "Image address"),
        "Alternative Text": pgettext("editor", "Text describing the image"),
        "Edit Image": pgettext("editor", "Edit image"),
        "Insert Image": pgettext("editor", "Insert image"),
        "Rows": pgettext("editor", "Rows"),
        "Columns": pgettext("editor", "Columns"),
        "Include header row": pgettext("editor", "With a header row"),
        "Table Properties": pgettext("editor", "Table properties"),
        "Decimal numbers": pgettext("editor", "1, 2, 3"),
        "Lowercase letters": pgettext("editor", "a, b, c"),
        "Uppercase letters": pgettext("editor", "A, B, C"),
        "Lowercase Roman numerals": pgettext("editor", "i, ii, iii"),
        "Uppercase Roman numerals": pgettext("editor", "I, II, III"),
        "Start at": pgettext("editor", "Start at"),
        "List type": pgettext("editor", "Numbering"),
        "Update": pgettext("editor", "Apply"),
        "Insert": pgettext("editor", "Insert"),
        "Cancel": pgettext("editor", "Cancel"),
        # editor-keep.js: shown above an older body with markup the editor cannot keep
        "editor-keep-warning": pgettext(
            "editor",
            "Some formatting of this text (such as styles, fonts or table layout) cannot be "
            "kept by the editor. Saving without changing the text keeps it as it is; editing "
            "the text here removes that formatting.",
        ),
    }
    return labels


class RichTextWidget(ProseEditorWidget):
    """A textarea the editor replaces; the form still posts HTML, which the services clean."""

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, preset="configurable", config={"extensions": EXTENSIONS})

    @property
    def media(self):
        # The labels must be in place before the editor's module reads ``window.gettext``: the
        # plain script runs as the page is parsed, the modules only once it has been parsed.
        zh = Media(
            js=[
                JSON(editor_labels(), id=LABELS_ID),
                Script("publishing/editor-zh.js"),
                Script("publishing/editor-keep.js"),
            ],
            css={"all": ["publishing/editor.css"]},
        )
        return zh + super().media


def importmap_text() -> str:
    """The text of the editor's inline import map, which the Content-Security-Policy allows."""
    rendered = str(RichTextWidget().media)
    start = rendered.index('<script type="importmap">') + len('<script type="importmap">')
    return rendered[start : rendered.index("</script>", start)]
