"""Registering requests and recording their clock events: due dates, statuses, audit, rules."""

from datetime import date

import pytest
import time_machine

from gongkai.applications.clock_events import ClockError
from gongkai.applications.selectors import application_clock
from gongkai.applications.services import (
    application_close,
    application_consultation_answer,
    application_consultation_send,
    application_correction_receive,
    application_correction_request,
    application_deadline_set,
    application_extension_approve,
    application_fee_notice,
    application_fee_paid,
    application_register,
    application_reply,
    application_transition,
    application_withdraw,
)
from gongkai.applications.states import Channel, Ground, ReplyType, Status
from gongkai.core.errors import DomainError, PermissionDeniedError
from gongkai.core.models import AuditEntry, Notification

pytestmark = pytest.mark.django_db


@pytest.fixture
def app(org_tree, coordinator):
    """An online request received on Fri Sep 27 2024, before National Day."""
    return application_register(
        org=org_tree["commission"],
        channel=Channel.ONLINE,
        received_on=date(2024, 9, 27),
        applicant_name="张三",
        id_document="110101199001011234",
        description="2023年部门预算",
        handler=coordinator,
    )


def test_registered_request_is_due_twenty_working_days_later(app, org_tree):
    # Oct 1-7 off; Sep 29 and Oct 12 are worked (调休): the 20th WD after Sep 27 is Oct 30.
    assert app.due_on == date(2024, 10, 30)
    assert app.status == Status.RECEIVED
    assert app.number == f"2024-{org_tree['commission'].pk:04d}-00001"
    assert len(app.access_token) >= 40
    assert AuditEntry.objects.filter(action="application.register", object_id=str(app.pk)).exists()


def test_ordinary_letter_needs_its_arrival_day(org_tree, coordinator):
    with pytest.raises(DomainError):
        application_register(
            org=org_tree["commission"],
            channel=Channel.LETTER,
            received_on=date(2024, 9, 27),
            applicant_name="李四",
            id_document="x",
            description="y",
            actor=coordinator,
        )


def test_staff_of_another_organisation_cannot_register(org_tree, city_coordinator):
    with pytest.raises(PermissionDeniedError):
        application_register(
            org=org_tree["commission"],
            channel=Channel.IN_PERSON,
            received_on=date(2024, 9, 27),
            applicant_name="李四",
            id_document="x",
            description="y",
            actor=city_coordinator,
        )


def test_consultation_pauses_and_resumes(app, coordinator):
    application_transition(app=app, to=Status.IN_PROGRESS, actor=coordinator, reason="登记")
    application_consultation_send(
        app=app, actor=coordinator, day=date(2024, 10, 8), addressee="甲公司"
    )
    assert app.status == Status.CONSULTATION
    application_consultation_answer(
        app=app, actor=coordinator, day=date(2024, 10, 15), addressee="甲公司"
    )
    assert app.status == Status.IN_PROGRESS
    # Oct 9-12 (12th a worked Saturday), 14, 15 paused: 6 WD, so Oct 30 → Nov 7.
    assert app.due_on == date(2024, 11, 7)
    moves = AuditEntry.objects.filter(action="application.due_changed").order_by("id")
    assert [e.after["due_on"] for e in moves][-1] == "2024-11-07"


@time_machine.travel("2024-10-14 10:00 +0800", tick=False)
def test_two_consultations_resume_only_when_both_are_answered(app, coordinator):
    application_transition(app=app, to=Status.IN_PROGRESS, actor=coordinator, reason="登记")
    for name in ("甲公司", "乙公司"):
        application_consultation_send(
            app=app, actor=coordinator, day=date(2024, 10, 8), addressee=name
        )
    application_consultation_answer(
        app=app, actor=coordinator, day=date(2024, 10, 11), addressee="甲公司"
    )
    assert app.status == Status.CONSULTATION
    # 乙公司 still open on Mon Oct 14: paused Oct 9-12 and 14 (5 WD) → provisional Nov 6.
    result = application_clock(app=app)
    assert result.provisional and result.due_on == date(2024, 11, 6)


def test_correction_stops_then_restarts_the_clock(app, coordinator):
    application_correction_request(
        app=app,
        actor=coordinator,
        day=date(2024, 9, 30),
        items="请说明所需预算的具体科目",
        until=date(2024, 10, 15),
    )
    assert app.status == Status.CORRECTION_REQUESTED
    assert app.due_on is None
    application_correction_receive(app=app, actor=coordinator, day=date(2024, 10, 10))
    # Restart from Thu Oct 10: Oct 11, 12 (worked Sat), 14-18, 21-25, Oct 28-Nov 1, Nov 4-6.
    assert app.due_on == date(2024, 11, 6)
    assert app.status == Status.IN_PROGRESS
    with pytest.raises(DomainError):  # only one correction notice (REQ-CORR-1)
        application_correction_request(
            app=app,
            actor=coordinator,
            day=date(2024, 10, 11),
            items="再次补正",
            until=date(2024, 10, 20),
        )


def test_fee_notice_pauses_until_paid(app, coordinator):
    application_transition(app=app, to=Status.IN_PROGRESS, actor=coordinator, reason="登记")
    application_fee_notice(app=app, actor=coordinator, day=date(2024, 10, 8), note="按件计收")
    assert app.status == Status.AWAITING_FEE
    application_fee_paid(app=app, actor=coordinator, day=date(2024, 10, 10))
    # Oct 9, 10 paused: Oct 30 → Nov 1.
    assert app.due_on == date(2024, 11, 1)
    assert app.status == Status.IN_PROGRESS


def test_extension_is_approved_once_by_a_reviewer(app, coordinator, reviewer):
    with pytest.raises(PermissionDeniedError):
        application_extension_approve(
            app=app, actor=coordinator, day=date(2024, 10, 25), days=20, reason="材料较多"
        )
    with pytest.raises(ClockError):
        application_extension_approve(
            app=app, actor=reviewer, day=date(2024, 10, 25), days=21, reason="材料较多"
        )
    application_extension_approve(
        app=app, actor=reviewer, day=date(2024, 10, 25), days=20, reason="材料较多"
    )
    # Oct 30 + 20 WD = Nov 27.
    assert app.due_on == date(2024, 11, 27)
    entry = AuditEntry.objects.get(action="application.clock.extension_approved")
    assert entry.actor == reviewer and entry.reason == "材料较多"
    with pytest.raises(DomainError, match="延长过一次"):
        application_extension_approve(
            app=app, actor=reviewer, day=date(2024, 10, 28), days=5, reason="再延"
        )


def test_extension_after_the_period_ran_out_is_refused(app, reviewer):
    with pytest.raises(DomainError):
        application_extension_approve(
            app=app, actor=reviewer, day=date(2024, 10, 31), days=10, reason="太晚"
        )


def test_deadline_set_for_volume(app, reviewer):
    application_deadline_set(
        app=app,
        actor=reviewer,
        day=date(2024, 10, 18),
        until=date(2024, 12, 31),
        reason="一月内申请40件",
    )
    assert app.due_on == date(2024, 12, 31)


def test_reply_and_close_record_one_outcome(app, coordinator):
    application_transition(app=app, to=Status.IN_PROGRESS, actor=coordinator, reason="登记")
    with pytest.raises(DomainError):  # a refusal names its ground
        application_reply(app=app, actor=coordinator, reply_type=ReplyType.R_WITHHOLD, reason="x")
    application_reply(
        app=app,
        actor=coordinator,
        reply_type=ReplyType.R_WITHHOLD,
        ground=Ground.G15_THIRD,
        reason="涉及商业秘密",
    )
    application_close(app=app, actor=coordinator, reason="归档")
    app.refresh_from_db()
    assert app.status == Status.CLOSED
    assert (app.outcome, app.withholding_ground) == ("R-WITHHOLD", "G15-THIRD")


def test_withdrawn_request_closes_as_other(app, coordinator):
    application_withdraw(app=app, actor=coordinator, reason="申请人撤回")
    application_close(app=app, actor=coordinator, reason="归档")
    assert app.outcome == ReplyType.C_OTHER


def test_handler_is_told_when_someone_else_moves_the_case(
    app, reviewer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        application_transition(app=app, to=Status.IN_PROGRESS, actor=reviewer, reason="登记")
    assert Notification.objects.filter(
        user=app.handler, kind="applications.status_changed"
    ).exists()
