"""The transition table, row by row, and the outcome → annual-report row data."""

import itertools

import pytest

from gongkai.applications.services import application_transition
from gongkai.applications.states import (
    GROUND_ROW,
    REPLY_ROW,
    TRANSITIONS,
    Ground,
    ReplyType,
    ReportRow,
    Status,
    report_row,
)
from gongkai.core.errors import DomainError
from gongkai.core.models import AuditEntry

from .factories import ApplicationFactory

PAIRS = list(itertools.product(Status.values, Status.values))


def test_every_status_has_a_row_and_only_closed_is_terminal():
    assert set(TRANSITIONS) == set(Status.values)
    assert all(set(targets) <= set(Status.values) for targets in TRANSITIONS.values())
    assert [s for s, targets in TRANSITIONS.items() if not targets] == [Status.CLOSED]


@pytest.mark.django_db
@pytest.mark.parametrize(("before", "after"), PAIRS, ids=[f"{a}->{b}" for a, b in PAIRS])
def test_transition_follows_the_table(before, after, org_tree, coordinator):
    app = ApplicationFactory(org=org_tree["commission"], status=before)
    if after in TRANSITIONS[before]:
        application_transition(app=app, to=after, actor=coordinator, reason="测试")
        app.refresh_from_db()
        assert app.status == after
        entry = AuditEntry.objects.get(action="application.transition")
        assert (entry.from_state, entry.to_state, entry.reason) == (before, after, "测试")
        assert entry.actor == coordinator
    else:
        with pytest.raises(DomainError):
            application_transition(app=app, to=after, actor=coordinator, reason="测试")
        app.refresh_from_db()
        assert app.status == before
        assert not AuditEntry.objects.filter(action="application.transition").exists()


def test_every_outcome_and_ground_has_an_annual_report_row():
    assert set(REPLY_ROW) == set(ReplyType.values)
    assert set(GROUND_ROW) == set(Ground.values)
    assert len(ReportRow.values) == 21  # AR-T3 2021: the leaf rows under 三, before （七）总计


def test_report_rows_by_reply_type_and_ground():
    # A refusal counts under its ground: G15-THIRD → （三）4.保护第三方合法权益.
    assert report_row(ReplyType.R_WITHHOLD, Ground.G15_THIRD) == "3-4"
    assert ReportRow("3-4").label == "4.保护第三方合法权益"
    assert report_row(ReplyType.R_PARTIAL) == "2"
    assert report_row(ReplyType.R_NOT_OURS) == "4-1"  # configurable default
    # The 2019 format has one row （六）其他处理 for the three 2021 rows.
    assert report_row(ReplyType.C_FEE_UNPAID) == "6-2"
    assert report_row(ReplyType.C_FEE_UNPAID, year_format=2019) == "6"
