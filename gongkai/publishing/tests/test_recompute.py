"""A changed working-day calendar moves unpublished items' publish-by dates (CAL-DATA-1)."""

from datetime import date

import pytest

from gongkai.core.models import AuditEntry
from gongkai.workdays.services import day_set, schedule_load

from .factories import make_item, publish

pytestmark = pytest.mark.django_db

SCHEDULE_2027 = """\
# example data for tests
年份: 2027
通知: 国办发明电〔2026〕99号
2027-01-01 休 元旦
"""


def test_a_day_off_declared_later_moves_unpublished_items_only(
    org_tree, editor, reviewer, coordinator, django_capture_on_commit_callbacks
):
    formed = {"written_on": date(2024, 9, 27), "formed_on": date(2024, 9, 27)}
    waiting = make_item(org=org_tree["office"], actor=editor, title="待发布", **formed)
    done = make_item(org=org_tree["office"], actor=editor, title="已发布", **formed)
    publish(done, editor=editor, reviewer=reviewer, coordinator=coordinator, on=date(2024, 10, 8))
    assert waiting.due_on == done.due_on == date(2024, 10, 30)
    last = AuditEntry.objects.order_by("-pk").values_list("pk", flat=True).first()
    with django_capture_on_commit_callbacks(execute=True):
        day_set(day=date(2024, 10, 30), is_workday=False, name="测试调休")
    waiting.refresh_from_db()
    done.refresh_from_db()
    assert waiting.due_on == date(2024, 10, 31)  # 20th working day after Sep 27, Oct 30 off
    assert done.due_on == date(2024, 10, 30)  # published: its time limit is behind it
    # the calendar's own change is audited by workdays; the derived dates add nothing
    assert not AuditEntry.objects.filter(pk__gt=last, action__startswith="publishing.").exists()


def test_loading_a_year_makes_a_missing_publish_by_date_computable(
    org_tree, editor, django_capture_on_commit_callbacks
):
    item = make_item(
        org=org_tree["office"],
        actor=editor,
        written_on=date(2026, 12, 15),
        formed_on=date(2026, 12, 15),
    )
    assert item.due_on is None  # 缺少2027年节假日安排: nothing guessed
    with django_capture_on_commit_callbacks(execute=True):
        schedule_load(text=SCHEDULE_2027, source="test")
    item.refresh_from_db()
    assert item.due_on == date(2027, 1, 13)
