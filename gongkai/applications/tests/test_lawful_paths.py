"""Rules that hold on every path: abandonment only after the stated correction deadline,
"still unclear" only after a correction (《条例》第三十条)."""

from datetime import date

import pytest

from gongkai.applications.services import (
    application_correction_receive,
    application_correction_request,
    application_deem_withdrawn,
    application_register,
    application_reply,
)
from gongkai.applications.states import Channel, ReplyType, Status
from gongkai.core.errors import DomainError

pytestmark = pytest.mark.django_db


@pytest.fixture
def app(org_tree, coordinator):
    return application_register(
        org=org_tree["commission"],
        channel=Channel.IN_PERSON,
        received_on=date(2024, 9, 27),
        applicant_name="李四",
        id_document="110101199001011234",
        description="有关文件",
    )


def test_a_correction_notice_must_state_its_deadline(app, coordinator):
    with pytest.raises(DomainError) as err:
        application_correction_request(
            app=app, actor=coordinator, day=date(2024, 9, 30), items="请写明文件名称"
        )
    assert err.value.field == "until"
    assert app.status == Status.RECEIVED


def test_abandonment_only_after_the_stated_deadline(app, coordinator):
    application_correction_request(
        app=app,
        actor=coordinator,
        day=date(2024, 9, 30),
        items="请写明文件名称",
        until=date(2024, 10, 15),
    )
    for today in (date(2024, 10, 1), date(2024, 10, 15)):  # the day after the notice; the last day
        with pytest.raises(DomainError, match="2024-10-15"):
            application_deem_withdrawn(app=app, actor=coordinator, reason="未补正", today=today)
    application_deem_withdrawn(
        app=app, actor=coordinator, reason="未补正", today=date(2024, 10, 16)
    )
    assert (app.status, app.outcome) == (Status.DEEMED_WITHDRAWN, ReplyType.C_ABANDONED)


def test_still_unclear_only_after_a_correction(app, coordinator):
    with pytest.raises(DomainError) as err:
        application_reply(
            app=app, actor=coordinator, reply_type=ReplyType.R_STILL_UNCLEAR, reason="仍不明确"
        )
    assert err.value.field == "reply_type"
    application_correction_request(
        app=app,
        actor=coordinator,
        day=date(2024, 9, 30),
        items="请写明文件名称",
        until=date(2024, 10, 15),
    )
    application_correction_receive(app=app, actor=coordinator, day=date(2024, 10, 10))
    application_reply(
        app=app, actor=coordinator, reply_type=ReplyType.R_STILL_UNCLEAR, reason="仍不明确"
    )
    assert app.outcome == ReplyType.R_STILL_UNCLEAR


def test_a_letter_confirmed_after_it_arrived_shows_both_days_and_a_warning(
    org_tree, coordinator, client
):
    app = application_register(
        org=org_tree["commission"],
        channel=Channel.LETTER,
        received_on=date(2024, 9, 27),
        arrived_on=date(2024, 9, 24),
        applicant_name="王五",
        id_document="110101199001011234",
        description="有关文件",
        actor=coordinator,
    )
    client.force_login(coordinator)
    page = client.get(f"/office/applications/{app.pk}/").content.decode()
    assert "2024年9月27日" in page and "2024年9月24日" in page
    assert "arrival-warning" in page
    on_time = application_register(
        org=org_tree["commission"],
        channel=Channel.LETTER,
        received_on=date(2024, 9, 27),
        arrived_on=date(2024, 9, 27),
        applicant_name="王五",
        id_document="110101199001011234",
        description="另一文件",
        actor=coordinator,
    )
    assert (
        "arrival-warning" not in client.get(f"/office/applications/{on_time.pk}/").content.decode()
    )
