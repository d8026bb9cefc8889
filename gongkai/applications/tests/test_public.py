"""The public online form and the applicant's private tracking page (REQ-INTAKE-1, Art. 29)."""

from datetime import date

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile

from gongkai.applications.models import Application, Attachment
from gongkai.applications.selectors import overdue_filter
from gongkai.applications.services import application_answer, application_start
from gongkai.applications.states import ReplyType, Status
from gongkai.core.models import AuditEntry

pytestmark = pytest.mark.django_db

VALID_ID = "11010519491231002X"  # the checksum example of GB 11643-1999
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def form_data(org_tree):
    return {
        "org": org_tree["commission"].pk,
        "applicant_type": "person",
        "applicant_name": "测试申请人",
        "id_type": "id_card",
        "id_document": VALID_ID,
        "phone": "13800000000",
        "email": "",
        "address": "",
        "description": "2023年部门预算",
        "purpose": "",
        "delivery_method": "online",
        "submission_key": "key-0001",
    }


def _post(client, data, files=()):
    payload = dict(data)
    if files:
        payload["attachments"] = list(files)
    return client.post("/apply/form/", payload)


@time_machine.travel("2024-09-27 02:00", tick=False)  # Fri before National Day, 10:00 Beijing
def test_applicant_files_a_request_and_follows_it_with_the_private_link(client, form_data):
    response = _post(client, form_data, [SimpleUploadedFile("身份证.pdf", PDF)])
    app = Application.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/apply/received/{app.access_token}/"
    assert app.channel == "online" and app.status == Status.RECEIVED
    assert app.due_on == date(2024, 10, 30)  # Oct 1-7 off; Sep 29 and Oct 12 are worked (调休)
    attachment = app.attachments.get()
    assert (attachment.name, attachment.content_type) == ("身份证.pdf", "application/pdf")
    received = client.get(response["Location"]).content.decode()
    assert app.number in received and f"/apply/track/{app.access_token}/" in received
    track = client.get(f"/apply/track/{app.access_token}/").content.decode()
    assert "2024年10月30日" in track and "已收到" in track
    assert "2023年部门预算" in track
    entry = AuditEntry.objects.get(action="application.register")
    assert (entry.actor, entry.actor_name) == (None, "公众")  # the applicant, never by name


def test_a_double_submit_makes_one_request(client, form_data):
    first = _post(client, form_data)
    second = _post(client, form_data)
    assert Application.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_a_wrong_id_checksum_is_refused_in_chinese_and_nothing_is_stored(client, form_data):
    form_data["id_document"] = "110105194912310021"  # last character should be X
    response = _post(client, form_data)
    assert response.status_code == 200
    assert "身份证号码有误" in response.content.decode()
    assert not Application.objects.exists()


def test_missing_contact_is_refused(client, form_data):
    form_data["phone"] = ""
    response = _post(client, form_data)
    assert "请至少填写联系电话或电子邮箱中的一项" in response.content.decode()
    assert not Application.objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("说明.pdf", b"MZ\x90\x00\x03" + b"\x00" * 100, "属于可执行程序或脚本"),
        ("run.txt", b"#!/bin/sh\nrm -rf /\n", "属于可执行程序或脚本"),
        ("大文件.pdf", b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024), "超过10 MB"),
        ("archive.zip", b"PK\x03\x04" + b"\x00" * 100, "只接受"),
    ],
)
def test_dangerous_or_oversized_attachments_are_refused(client, form_data, name, content, message):
    response = _post(client, form_data, [SimpleUploadedFile(name, content)])
    assert message in response.content.decode()
    assert not Application.objects.exists() and not Attachment.objects.exists()


def test_a_wrong_token_is_a_plain_404(client, form_data):
    _post(client, form_data)
    app = Application.objects.get()
    response = client.get(f"/apply/track/{app.access_token[:-1]}x/")
    assert response.status_code == 404
    assert app.number not in response.content.decode()
    assert client.get("/apply/track/x/letter.pdf").status_code == 404


@time_machine.travel("2026-12-20 02:00", tick=False)
def test_a_deadline_in_an_uncovered_year_is_shown_as_not_computable(client, form_data):
    _post(client, form_data)
    app = Application.objects.get()
    assert app.due_on is None and app.due_missing_year == 2027
    track = client.get(f"/apply/track/{app.access_token}/").content.decode()
    # 20 working days after Sun 2026-12-20, 2027 counted on weekends only: 2027-01-15, marked
    # 预计 and subject to the State Council's schedule (CAL-MISSING-1).
    assert "预计2027年1月15日" in track
    assert "以国务院公布的2027年节假日安排为准" in track
    with time_machine.travel("2027-03-01 10:00 +0800", tick=False):
        assert not Application.objects.filter(overdue_filter(date(2027, 3, 1))).exists()


def test_no_personal_data_on_other_public_pages_or_the_anonymous_api(client, form_data):
    _post(client, form_data)
    for url in ["/", "/apply/", "/apply/form/"]:
        html = client.get(url).content.decode()
        assert "测试申请人" not in html and VALID_ID not in html
    assert client.get("/api/applications/").status_code in {401, 403}


@time_machine.travel("2024-09-27 02:00", tick=False)
def test_the_applicant_downloads_the_reply_letter_from_the_tracking_page(
    client, form_data, coordinator
):
    _post(client, form_data)
    app = Application.objects.get()
    application_start(app=app, actor=coordinator)
    application_answer(
        app=app, actor=coordinator, reply_type=ReplyType.R_DISCLOSE, decision="予以公开。"
    )
    track = client.get(f"/apply/track/{app.access_token}/").content.decode()
    assert "下载答复书" in track
    pdf = client.get(f"/apply/track/{app.access_token}/letter.pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def test_a_lost_link_is_found_by_tracking_number_and_phone(client, form_data):
    _post(client, form_data)
    app = Application.objects.get()
    assert "查询办理进度" in client.get("/apply/").content.decode()
    wrong = client.post("/apply/track/", {"number": app.number, "contact": "13900000000"})
    assert wrong.status_code == 200 and app.access_token not in wrong.content.decode()
    assert "未找到" in wrong.content.decode()
    phone = app.phone
    spaced = f"+86 {phone[:3]} {phone[3:7]} {phone[7:]}"
    found = client.post("/apply/track/", {"number": app.number, "contact": spaced})
    assert found.status_code == 302 and found["Location"] == f"/apply/track/{app.access_token}/"


def test_an_online_request_counts_from_the_day_the_office_confirms_it(
    client, form_data, coordinator
):
    from gongkai.applications.services import application_receipt_confirm
    from gongkai.core.errors import DomainError

    with time_machine.travel("2024-09-27 02:00", tick=False):  # Fri 27 Sep, 10:00 Beijing
        _post(client, form_data)
    app = Application.objects.get()
    assert app.receipt_confirmed_on is None
    track = client.get(f"/apply/track/{app.access_token}/").content.decode()
    assert "2024年9月27日提交，待本机关确认收到" in track
    assert "预计2024年10月30日" in track  # counted from the submission until confirmed
    client.force_login(coordinator)
    assert "待确认收到的网上申请" in client.get("/office/").content.decode()
    listed = client.get("/office/applications/?unconfirmed=on").content.decode()
    assert app.number in listed
    with time_machine.travel("2024-09-30 02:00", tick=False):  # confirmed on Mon 30 Sep
        with pytest.raises(DomainError):
            application_receipt_confirm(app=app, actor=coordinator, day=date(2024, 9, 26))
        application_receipt_confirm(app=app, actor=coordinator, day=date(2024, 9, 30))
    app.refresh_from_db()
    # 20 working days after Mon 30 Sep: Oct 8-11, 12 (a worked Saturday), 14-18, 21-25,
    # 28-31 and Nov 1 (Oct 1-7 off).
    assert (app.receipt_confirmed_on, app.due_on) == (date(2024, 9, 30), date(2024, 11, 1))
    assert AuditEntry.objects.filter(action="application.receipt_confirmed").exists()
    track = client.get(f"/apply/track/{app.access_token}/").content.decode()
    assert "待本机关确认收到" not in track and "2024年9月30日" in track


def test_an_agency_may_take_the_day_of_submission_as_confirmed(client, form_data, coordinator):
    from gongkai.applications.services import request_settings_save

    request_settings_save(
        org=Application._meta.get_field("org").related_model.objects.get(pk=form_data["org"]),
        actor=coordinator,
        online_receipt_rule="submission",
    )
    with time_machine.travel("2024-09-27 02:00", tick=False):
        _post(client, form_data)
    app = Application.objects.get()
    assert app.receipt_confirmed_on == date(2024, 9, 27)
    assert (
        "待本机关确认收到" not in client.get(f"/apply/track/{app.access_token}/").content.decode()
    )


def test_the_applicant_downloads_the_notices_addressed_to_them(client, form_data, coordinator):
    from gongkai.applications.letter_kinds import LetterKind
    from gongkai.applications.services import (
        application_consultation_send,
        application_correction_receive,
        application_correction_request,
        procedural_letter_draft,
        procedural_letter_issue,
    )

    _post(client, form_data)
    app = Application.objects.get()
    today = app.clock_events.get(kind="received").day
    application_correction_request(
        app=app,
        actor=coordinator,
        day=today,
        items="请写明所需预算的年度",
        until=date(today.year + 1, 1, 31),
    )
    notice = procedural_letter_draft(app=app, kind=LetterKind.CORRECTION, actor=coordinator)
    url = f"/apply/track/{app.access_token}/notices/{notice.pk}.pdf"
    assert client.get(url).status_code == 404  # a draft is not sent
    notice = procedural_letter_issue(letter=notice, actor=coordinator, day=today)
    track = client.get(f"/apply/track/{app.access_token}/").content.decode()
    assert notice.number in track and "补正告知书" in track
    pdf = client.get(url)
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert client.get(f"/apply/track/wrong-token/notices/{notice.pk}.pdf").status_code == 404
    # A letter to a third party is never offered to the applicant.
    application_correction_receive(app=app, actor=coordinator, day=today)
    application_consultation_send(app=app, actor=coordinator, day=today, addressee="某公司")
    other = procedural_letter_draft(app=app, kind=LetterKind.CONSULT_THIRD_PARTY, actor=coordinator)
    other = procedural_letter_issue(letter=other, actor=coordinator, day=today)
    assert other.number not in client.get(f"/apply/track/{app.access_token}/").content.decode()
    assert client.get(f"/apply/track/{app.access_token}/notices/{other.pk}.pdf").status_code == 404
