"""The reply clock on every path a case takes: unanswered letters, paused cases on the lists,
the stored due date as a cache (issue: disclosure on request, second pass)."""

from datetime import date

import pytest
import time_machine

from gongkai.applications.models import Application
from gongkai.applications.selectors import application_counts, application_list
from gongkai.applications.services import (
    application_consultation_answer,
    application_consultation_send,
    application_extension_approve,
    application_fee_notice,
    application_register,
    application_transition,
)
from gongkai.applications.services.clock import application_letter_delivered
from gongkai.applications.states import Channel, Status
from gongkai.applications.tasks import refresh_application_due_dates
from gongkai.core.errors import DomainError
from gongkai.core.models import AuditEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def app(org_tree, coordinator):
    """Received Fri 2024-09-27 (Sep 29 and Oct 12 worked, Oct 1-7 off); plain due Oct 30."""
    app = application_register(
        org=org_tree["commission"],
        channel=Channel.ONLINE,
        received_on=date(2024, 9, 27),
        applicant_name="张三",
        id_document="110101199001011234",
        description="2023年部门预算",
        handler=coordinator,
    )
    application_transition(app=app, to=Status.IN_PROGRESS, actor=coordinator, reason="登记")
    return app


def _consult(app, coordinator, **extra):
    return application_consultation_send(
        app=app, actor=coordinator, day=date(2024, 10, 8), addressee="甲公司", **extra
    )


@time_machine.travel("2024-12-02 10:00 +0800", tick=False)
def test_unanswered_consultation_pauses_only_until_its_answer_period_ends(app, coordinator):
    # Sent Oct 8, delivered Oct 9: 15 WD after Oct 9 end on Oct 29 (Oct 12 worked). Paused
    # Oct 9-29 (16 WD); counted Sep 29, 30, Oct 8, then 17 WD from Oct 30 → Nov 21.
    letter = _consult(app, coordinator)
    app.refresh_from_db()
    assert app.due_on is not None and app.due_on > date(2024, 12, 2)  # open pause: moves on
    application_letter_delivered(
        app=app, actor=coordinator, event=letter, delivered_on=date(2024, 10, 9)
    )
    assert app.due_on == date(2024, 11, 21)
    assert AuditEntry.objects.filter(action="application.letter_received").count() == 1


@time_machine.travel("2024-12-02 10:00 +0800", tick=False)
def test_a_late_answer_does_not_lengthen_the_pause(app, coordinator):
    _consult(app, coordinator, delivered_on=date(2024, 10, 9))
    application_consultation_answer(
        app=app, actor=coordinator, day=date(2024, 11, 12), addressee="甲公司"
    )
    assert app.due_on == date(2024, 11, 21)
    assert app.status == Status.IN_PROGRESS


@time_machine.travel("2024-12-02 10:00 +0800", tick=False)
def test_unpaid_fee_notice_pauses_only_for_the_payment_window(app, coordinator):
    # Sent Oct 8, received Oct 9: 20 WD after Oct 9 end on Nov 5. Paused Oct 9 - Nov 5 (21 WD);
    # 17 WD counted from Nov 6 → Nov 28.
    application_fee_notice(
        app=app,
        actor=coordinator,
        day=date(2024, 10, 8),
        note="按件收费",
        delivered_on=date(2024, 10, 9),
    )
    assert app.due_on == date(2024, 11, 28)
    assert app.status == Status.AWAITING_FEE


def test_delivery_cannot_precede_sending(app, coordinator):
    letter = _consult(app, coordinator)
    with pytest.raises(DomainError):
        application_letter_delivered(
            app=app, actor=coordinator, event=letter, delivered_on=date(2024, 10, 7)
        )


@time_machine.travel("2024-12-02 10:00 +0800", tick=False)
def test_paused_cases_are_on_the_overdue_list(app, coordinator):
    _consult(app, coordinator, delivered_on=date(2024, 10, 9))
    assert app.status == Status.CONSULTATION and app.due_on == date(2024, 11, 21)
    overdue = application_list(user=coordinator, overdue=True)
    assert list(overdue) == [app]
    assert application_counts(user=coordinator)["overdue"] == 1


@time_machine.travel("2024-11-18 10:00 +0800", tick=False)
def test_paused_cases_are_on_the_due_soon_list(app, coordinator):
    # Mon Nov 18: due Thu Nov 21 is within five working days.
    _consult(app, coordinator, delivered_on=date(2024, 10, 9))
    assert list(application_list(user=coordinator, due_within=5)) == [app]
    assert application_counts(user=coordinator)["due_soon"] == 1


def test_extension_is_checked_against_the_due_date_of_the_events(app, coordinator, reviewer):
    # The cache says Oct 20, but the events say Oct 30: an extension on Oct 25 is in time.
    Application.objects.filter(pk=app.pk).update(due_on=date(2024, 10, 20))
    app.refresh_from_db()
    application_extension_approve(
        app=app, actor=reviewer, day=date(2024, 10, 25), days=20, reason="材料较多"
    )
    assert app.due_on == date(2024, 11, 27)


def test_the_nightly_job_refreshes_a_stale_due_date(app):
    Application.objects.filter(pk=app.pk).update(due_on=date(2024, 10, 20))
    assert refresh_application_due_dates.call_local() == 1
    app.refresh_from_db()
    assert app.due_on == date(2024, 10, 30)


def test_the_extension_action_disappears_after_the_one_extension(app, reviewer, client):
    client.force_login(reviewer)
    page = client.get(f"/office/applications/{app.pk}/").content.decode()
    assert 'id="action-extension"' in page
    application_extension_approve(
        app=app, actor=reviewer, day=date(2024, 10, 25), days=10, reason="材料较多"
    )
    page = client.get(f"/office/applications/{app.pk}/").content.decode()
    assert 'id="action-extension"' not in page


@time_machine.travel("2024-12-02 10:00 +0800", tick=False)
def test_delivering_the_consultation_letter_starts_the_answer_period(app, coordinator):
    from gongkai.applications.letter_kinds import LetterKind
    from gongkai.applications.services import (
        procedural_letter_deliver,
        procedural_letter_draft,
        procedural_letter_issue,
    )

    _consult(app, coordinator)
    letter = procedural_letter_draft(
        app=app, kind=LetterKind.CONSULT_THIRD_PARTY, actor=coordinator
    )
    letter = procedural_letter_issue(letter=letter, actor=coordinator, day=date(2024, 10, 8))
    procedural_letter_deliver(
        letter=letter, actor=coordinator, channel="post", day=date(2024, 10, 9)
    )
    app.refresh_from_db()
    assert app.clock_events.get(kind="consultation_sent").delivered_on == date(2024, 10, 9)
    assert app.due_on == date(2024, 11, 21)
