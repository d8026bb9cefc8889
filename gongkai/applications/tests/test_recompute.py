"""A changed working-day calendar moves open deadlines, audited and told to the handler."""

from datetime import date

import pytest

from gongkai.applications.services import application_register, application_transition
from gongkai.applications.states import Channel, Status
from gongkai.core.models import AuditEntry, Notification
from gongkai.workdays.services import day_set, schedule_load

pytestmark = pytest.mark.django_db

SCHEDULE_2027 = """\
# example data for tests
年份: 2027
通知: 国办发明电〔2026〕99号
2027-01-01 休 元旦
"""


def register(org, handler, received_on: date):
    return application_register(
        org=org,
        channel=Channel.IN_PERSON,
        received_on=received_on,
        applicant_name="王五",
        id_document="110101199001011234",
        description="某项目环评报告",
        handler=handler,
        actor=handler,
    )


def test_a_day_off_declared_later_moves_open_due_dates(
    org_tree, coordinator, django_capture_on_commit_callbacks
):
    open_app = register(org_tree["commission"], coordinator, date(2024, 9, 27))
    closed_app = register(org_tree["commission"], coordinator, date(2024, 9, 27))
    application_transition(app=closed_app, to=Status.REPLIED, actor=coordinator, reason="当场答复")
    with django_capture_on_commit_callbacks(execute=True):
        day_set(day=date(2024, 10, 30), is_workday=False, name="测试调休")
    open_app.refresh_from_db()
    closed_app.refresh_from_db()
    # Oct 30 is no longer a working day: the 20th WD after Sep 27 becomes Thu Oct 31.
    assert open_app.due_on == date(2024, 10, 31)
    assert closed_app.due_on == date(2024, 10, 30)  # replied: left alone
    entry = AuditEntry.objects.filter(
        action="application.due_changed", object_id=str(open_app.pk)
    ).latest("id")
    assert entry.before["due_on"] == "2024-10-30" and entry.after["due_on"] == "2024-10-31"
    assert "2024" in entry.reason
    note = Notification.objects.get(user=coordinator, kind="applications.due_changed")
    assert "2024-10-31" in note.body


def test_loading_2027_makes_a_blocked_due_date_computable(
    org_tree, coordinator, django_capture_on_commit_callbacks
):
    app = register(org_tree["commission"], coordinator, date(2026, 12, 15))
    assert app.due_on is None and app.due_missing_year == 2027  # 缺少该年度节假日安排
    with django_capture_on_commit_callbacks(execute=True):
        schedule_load(text=SCHEDULE_2027, source="test")
    app.refresh_from_db()
    # Dec 16-18, 21-25, 28-31 (12), Jan 1 2027 off, Jan 4-8 (17), Jan 11, 12, 13 (20).
    assert app.due_on == date(2027, 1, 13)
    assert app.due_missing_year is None
    assert Notification.objects.filter(user=coordinator, kind="applications.due_changed").exists()
