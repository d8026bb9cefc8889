"""Back-office pages: intake, the case list and its filters, the case page's actions, bulk work."""

from datetime import date

import pytest
import time_machine

from gongkai.applications.models import Application
from gongkai.applications.services import application_register, application_start
from gongkai.applications.states import Channel, Status
from gongkai.core.models import AuditEntry, Notification

pytestmark = pytest.mark.django_db


def _register(org, day=date(2024, 9, 27), **extra):
    return application_register(
        org=org,
        channel=Channel.IN_PERSON,
        received_on=day,
        applicant_name="王五",
        id_document="11010519491231002X",
        description=extra.pop("description", "2023年部门预算"),
        **extra,
    )


@time_machine.travel("2024-09-30 02:00", tick=False)
def test_staff_register_a_letter_with_both_dates(client, coordinator, org_tree):
    client.login(username="coordinator", password="pw-coordinator")
    page = client.get("/office/applications/new/").content.decode()
    assert "为与申请人确认之日" in page  # the channel rules are shown beside the form
    data = {
        "org": org_tree["commission"].pk,
        "channel": "letter",
        "received_on": "2024-09-27",
        "applicant_type": "person",
        "applicant_name": "王五",
        "id_type": "id_card",
        "id_document": "11010519491231002X",
        "phone": "0871-0000000",
        "description": "2023年部门预算",
        "delivery_method": "post",
        "address": "昆明市某路1号",
    }
    missing_arrival = client.post("/office/applications/new/", data)
    assert "请填写信函到达日期" in missing_arrival.content.decode()
    response = client.post("/office/applications/new/", {**data, "arrived_on": "2024-09-26"})
    app = Application.objects.get()
    assert response["Location"] == f"/office/applications/{app.pk}/"
    assert (app.channel, app.arrived_on, app.due_on) == (
        "letter",
        date(2024, 9, 26),
        date(2024, 10, 30),
    )


@time_machine.travel("2024-11-20 02:00", tick=False)
def test_list_filters_and_the_overdue_list(client, coordinator, org_tree):
    late = _register(org_tree["commission"], description="逾期的申请")
    application_start(app=late, actor=coordinator)  # due 2024-10-30, still in progress
    fresh = _register(org_tree["commission"], day=date(2024, 11, 18), description="新的申请")
    _register(org_tree["civil"], day=date(2024, 11, 18), description="别的机关的申请")
    client.login(username="coordinator", password="pw-coordinator")
    listing = client.get("/office/applications/").content.decode()
    assert "逾期的申请" in listing and "新的申请" in listing
    assert "别的机关的申请" not in listing  # another agency's request is invisible
    overdue = client.get("/office/applications/overdue/").content.decode()
    assert "逾期的申请" in overdue and "新的申请" not in overdue
    received = client.get("/office/applications/?status=received").content.decode()
    assert "新的申请" in received and "逾期的申请" not in received
    # fresh is due 2024-12-16: not within 5 working days of Nov 20, within 20.
    assert "新的申请" not in client.get("/office/applications/?due_within=5").content.decode()
    assert "新的申请" in client.get("/office/applications/?due_within=20").content.decode()
    assert fresh.due_on == date(2024, 12, 16)


@time_machine.travel("2024-09-27 02:00", tick=False)
def test_staff_take_a_case_through_correction_consultation_extension_and_reply(
    client, coordinator, reviewer, org_tree
):
    app = _register(org_tree["commission"])
    client.login(username="coordinator", password="pw-coordinator")
    url = f"/office/applications/{app.pk}/"

    def act(name, **data):
        response = client.post(f"{url}{name}/", {f"{name}-{k}": v for k, v in data.items()})
        assert response.status_code == 302, response.content.decode()[:2000]
        app.refresh_from_db()

    act("correction_request", day="2024-09-27", items="请写明文件名称。", until="2024-10-15")
    assert app.status == Status.CORRECTION_REQUESTED and app.due_on is None
    act("corrected", day="2024-10-08")
    # 20 WD after Tue Oct 8: Oct 9-12 (Sat 12 worked, 调休), 14-18, 21-25, 28-31, Nov 1, Nov 4.
    assert app.due_on == date(2024, 11, 4)
    act("consultation_send", day="2024-10-09", addressee="某医院", delivered_on="2024-10-10")
    assert app.status == Status.CONSULTATION
    act("consultation_answer", day="2024-10-15", addressee="某医院", note="同意公开")
    # Oct 10, 11, 12 (调休), 14, 15 paused: five working days later, Nov 11.
    assert (app.status, app.due_on) == (Status.IN_PROGRESS, date(2024, 11, 11))
    page = client.get(url).content.decode()
    assert "《条例》第三十三条第三款" in page and "中止计算的工作日" in page
    assert "REQ-PAUSE-1" not in page
    assert 'id="action-extension"' not in page  # only a reviewer approves extensions
    assert "批准延期答复" in page.split('class="others"')[1]  # and the page says so
    client.logout()
    client.login(username="reviewer", password="pw-reviewer")
    act("extension", day="2024-10-16", days="10", reason="需要汇总多个处室的材料")
    assert app.due_on == date(2024, 11, 25)  # + Nov 12-15, 18-22, 25
    act("reply", reply_type="R-DISCLOSE", ground="", decision="予以公开。", day="2024-10-18")
    assert app.status == Status.REPLIED and app.letter.number == "省卫生计生委〔2024〕1号"
    letter = client.get(f"{url}letter.pdf")
    assert letter["Content-Type"] == "application/pdf"
    actions = set(AuditEntry.objects.filter(object_id=str(app.pk)).values_list("action", flat=True))
    assert {"application.transition", "application.letter_issued"} <= actions


def test_a_transition_not_allowed_is_refused_with_a_message_and_nothing_changes(
    client, coordinator, org_tree
):
    app = _register(org_tree["commission"])
    client.login(username="coordinator", password="pw-coordinator")
    response = client.post(
        f"/office/applications/{app.pk}/close/", {"close-reason": "结案"}, follow=True
    )
    app.refresh_from_db()
    assert app.status == Status.RECEIVED
    assert "不能从“已收到”变更为" in response.content.decode()
    # A payment with no fee notice: the clock refuses it and the status change rolls back.
    response = client.post(
        f"/office/applications/{app.pk}/fee_paid/", {"fee_paid-day": "2024-09-30"}, follow=True
    )
    app.refresh_from_db()
    assert app.status == Status.RECEIVED and not app.clock_events.filter(kind="fee_paid").exists()
    assert "没有对应的此前发出的文书" in response.content.decode()


def test_an_invalid_action_form_shows_its_errors_on_the_case_page(client, coordinator, org_tree):
    app = _register(org_tree["commission"])
    client.login(username="coordinator", password="pw-coordinator")
    response = client.post(
        f"/office/applications/{app.pk}/correction_request/", {"correction_request-day": ""}
    )
    assert response.status_code == 400
    html = " ".join(response.content.decode().split())
    assert '<details open id="action-correction_request">' in html  # reopened with its errors
    assert "该字段是必填项" in html
    app.refresh_from_db()
    assert app.status == Status.RECEIVED


def test_another_agencys_case_is_a_404(client, city_coordinator, org_tree):
    app = _register(org_tree["commission"])
    client.login(username="citycoord", password="pw-citycoord")
    assert client.get(f"/office/applications/{app.pk}/").status_code == 404


def test_assignment_is_audited_and_tells_the_handler(client, coordinator, editor, org_tree):
    app = _register(org_tree["commission"])
    client.login(username="coordinator", password="pw-coordinator")
    client.post(
        f"/office/applications/{app.pk}/assign/",
        {"assign-unit": org_tree["office"].pk, "assign-handler": editor.pk},
    )
    app.refresh_from_db()
    assert (app.unit, app.handler) == (org_tree["office"], editor)
    assert AuditEntry.objects.filter(action="application.assign", object_id=str(app.pk)).exists()
    assert Notification.objects.filter(user=editor, kind="applications.assigned").exists()
    # The unit editor now sees the case and can act on it; before, it was the agency's alone.
    client.logout()
    client.login(username="editor", password="pw-editor")
    assert "2023年部门预算" in client.get("/office/applications/").content.decode()
    client.post(f"/office/applications/{app.pk}/start/", {"start-reason": "开始办理"})
    app.refresh_from_db()
    assert app.status == Status.IN_PROGRESS


def test_a_unit_editor_does_not_see_cases_not_assigned_to_the_unit(client, editor, org_tree):
    app = _register(org_tree["commission"])
    client.login(username="editor", password="pw-editor")
    assert client.get(f"/office/applications/{app.pk}/").status_code == 404


@time_machine.travel("2024-10-08 02:00", tick=False)
def test_bulk_assign_remind_and_answer_with_the_saved_text(client, coordinator, editor, org_tree):
    apps = [_register(org_tree["commission"], description=f"统计公报{i}") for i in range(3)]
    for app in apps:
        application_start(app=app, actor=coordinator)
    client.login(username="coordinator", password="pw-coordinator")
    ids = [a.pk for a in apps]
    client.post(
        "/office/applications/bulk/",
        {"ids": ids, "action": "assign", "unit": org_tree["office"].pk, "handler": editor.pk},
    )
    assert set(Application.objects.values_list("handler", flat=True)) == {editor.pk}
    client.post("/office/applications/bulk/", {"ids": ids[:2], "action": "remind"})
    assert Notification.objects.filter(user=editor, kind="applications.reminder").count() == 2
    client.post(
        "/office/applications/bulk/",
        {"ids": ids, "action": "answer", "reply_type": "R-PUBLISHED", "decision": ""},
    )
    replied = Application.objects.filter(status=Status.REPLIED)
    assert replied.count() == 3
    assert all("已经主动公开" in a.letter.body for a in replied)
    numbers = sorted(a.letter.serial for a in replied)
    assert numbers == [1, 2, 3]  # one agency sequence, no gaps


def test_bulk_answer_is_all_or_nothing(client, coordinator, org_tree):
    ok = _register(org_tree["commission"], description="可以答复")
    application_start(app=ok, actor=coordinator)
    closed_one = _register(org_tree["commission"], description="已撤回")
    Application.objects.filter(pk=closed_one.pk).update(status=Status.CLOSED)
    client.login(username="coordinator", password="pw-coordinator")
    client.post(
        "/office/applications/bulk/",
        {"ids": [ok.pk, closed_one.pk], "action": "answer", "reply_type": "R-DISCLOSE"},
    )
    ok.refresh_from_db()
    assert ok.status == Status.IN_PROGRESS  # the refusal of the closed case rolled back both


def test_the_bulk_service_itself_is_all_or_nothing(coordinator, org_tree):
    """Any caller of the service (page, API, command) gets the batch's one transaction."""
    from gongkai.applications.services import application_bulk
    from gongkai.core.errors import DomainError

    ok = _register(org_tree["commission"], description="可以答复")
    application_start(app=ok, actor=coordinator)
    closed_one = _register(org_tree["commission"], description="已撤回")
    Application.objects.filter(pk=closed_one.pk).update(status=Status.CLOSED)
    with pytest.raises(DomainError):
        application_bulk(
            actor=coordinator, ids=[ok.pk, closed_one.pk], action="answer", reply_type="R-DISCLOSE"
        )
    ok.refresh_from_db()
    assert ok.status == Status.IN_PROGRESS
    assert not AuditEntry.objects.filter(object_id=str(ok.pk), action__contains="reply").exists()


@time_machine.travel("2024-11-20 02:00", tick=False)
def test_dashboard_card_counts_open_and_overdue(client, coordinator, org_tree):
    late = _register(org_tree["commission"])
    application_start(app=late, actor=coordinator)
    _register(org_tree["commission"], day=date(2024, 11, 18))
    client.login(username="coordinator", password="pw-coordinator")
    html = client.get("/office/").content.decode()
    assert "办理中的申请" in html and "超期未答复的申请" in html
    assert '<span class="card-value">2</span>' in html  # open


def test_handlers_are_reminded_before_the_due_date_and_once_when_it_is_missed(
    coordinator, editor, org_tree
):
    from gongkai.applications.services import application_assign, application_due_reminders_send

    app = _register(org_tree["commission"])  # due Wed 2024-10-30
    application_start(app=app, actor=coordinator)
    application_assign(app=app, actor=coordinator, unit=org_tree["office"], handler=editor)
    # Oct 23 (Wed) is 5 working days before Oct 30; Oct 29 is 1; Oct 31 the first day after.
    days = {
        date(2024, 10, 22): {"before": 0, "overdue": 0, "skipped": 0},
        date(2024, 10, 23): {"before": 1, "overdue": 0, "skipped": 0},
        date(2024, 10, 29): {"before": 1, "overdue": 0, "skipped": 0},
        date(2024, 10, 31): {"before": 0, "overdue": 1, "skipped": 0},
        date(2024, 11, 1): {"before": 0, "overdue": 0, "skipped": 0},
    }
    for today, expected in days.items():
        assert application_due_reminders_send(today=today, days_before=(5, 1)) == expected, today
    assert application_due_reminders_send(today=date(2024, 10, 23), days_before=(5, 1)) == {
        "before": 0,
        "overdue": 0,
        "skipped": 0,
    }  # sent once only
    assert Notification.objects.filter(user=editor, kind="applications.due_reminder").count() == 3


@time_machine.travel("2024-10-08 02:00", tick=False)
def test_a_fee_notice_computes_the_amount_and_pauses_the_clock(client, coordinator, org_tree):
    app = _register(org_tree["commission"])
    application_start(app=app, actor=coordinator)
    client.login(username="coordinator", password="pw-coordinator")
    url = f"/office/applications/{app.pk}/fee_notice/"
    data = {"fee_notice-day": "2024-10-08", "fee_notice-method": "per_page"}
    free = client.post(url, {**data, "fee_notice-pages": "30"})
    assert "免费" in free.content.decode()
    client.post(
        url, {**data, "fee_notice-pages": "150", "fee_notice-note": "请于20个工作日内缴纳。"}
    )
    app.refresh_from_db()
    notice = app.clock_events.get(kind="fee_notice_sent")
    assert app.status == Status.AWAITING_FEE
    assert "150页" in notice.note and "1700元" in notice.note  # 70 × 10 + 50 × 20
