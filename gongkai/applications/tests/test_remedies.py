"""Reconsiderations and lawsuits against replies, and table 四 of the annual report (AR-T4)."""

from datetime import date

import pytest

from gongkai.applications.selectors import application_remedy_statistics
from gongkai.applications.services import (
    application_answer,
    application_register,
    application_start,
    remedy_decide,
    remedy_record,
)
from gongkai.applications.states import Channel, ReplyType
from gongkai.core.errors import DomainError

pytestmark = pytest.mark.django_db


def _replied(org, actor, day=date(2024, 3, 1)):
    app = application_register(
        org=org,
        channel=Channel.IN_PERSON,
        received_on=date(2024, 2, 1),
        applicant_name="钱七",
        id_document="11010519491231002X",
        description="某项目环评报告",
    )
    application_start(app=app, actor=actor)
    application_answer(
        app=app, actor=actor, reply_type=ReplyType.R_NOT_EXIST, decision="不存在。", day=day
    )
    return app


def test_a_remedy_is_recorded_only_after_the_reply(org_tree, coordinator):
    app = application_register(
        org=org_tree["commission"],
        channel=Channel.IN_PERSON,
        received_on=date(2024, 2, 1),
        applicant_name="钱七",
        id_document="11010519491231002X",
        description="某项目环评报告",
    )
    with pytest.raises(DomainError):
        remedy_record(
            app=app,
            actor=coordinator,
            kind="reconsideration",
            body="云南省人民政府",
            filed_on=date(2024, 2, 5),
        )
    assert not app.remedies.exists()


def test_table_four_counts_remedies_filed_in_the_year_by_result_at_year_end(org_tree, coordinator):
    org = org_tree["commission"]
    app = _replied(org, coordinator)
    upheld = remedy_record(
        app=app,
        actor=coordinator,
        kind="reconsideration",
        body="省政府",
        filed_on=date(2024, 3, 10),
    )
    remedy_decide(
        remedy=upheld, actor=coordinator, result="maintained", decided_on=date(2024, 5, 1)
    )
    late = remedy_record(
        app=app,
        actor=coordinator,
        kind="lawsuit_after",
        body="某区法院",
        filed_on=date(2024, 5, 10),
    )
    remedy_decide(remedy=late, actor=coordinator, result="corrected", decided_on=date(2025, 2, 1))
    remedy_record(
        app=app,
        actor=coordinator,
        kind="lawsuit_direct",
        body="某区法院",
        filed_on=date(2024, 4, 1),
    )
    remedy_record(
        app=app,
        actor=coordinator,
        kind="lawsuit_direct",
        body="某区法院",
        filed_on=date(2025, 1, 5),
    )  # next year's
    table = application_remedy_statistics(org=org, year=2024)
    values = {g["key"]: g["values"] for g in table["groups"]}
    # columns: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计
    assert values == {
        "reconsideration": [1, 0, 0, 0, 1],
        "lawsuit_direct": [0, 0, 0, 1, 1],
        "lawsuit_after": [0, 0, 0, 1, 1],  # corrected only in 2025: pending at the end of 2024
    }
    assert table["checks"] == {"AR-CHECK-4": True}


def test_staff_record_a_reconsideration_and_its_result_on_the_case_page(
    client, coordinator, org_tree
):
    app = _replied(org_tree["commission"], coordinator)
    client.login(username="coordinator", password="pw-coordinator")
    url = f"/office/applications/{app.pk}/"
    assert "登记行政复议或诉讼" in client.get(url).content.decode()
    client.post(
        f"{url}remedies/",
        {
            "remedy-kind": "reconsideration",
            "remedy-body": "云南省人民政府",
            "remedy-filed_on": "2024-03-20",
        },
    )
    remedy = app.remedies.get()
    client.post(
        f"{url}remedies/{remedy.pk}/", {"decide-result": "other", "decide-decided_on": "2024-05-20"}
    )
    remedy.refresh_from_db()
    assert (remedy.result, remedy.decided_on) == ("other", date(2024, 5, 20))
    assert "其他结果" in client.get(url).content.decode()
