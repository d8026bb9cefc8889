"""Word's automatic numbering as Word shows it: numbering carried by heading styles (through
their basedOn chain or a list level linked to the style), restarts, and numbering switched off.
Every document here is made up."""

from __future__ import annotations

import io
import zipfile

from gongkai.plans.parsing import parse_document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

NUMBERING = f"""<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="1">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
<w:pStyle w:val="Part"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
<w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/>{{restart}}
<w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="8"><w:abstractNumId w:val="1"/>
<w:lvlOverride w:ilvl="2"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>"""

# 一级标题 carries the list without a level (the list's level 0 is linked to it); 二级标题 is
# based on a style carrying level 1
STYLES = f"""<w:styles xmlns:w="{W}">
<w:style w:type="paragraph" w:styleId="Part"><w:name w:val="一级标题"/>
<w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="SectionBase"><w:name w:val="二级标题基础"/>
<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Section"><w:name w:val="二级标题"/>
<w:basedOn w:val="SectionBase"/></w:style>
</w:styles>"""


def _p(text: str, style: str = "", num: tuple[str, str] | None = None) -> str:
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    return f"<w:p><w:pPr>{ppr}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"


def _docx(paragraphs: list[str], restart: str = "") -> bytes:
    document = f'<w:document xmlns:w="{W}"><w:body>{"".join(paragraphs)}</w:body></w:document>'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"/>',
        )
        zf.writestr("word/document.xml", document)
        zf.writestr("word/numbering.xml", NUMBERING.format(restart=restart))
        zf.writestr("word/styles.xml", STYLES)
    return out.getvalue()


def _paths(data: bytes) -> list[tuple[str, list[str]]]:
    return [("/".join(t.path), t.units) for t in parse_document(data, "plan.docx").tasks]


def test_heading_styles_carry_the_numbers_of_parts_and_sections() -> None:
    data = _docx(
        [
            _p("某县2025年政务公开工作要点"),
            _p("深化重点领域公开", "Part"),
            _p("推进决策公开", "Section"),
            _p("做好重大决策预公开。（责任单位：县甲局）", num=("7", "2")),
            _p("做好政策解读。（责任单位：县乙局）", num=("7", "2")),
            _p("提升公开质效", "Part"),
            _p("规范依申请公开", "Section"),
            _p("按时答复申请。（责任单位：县丙局）", num=("7", "2")),
        ]
    )
    assert _paths(data) == [
        ("一/（一）/1", ["县甲局"]),
        ("一/（一）/2", ["县乙局"]),
        ("二/（一）/1", ["县丙局"]),
    ]


def test_items_numbered_across_parts_and_a_list_started_at_five() -> None:
    never = '<w:lvlRestart w:val="0"/>'  # the items' numbers run on across parts
    data = _docx(
        [
            _p("深化重点领域公开", "Part"),
            _p("做好重大决策预公开。（责任单位：县甲局）", num=("7", "2")),
            _p("提升公开质效", "Part"),
            _p("按时答复申请。（责任单位：县丙局）", num=("7", "2")),
            _p("规范公开平台", "Part"),
            _p("整合政务新媒体。（责任单位：县丁局）", num=("8", "2")),
        ],
        restart=never,
    )
    assert _paths(data) == [
        ("一/1", ["县甲局"]),
        ("二/2", ["县丙局"]),
        ("三/5", ["县丁局"]),
    ]


def test_a_paragraph_switching_its_style_s_numbering_off_has_no_number() -> None:
    data = _docx(
        [
            _p("深化重点领域公开", "Part"),
            _p("推进决策公开", "Section"),
            _p("做好重大决策预公开。（责任单位：县乙局）", num=("7", "2")),
            _p("各单位要抓好落实，确保各项任务按时完成。", "Part", num=("0", "0")),
        ]
    )
    assert _paths(data) == [("一/（一）/1", ["县乙局"])]
