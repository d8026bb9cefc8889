"""Procedural letters (REQ-LETTERS-1): each letter's content, numbering, frozen text, files."""

import io
import shutil
import subprocess
from datetime import date

import docx
import pytest

from gongkai.applications.letter_files import letter_docx, letter_pdf
from gongkai.applications.letter_kinds import LetterKind
from gongkai.applications.services import (
    application_answer,
    application_consultation_send,
    application_correction_request,
    application_deadline_set,
    application_extension_approve,
    application_register,
    application_start,
    procedural_letter_deliver,
    procedural_letter_discard,
    procedural_letter_draft,
    procedural_letter_edit,
    procedural_letter_issue,
    procedural_template_save,
)
from gongkai.applications.states import Channel, ReplyType
from gongkai.core.errors import DomainError

pytestmark = pytest.mark.django_db
REGS = "《中华人民共和国政府信息公开条例》"


def _case(org, actor=None, *, start=True, description="2023年部门预算"):
    app = application_register(
        org=org,
        channel=Channel.IN_PERSON,
        received_on=date(2024, 9, 27),  # a Friday; 20 working days end on 2024-10-30
        applicant_name="赵六",
        id_document="11010519491231002X",
        description=description,
    )
    if start:
        application_start(app=app, actor=actor)
    return app


def _flat(text: str) -> str:
    return "".join(text.split())


def test_the_correction_notice_lists_every_item_the_deadline_and_the_consequence(
    org_tree, coordinator
):
    app = _case(org_tree["commission"], start=False)
    application_correction_request(
        app=app,
        actor=coordinator,
        day=date(2024, 9, 30),
        items="1. 请写明所需预算的年度；\n2. 请写明预算单位。",
        until=date(2024, 10, 18),
    )
    letter = procedural_letter_draft(app=app, kind=LetterKind.CORRECTION, actor=coordinator)
    assert letter.title == "政府信息公开申请补正告知书"
    assert letter.addressee == "赵六"
    assert letter.body.startswith("赵六：\n本机关于2024年9月27日收到您提出的政府信息公开申请")
    assert f"{REGS}第三十条的规定，现一次性告知您需要补正的全部事项如下：" in letter.body
    assert "1. 请写明所需预算的年度；\n2. 请写明预算单位。" in letter.body
    assert "请于2024年10月18日前向本机关提交补正后的申请" in letter.body
    assert "无正当理由逾期不补正的，视为放弃申请" in letter.body
    assert (letter.number, letter.serial, letter.issued_on) == ("", None, None)  # a draft


def test_a_correction_notice_needs_a_deadline(org_tree, coordinator):
    app = _case(org_tree["commission"], start=False)
    # 《条例》第三十条: the notice states a deadline; neither the step nor the letter goes
    # without one.
    with pytest.raises(DomainError, match="补正期限"):
        application_correction_request(app=app, actor=coordinator, day=date(2024, 9, 30), items="x")
    with pytest.raises(DomainError, match="补正期限"):
        procedural_letter_draft(
            app=app, kind=LetterKind.CORRECTION, actor=coordinator, facts={"items": "x"}
        )


def test_the_third_party_is_asked_within_15_working_days_and_not_told_who_applied(
    org_tree, coordinator
):
    app = _case(org_tree["commission"], coordinator)
    application_consultation_send(
        app=app, actor=coordinator, day=date(2024, 9, 29), addressee="某某医药有限公司"
    )
    letter = procedural_letter_draft(
        app=app,
        kind=LetterKind.CONSULT_THIRD_PARTY,
        actor=coordinator,
        facts={"reason": "该信息含有贵公司的投标报价。", "delivered_on": date(2024, 9, 30)},
    )
    assert letter.addressee == "某某医药有限公司"
    assert letter.body.startswith("某某医药有限公司：")
    assert "申请公开的政府信息为：2023年部门预算。" in letter.body
    assert "理由是：该信息含有贵公司的投标报价。根据" in letter.body  # one 。, not two
    assert f"{REGS}第三十二条" in letter.body
    # Received on Monday 30 September: Oct 1-7 are off, Saturday Oct 12 is worked (调休);
    # the 15th working day after it is Friday 25 October.
    assert "请于收到本征求意见书之日起15个工作日内（即2024年10月25日前）" in letter.body
    assert "逾期未提出意见的，由本机关依照" in letter.body
    assert "赵六" not in letter.body  # the applicant's identity is not the third party's business


def test_another_body_is_told_that_silence_counts_as_agreement(org_tree, coordinator):
    app = _case(org_tree["commission"], coordinator)
    letter = procedural_letter_draft(
        app=app,
        kind=LetterKind.CONSULT_BODY,
        actor=coordinator,
        facts={"addressee": "云南省财政厅", "information": "联合印发的通知"},
    )
    assert letter.body.startswith("云南省财政厅：")
    assert f"{REGS}第三十四条" in letter.body
    assert "请于收到本函之日起15个工作日内以书面形式" in letter.body  # receipt not yet known
    assert "逾期未提出意见的，视为同意公开。" in letter.body


def test_the_third_party_is_told_what_will_be_disclosed_and_why(org_tree, coordinator):
    app = _case(org_tree["commission"], coordinator)
    letter = procedural_letter_draft(
        app=app,
        kind=LetterKind.THIRD_PARTY_DISCLOSURE,
        actor=coordinator,
        facts={
            "addressee": "某某医药有限公司",
            "information": "药品抽检不合格批次的检验报告",
            "reason": "涉及公众用药安全。",
        },
    )
    assert f"{REGS}第十五条、第三十二条的规定，本机关决定予以公开" in letter.body
    assert "决定公开的政府信息：药品抽检不合格批次的检验报告。" in letter.body
    assert "决定公开的理由：涉及公众用药安全。" in letter.body
    assert "。。" not in letter.body


def test_the_extension_notice_gives_the_days_the_new_due_date_and_the_reason(
    org_tree, coordinator, reviewer
):
    app = _case(org_tree["commission"], coordinator)
    application_extension_approve(
        app=app, actor=reviewer, day=date(2024, 10, 28), days=20, reason="需要汇总16个州市的数据。"
    )
    letter = procedural_letter_draft(app=app, kind=LetterKind.EXTENSION, actor=coordinator)
    # Due 2024-10-30 without extension; 20 more working days: Oct 31, Nov 1, then 18 working
    # days of November up to Wednesday 27 November.
    assert "因需要汇总16个州市的数据，本机关不能在规定期限内作出答复" in letter.body
    assert f"{REGS}第三十三条第二款的规定，答复期限延长20个工作日" in letter.body
    assert "本机关将于2024年11月27日前作出答复" in letter.body


def test_an_extension_notice_needs_an_approved_extension(org_tree, coordinator):
    app = _case(org_tree["commission"], coordinator)
    with pytest.raises(DomainError, match="延长"):
        procedural_letter_draft(app=app, kind=LetterKind.EXTENSION, actor=coordinator)


def test_the_fee_notice_per_page_gives_basis_rates_amount_and_payment_deadline(
    org_tree, coordinator
):
    app = _case(org_tree["commission"], coordinator)
    letter = procedural_letter_draft(
        app=app,
        kind=LetterKind.FEE,
        actor=coordinator,
        facts={"method": "per_page", "quantity": 150, "delivered_on": date(2024, 9, 30)},
    )
    assert f"{REGS}第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）" in (
        letter.body
    )
    assert "计收方式：按量计收，计收数量：150页。" in letter.body
    assert "收费标准：第1至30页免费；第31至100页每页10元；第101至150页每页20元。" in letter.body
    assert "应缴金额：1700元（70页×10元＋50页×20元）。" in letter.body  # REQ-FEE-4's example
    # 20 working days from the day after receipt on 30 September: Friday 1 November.
    assert "请于收到本通知书之次日起20个工作日内（即2024年11月1日前）缴纳。" in letter.body
    assert "逾期未缴纳的，视为放弃申请" in letter.body


def test_the_fee_notice_per_request_and_the_amount_the_form_gave(org_tree, coordinator):
    app = _case(org_tree["commission"], coordinator)
    letter = procedural_letter_draft(
        app=app,
        kind=LetterKind.FEE,
        actor=coordinator,
        facts={"method": "per_request", "quantity": 35, "how_to_pay": "请到本机关财务处缴纳。"},
    )
    assert "计收方式：按件计收，计收数量：本自然月累计第35件申请。" in letter.body
    # REQ-FEE-3: only this request is charged, at the band of its place in the month.
    assert "本申请为该申请人本自然月第35件，适用第31至40件每件200元的标准" in letter.body
    assert "应缴金额：200元。" in letter.body
    assert "请于收到本通知书之次日起20个工作日内缴纳。请到本机关财务处缴纳。" in letter.body
    waived = procedural_letter_draft(
        app=app,
        kind=LetterKind.FEE,
        actor=coordinator,
        facts={"method": "per_request", "quantity": 35, "amount": 100},
    )
    assert "应缴金额：100元。" in waived.body  # the amount staff decided, without a breakdown


def test_the_article_35_notices(org_tree, coordinator, reviewer):
    app = _case(org_tree["commission"], coordinator)
    asking = procedural_letter_draft(
        app=app,
        kind=LetterKind.REASONS,
        actor=coordinator,
        facts={
            "facts": "您自2024年9月1日起已向本机关提出申请48件。",
            "answer_by": date(2024, 10, 18),
        },
    )
    assert "您自2024年9月1日起已向本机关提出申请48件。本机关认为" in asking.body
    assert f"{REGS}第三十五条的规定，请您于2024年10月18日前向本机关书面说明理由" in asking.body
    application_deadline_set(
        app=app,
        actor=reviewer,
        day=date(2024, 10, 21),
        until=date(2024, 12, 31),
        reason="需要逐件调取2019年以来的档案",
    )
    later = procedural_letter_draft(app=app, kind=LetterKind.NEW_DEADLINE, actor=coordinator)
    assert "因需要逐件调取2019年以来的档案，本机关无法在" in later.body
    assert "第三十五条的规定，本机关确定延迟答复的期限，将于2024年12月31日前作出答复" in later.body


def _issued(app, kind, actor, day=date(2024, 10, 8), **facts):
    letter = procedural_letter_draft(app=app, kind=kind, actor=actor, facts=facts)
    return procedural_letter_issue(letter=letter, actor=actor, day=day)


def test_each_kind_has_its_own_number_series_beside_the_replies(org_tree, coordinator):
    org = org_tree["commission"]
    first, second = _case(org, coordinator), _case(org, coordinator)
    reasons = {"answer_by": date(2024, 10, 25)}
    consult = {"addressee": "某公司", "information": "x"}
    numbers = [
        _issued(first, LetterKind.REASONS, coordinator, **reasons).number,
        _issued(second, LetterKind.REASONS, coordinator, **reasons).number,
        _issued(first, LetterKind.CONSULT_THIRD_PARTY, coordinator, **consult).number,
        _issued(first, LetterKind.CONSULT_BODY, coordinator, **consult).number,
        _issued(first, LetterKind.REASONS, coordinator, date(2025, 1, 3), **reasons).number,
    ]
    assert numbers == [
        "省卫生计生委询字〔2024〕1号",
        "省卫生计生委询字〔2024〕2号",
        "省卫生计生委征字〔2024〕1号",  # both 征求意见 letters share one register
        "省卫生计生委征字〔2024〕2号",
        "省卫生计生委询字〔2025〕1号",
    ]
    reply = application_answer(
        app=second,
        actor=coordinator,
        reply_type=ReplyType.R_DISCLOSE,
        decision="同意公开。",
        day=date(2024, 10, 18),
    )
    assert reply.number == "省卫生计生委〔2024〕1号"  # the replies' own series is untouched


def test_an_issued_letter_is_frozen_a_draft_is_not(org_tree, coordinator):
    app = _case(org_tree["commission"], coordinator)
    draft = procedural_letter_draft(
        app=app, kind=LetterKind.REASONS, actor=coordinator, facts={"answer_by": date(2024, 10, 25)}
    )
    procedural_letter_edit(letter=draft, actor=coordinator, title=draft.title, body="改写的正文。")
    letter = procedural_letter_issue(letter=draft, actor=coordinator, day=date(2024, 10, 8))
    assert letter.body == "改写的正文。"
    with pytest.raises(DomainError, match="已签发"):
        procedural_letter_edit(letter=letter, actor=coordinator, title="x", body="再改。")
    with pytest.raises(DomainError, match="已签发"):
        procedural_letter_discard(letter=letter, actor=coordinator)
    with pytest.raises(DomainError, match="已签发"):
        procedural_letter_issue(letter=letter, actor=coordinator, day=date(2024, 10, 9))
    letter.refresh_from_db()
    assert (letter.body, letter.number) == ("改写的正文。", "省卫生计生委询字〔2024〕1号")
    with pytest.raises(DomainError):
        procedural_letter_deliver(
            letter=letter, actor=coordinator, channel="post", day=date(2024, 10, 7)
        )
    procedural_letter_deliver(
        letter=letter, actor=coordinator, channel="post", day=date(2024, 10, 10), proof="XA1"
    )
    letter.refresh_from_db()
    assert (letter.delivery_channel, letter.delivered_on, letter.delivery_proof) == (
        "post",
        date(2024, 10, 10),
        "XA1",
    )


def test_agency_templates_are_checked_and_used(org_tree, coordinator):
    org = org_tree["commission"]
    with pytest.raises(DomainError, match="补正期限"):
        procedural_template_save(
            org=org,
            kind=LetterKind.CORRECTION,
            title="补正通知",
            marker="补",
            body="{applicant}：请补正{items}。{case_number}",
            actor=coordinator,
        )
    procedural_template_save(
        org=org,
        kind=LetterKind.CORRECTION,
        title="补正通知",
        marker="补",
        body="{applicant}：\n申请{case_number}请补正：{items}。请于{correct_by}前补正。",
        actor=coordinator,
    )
    app = _case(org, start=False)
    application_correction_request(
        app=app,
        actor=coordinator,
        day=date(2024, 9, 30),
        items="单位名称。",
        until=date(2024, 10, 9),
    )
    letter = procedural_letter_draft(app=app, kind=LetterKind.CORRECTION, actor=coordinator)
    letter = procedural_letter_issue(letter=letter, actor=coordinator, day=date(2024, 10, 8))
    assert letter.title == "补正通知"
    assert letter.body == f"赵六：\n申请{app.number}请补正：单位名称。请于2024年10月9日前补正。"
    assert letter.number == "省卫生计生委补〔2024〕1号"


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is not installed")
def test_the_files_of_an_issued_letter_hold_its_text(org_tree, coordinator):
    app = _case(org_tree["commission"], coordinator)
    letter = _issued(
        app, LetterKind.FEE, coordinator, method="per_page", quantity=150, day=date(2024, 10, 8)
    )
    pdf = letter_pdf(letter)
    text = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    flat = _flat(text)
    for expected in [
        "政府信息公开信息处理费收费通知书",
        "省卫生计生委费字〔2024〕1号",
        "赵六：",
        "应缴金额：1700元",
        "视为放弃申请",
        "2024年10月8日",
    ]:
        assert expected in flat, expected
    document = docx.Document(io.BytesIO(letter_docx(letter)))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[:3] == [
        "政府信息公开信息处理费收费通知书",
        "省卫生计生委费字〔2024〕1号",
        "赵六：",
    ]
    assert any(p.startswith("应缴金额：1700元") for p in paragraphs)
    assert paragraphs[-1] == "2024年10月8日"


def test_recording_a_step_on_the_case_page_drafts_its_letter(client, org_tree, coordinator):
    app = _case(org_tree["commission"], coordinator)
    client.login(username="coordinator", password="pw-coordinator")
    url = f"/office/applications/{app.pk}/"
    client.post(
        url + "fee_notice/",
        {
            "fee_notice-day": "2024-09-30",
            "fee_notice-method": "per_page",
            "fee_notice-pages": "150",
            "fee_notice-delivered_on": "2024-09-30",
        },
    )
    letter = app.procedural_letters.get()
    assert letter.kind == LetterKind.FEE and letter.number == ""
    assert "应缴金额：1700元" in letter.body
    page = client.get(url).content.decode()
    assert "政府信息公开信息处理费收费通知书" in page and "草稿" in page
    # The draft is edited, then issued; a draft has no files, an issued letter has both.
    base = f"{url}letters/{letter.pk}/"
    assert client.get(base[:-1] + ".pdf").status_code == 404
    body = letter.body.replace("特此通知。", "特此通知，请按期缴纳。")
    client.post(base + "edit/", {"title": letter.title, "body": body})
    client.post(base + "issue/", {"issue-day": "2024-09-30"})
    letter.refresh_from_db()
    assert letter.number == "省卫生计生委费字〔2024〕1号"
    assert "特此通知，请按期缴纳。" in letter.body
    response = client.get(base[:-1] + ".docx")
    assert response["Content-Disposition"] == f'attachment; filename="fee-{app.number}.docx"'
    client.post(base + "deliver/", {"delivery-channel": "post", "delivery-day": "2024-10-08"})
    page = client.get(base).content.decode()
    assert "2024年10月8日" in page and "省卫生计生委费字〔2024〕1号" in page
    assert "{" not in page.split('class="letter-paper"')[1].split("</div>")[0]


def test_a_consultation_of_another_body_drafts_the_article_34_letter(client, org_tree, coordinator):
    app = _case(org_tree["commission"], coordinator)
    client.login(username="coordinator", password="pw-coordinator")
    client.post(
        f"/office/applications/{app.pk}/consultation_send/",
        {
            "consultation_send-day": "2024-09-30",
            "consultation_send-party": "consult_body",
            "consultation_send-addressee": "云南省财政厅",
        },
    )
    letter = app.procedural_letters.get()
    assert (letter.kind, letter.addressee) == (LetterKind.CONSULT_BODY, "云南省财政厅")
    assert "视为同意公开" in letter.body


def test_the_article_35_deadline_is_set_and_its_notice_written_from_the_case_page(
    client, org_tree, reviewer, coordinator
):
    app = _case(org_tree["commission"], coordinator)
    client.login(username="reviewer", password="pw-reviewer")
    form = client.get(f"/office/applications/{app.pk}/letters/new/?letter-kind=new_deadline")
    assert "答复期限" in form.content.decode()
    response = client.post(
        f"/office/applications/{app.pk}/letters/new/",
        {
            "kind": "new_deadline",
            "day": "2024-10-21",
            "new_due": "2024-12-31",
            "reason": "需要逐件调取档案",
        },
    )
    app.refresh_from_db()
    assert app.due_on == date(2024, 12, 31)
    letter = app.procedural_letters.get()
    assert response["Location"] == f"/office/applications/{app.pk}/letters/{letter.pk}/"
    assert "将于2024年12月31日前作出答复" in letter.body


def test_the_coordinator_edits_a_letter_template(client, org_tree, coordinator):
    client.login(username="coordinator", password="pw-coordinator")
    listing = client.get("/office/applications/templates/").content.decode()
    assert "收费通知书（国办函〔2020〕109号）" in listing
    url = "/office/applications/templates/letters/extension/"
    page = client.get(url).content.decode()
    # Staff write fields as 【…】 in Chinese; the stored {name} never reaches the screen.
    assert "【延长后的答复期限】" in page and "{due_date}" not in page
    bad = client.post(
        url, {"title": "延期", "marker": "延", "body": "【申请编号】【延长工作日数】【理由】"}
    )
    assert "文书必须包含【延长后的答复期限】" in bad.content.decode()
    braces = client.post(url, {"title": "延期", "marker": "延", "body": "{case_number}"})
    assert "不使用花括号" in braces.content.decode()
