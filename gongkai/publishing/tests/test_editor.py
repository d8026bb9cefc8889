"""The rich-text editor of bodies: it writes only what the server keeps, it is served from this
site, it speaks Chinese, and the server still decides (body_clean, nh3)."""

import json
import re

import pytest
from django_prose_editor.config import allowlist_from_extensions

from gongkai.core.errors import DomainError
from gongkai.publishing.content import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, body_clean
from gongkai.publishing.editor import EXTENSIONS, RichTextWidget

#: Attributes the editor may write that the server drops on purpose: ``rel`` is set by the
#: server itself (noopener noreferrer); ``data-file`` and ``data-type`` are the editor's own
#: bookkeeping, not needed to show the page.
DROPPED_ON_PURPOSE = {"rel", "data-file", "data-type"}


def test_everything_the_editor_writes_is_kept_by_the_server():
    editor = allowlist_from_extensions(EXTENSIONS)
    assert editor["tags"] <= ALLOWED_TAGS, editor["tags"] - ALLOWED_TAGS
    for tag, attributes in editor["attributes"].items():
        kept = ALLOWED_ATTRIBUTES.get(tag, set()) | ALLOWED_ATTRIBUTES["*"]
        assert attributes - DROPPED_ON_PURPOSE <= kept, (tag, attributes - kept)


def test_a_body_written_in_the_editor_is_stored_as_typed():
    # What the editor posts for a heading, a list with bold text and a numbered list from 3.
    typed = (
        "<h2>一、工作目标</h2><ul><li><p>到<strong>2025年底</strong>全面完成</p></li></ul>"
        '<ol start="3" type="1"><li><p>第三项</p></li></ol>'
    )
    assert body_clean(typed) == typed


def test_the_editor_does_not_open_the_door_to_script_or_other_sites_images():
    with pytest.raises(DomainError) as refused:
        body_clean('<p>见图</p><img src="https://tracker.example.com/p.gif" alt="">')
    assert refused.value.code == "external_image"
    with pytest.raises(DomainError):
        body_clean('<p><a href="javascript:alert(1)">链接</a></p>')


def test_the_editor_is_served_from_this_site_and_labelled_in_chinese(settings):
    widget = RichTextWidget()
    media = str(widget.media)
    sources = re.findall(r'(?:src|href)="([^"]+)"', media)
    assert sources and all(s.startswith("/static/") for s in sources), sources
    assert "/static/django_prose_editor/editor.js" in sources
    assert "/static/publishing/editor-zh.js" in sources
    block = re.search(r'<script id="prose-editor-zh" type="application/json">(.*?)</script>', media)
    labels = json.loads(block.group(1))
    assert (labels["bold"], labels["heading 2"], labels["Cancel"]) == ("加粗", "二级标题", "取消")
    # The labels are read by a plain script that runs while the page is parsed, so they are in
    # place before the editor's modules run (modules wait for the end of the page).
    assert media.index('id="prose-editor-zh"') < media.index("editor-zh.js")
    assert '<script src="/static/publishing/editor-zh.js"></script>' in media
