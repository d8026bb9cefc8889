"""Reply letters: templates checked on save, numbering, remedy wording, .docx and PDF layout."""

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.shared import Pt

from gongkai.applications.letter_files import letter_docx, letter_pdf
from gongkai.applications.models import ReplyTemplate
from gongkai.applications.services import (
    application_answer,
    application_register,
    application_start,
    letter_deliver,
    template_save,
)
from gongkai.applications.states import Channel, Ground, ReplyType
from gongkai.core.errors import DomainError

pytestmark = pytest.mark.django_db

REMEDY_A_START = "如不服本答复，可以在收到本答复书之日起60日内向云南省人民政府申请行政复议；"
REMEDY_B = (
    "如不服本答复，可以在收到本答复书之日起60日内向云南省人民政府申请行政复议，"
    "或者在6个月内依法向人民法院提起行政诉讼。"
)


def _replied(org, actor, reply_type, day=date(2024, 10, 18), ground="", decision="答复意见。"):
    app = application_register(
        org=org,
        channel=Channel.IN_PERSON,
        received_on=date(2024, 9, 27),
        applicant_name="赵六",
        id_document="11010519491231002X",
        description="2023年部门预算",
    )
    application_start(app=app, actor=actor)
    return application_answer(
        app=app, actor=actor, reply_type=reply_type, decision=decision, ground=ground, day=day
    )


def test_letters_take_consecutive_numbers_per_agency_and_year(org_tree, coordinator):
    first = _replied(org_tree["commission"], coordinator, ReplyType.R_DISCLOSE)
    second = _replied(org_tree["commission"], coordinator, ReplyType.R_NOT_EXIST)
    next_year = _replied(
        org_tree["commission"], coordinator, ReplyType.R_DISCLOSE, day=date(2025, 1, 3)
    )
    assert [first.number, second.number, next_year.number] == [
        "省卫生计生委〔2024〕1号",
        "省卫生计生委〔2024〕2号",
        "省卫生计生委〔2025〕1号",
    ]


def test_a_refusal_gets_wording_a_and_its_ground_other_replies_wording_b(org_tree, coordinator):
    refusal = _replied(
        org_tree["commission"], coordinator, ReplyType.R_WITHHOLD, ground=Ground.G15_THIRD
    )
    assert REMEDY_A_START in refusal.body
    assert "收到行政复议决定书之日起15日内" in refusal.body
    assert "第十五条、第三十六条第（三）项" in refusal.body
    disclosed = _replied(org_tree["commission"], coordinator, ReplyType.R_DISCLOSE)
    assert REMEDY_B in disclosed.body
    assert "第三十六条第（二）项" in disclosed.body
    # Before the 2023 Administrative Reconsideration Law, a refusal got wording B too.
    old = _replied(
        org_tree["commission"],
        coordinator,
        ReplyType.R_WITHHOLD,
        ground=Ground.G14_SECRET,
        day=date(2023, 12, 29),
    )
    assert REMEDY_B in old.body


def test_templates_are_checked_on_save(org_tree, coordinator):
    org = org_tree["commission"]
    with pytest.raises(DomainError, match="无法识别的字段"):
        template_save(
            org=org,
            reply_type=ReplyType.R_DISCLOSE,
            title="答复书",
            body="{case_number}{decision}{legal_basis}{remedy}{applicant_name}",
            actor=coordinator,
        )
    with pytest.raises(DomainError, match="救济途径"):
        template_save(
            org=org,
            reply_type=ReplyType.R_DISCLOSE,
            title="答复书",
            body="{case_number}{decision}{legal_basis}",
            actor=coordinator,
        )
    assert not ReplyTemplate.objects.exists()
    template_save(
        org=org,
        reply_type=ReplyType.R_DISCLOSE,
        title="政府信息公开告知书",
        body="{applicant}：\n编号{case_number}。{decision}\n依据{legal_basis}。\n{remedy}",
        actor=coordinator,
    )
    letter = _replied(org, coordinator, ReplyType.R_DISCLOSE, decision="同意公开。")
    assert letter.title == "政府信息公开告知书"
    assert letter.body.startswith("赵六：\n编号")


GOOD_BODY = "{applicant}：\n编号{case_number}。{decision}\n依据{legal_basis}。\n{remedy}"


@pytest.mark.parametrize(
    "placeholder",
    [
        "{case_number!r:>3000000}",
        "{case_number:>3000000}",
        "{case_number!s}",
        "{case_number.__class__}",
        "{case_number[0]}",
        "{}",
    ],
)
def test_a_template_may_only_name_fields(org_tree, coordinator, placeholder):
    with pytest.raises(DomainError, match="只能写字段名") as refused:
        template_save(
            org=org_tree["commission"],
            reply_type=ReplyType.R_DISCLOSE,
            title="答复书",
            body=GOOD_BODY + placeholder,
            actor=coordinator,
        )
    assert placeholder[:20] in refused.value.message
    assert not ReplyTemplate.objects.exists()


def test_a_stored_template_with_a_format_spec_is_refused_when_a_letter_is_made(
    org_tree, coordinator
):
    """A template written before the check (or straight into the database) is not rendered."""
    org = org_tree["commission"]
    ReplyTemplate.objects.create(
        org=org,
        reply_type=ReplyType.R_DISCLOSE,
        title="答复书",
        body=GOOD_BODY + "{case_number!r:>3000000}",
    )
    with pytest.raises(DomainError, match="只能写字段名"):
        _replied(org, coordinator, ReplyType.R_DISCLOSE)


def test_the_coordinator_edits_a_template_in_the_back_office(client, coordinator, org_tree):
    client.login(username="coordinator", password="pw-coordinator")
    url = "/office/applications/templates/R-NOT-EXIST/"
    page = client.get(url).content.decode()
    assert "【答复内容】" in page and "{decision}" not in page  # fields in Chinese, not code
    bad = client.post(url, {"title": "答复书", "body": "【答复内容】【法律依据】"})
    assert "必须包含" in bad.content.decode()
    client.post(
        url, {"title": "答复书", "body": "【申请编号】\n【答复内容】\n【法律依据】\n【救济途径】"}
    )
    saved = ReplyTemplate.objects.get()
    assert saved.reply_type == "R-NOT-EXIST"
    assert saved.body == "{case_number}\n{decision}\n{legal_basis}\n{remedy}"  # stored as fields
    assert "本机关修改" in client.get("/office/applications/templates/").content.decode()


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is not installed")
def test_the_pdf_reads_as_an_official_letter(org_tree, coordinator):
    letter = _replied(org_tree["commission"], coordinator, ReplyType.R_DISCLOSE)
    pdf = letter_pdf(letter)
    text = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    flat = "".join(text.split())
    for expected in [
        "政府信息公开申请答复书",
        "省卫生计生委〔2024〕1号",
        "赵六：",
        letter.application.number,
        "申请获取：2023年部门预算",
        "或者在6个月内依法向人民法院提起行政诉讼",
        "云南省卫生和计划生育委员会",
        "2024年10月18日",
    ]:
        assert expected in flat, expected
    lines = [line for line in text.splitlines() if line.strip()]

    def indent(line: str) -> int:
        return len(line) - len(line.lstrip())

    title = next(line for line in lines if line.strip() == "政府信息公开申请答复书")
    salutation = next(line for line in lines if line.strip() == "赵六：")
    assert indent(title) >= indent(salutation) + 5  # centred, not flush left
    assert lines[-1].strip() == "2024年10月18日"  # the date closes the letter, at the right
    assert indent(lines[-1]) > indent(title)


def test_the_docx_has_gb9704_margins_and_font_sizes(org_tree, coordinator):
    letter = _replied(org_tree["commission"], coordinator, ReplyType.R_DISCLOSE)
    document = docx.Document(io.BytesIO(letter_docx(letter)))
    section = document.sections[0]
    margins = [section.top_margin, section.bottom_margin, section.left_margin, section.right_margin]
    assert [round(m.mm) for m in margins] == [37, 35, 28, 26]
    paragraphs = document.paragraphs
    assert paragraphs[0].text == "政府信息公开申请答复书"
    assert paragraphs[0].runs[0].font.size == Pt(22)  # 二号
    assert paragraphs[1].text == "省卫生计生委〔2024〕1号"
    body = next(p for p in paragraphs if p.text.startswith("经审查"))
    assert body.runs[0].font.size == Pt(16)  # 三号
    assert paragraphs[-1].text == "2024年10月18日"


def test_delivery_is_recorded_and_cannot_precede_the_letter(org_tree, coordinator):
    letter = _replied(org_tree["commission"], coordinator, ReplyType.R_DISCLOSE)
    with pytest.raises(DomainError):
        letter_deliver(letter=letter, actor=coordinator, channel="post", day=date(2024, 10, 1))
    letter_deliver(
        letter=letter, actor=coordinator, channel="post", day=date(2024, 10, 21), proof="XA123"
    )
    letter.refresh_from_db()
    assert (letter.delivery_channel, letter.delivered_on, letter.delivery_proof) == (
        "post",
        date(2024, 10, 21),
        "XA123",
    )


def test_a_request_typed_with_a_full_stop_gets_one_full_stop(org_tree, coordinator):
    app = application_register(
        org=org_tree["commission"],
        channel=Channel.IN_PERSON,
        received_on=date(2024, 9, 27),
        applicant_name="赵六",
        id_document="11010519491231002X",
        description="2023年部门预算。",
    )
    application_start(app=app, actor=coordinator)
    letter = application_answer(
        app=app,
        actor=coordinator,
        reply_type=ReplyType.R_DISCLOSE,
        decision="您申请获取的政府信息属于公开范围，本机关予以公开。",
        day=date(2024, 10, 18),
    )
    assert "申请获取：2023年部门预算。\n" in letter.body
    assert "。。" not in letter.body


def test_a_decision_that_says_how_it_was_found_replaces_the_lead_in(org_tree, coordinator):
    searched = _replied(
        org_tree["commission"],
        coordinator,
        ReplyType.R_NOT_EXIST,
        decision="经检索，本机关未制作或获取您申请的政府信息，该政府信息不存在。",
    )
    assert "现答复如下：经检索，本机关未制作或获取您申请的政府信息" in searched.body
    assert "经审查，现答复如下：经" not in searched.body
    plain = _replied(
        org_tree["commission"], coordinator, ReplyType.R_DISCLOSE, decision="同意公开。"
    )
    assert "经审查，现答复如下：同意公开。" in plain.body  # other decisions keep the lead-in


def test_the_case_page_dates_the_letter_as_the_pdf_does(client, org_tree, coordinator):
    letter = _replied(org_tree["commission"], coordinator, ReplyType.R_DISCLOSE)
    client.login(username="coordinator", password="pw-coordinator")
    page = client.get(f"/office/applications/{letter.application_id}/").content.decode()
    section = page[page.index('id="letter"') : page.index("</section>", page.index('id="letter"'))]
    assert "2024年10月18日" in section  # as printed at the foot of the PDF and .docx
    assert "2024-10-18" not in section


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils is not installed")
@pytest.mark.skipif(
    not Path("/usr/share/fonts/truetype/arphic/uming.ttc").exists(),
    reason="fonts-arphic-uming is not installed (scripts/ensure-system.sh installs it)",
)
def test_without_a_fangsong_font_the_pdf_is_set_in_a_song_typeface(org_tree, coordinator):
    letter = _replied(org_tree["commission"], coordinator, ReplyType.R_DISCLOSE)
    fonts = subprocess.run(
        ["pdffonts", "-"], input=letter_pdf(letter), capture_output=True, check=True
    ).stdout.decode()
    installed = subprocess.run(["fc-list", ":lang=zh-cn", "family"], capture_output=True)
    if "仿宋" in installed.stdout.decode() or "fangsong" in installed.stdout.decode().lower():
        pytest.skip("a FangSong font is installed here: the next test covers it")
    assert "UMingCN" in fonts  # AR PL UMing CN (Song/Ming), embedded; not the Hei WenQuanYi
    assert "WenQuanYi" not in fonts


UMING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")
LATIN_ONLY = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


@pytest.mark.skipif(
    not (UMING.exists() and LATIN_ONLY.exists()), reason="the Debian font packages are missing"
)
def test_a_fangsong_face_that_covers_simplified_chinese_is_preferred():
    from gongkai.applications.letter_files import FontFile, choose_pdf_font

    # fontconfig lists a FangSong face (here played by the UMing file): it is chosen.
    fangsong = FontFile("仿宋_GB2312,FangSong_GB2312", UMING, 0)
    assert choose_pdf_font([fangsong])[1] == "仿宋_GB2312"
    # A face named FangSong that lacks simplified characters is passed over for the Song face.
    latin = FontFile("FangSong Latin", LATIN_ONLY, 0)
    assert choose_pdf_font([latin])[1] == "AR PL UMing CN"
