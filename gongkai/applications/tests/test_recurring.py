"""Requests that recur for the same information are offered for proactive disclosure (Art. 44)."""

from datetime import date

import pytest

from gongkai.applications.models import Application, ConversionDecision
from gongkai.applications.recurring import recurring_groups
from gongkai.applications.services import application_register
from gongkai.applications.states import Channel

pytestmark = pytest.mark.django_db


def _ask(org, description, id_document):
    return application_register(
        org=org,
        channel=Channel.IN_PERSON,
        received_on=date(2024, 9, 27),
        applicant_name="申请人",
        id_document=id_document,
        description=description,
    )


def test_similar_requests_by_different_applicants_are_grouped_per_agency(org_tree):
    commission, civil = org_tree["commission"], org_tree["civil"]
    a = _ask(commission, "2023年部门预算", "11010519491231002X")
    b = _ask(commission, "请公开 2023年 部门预算。", "110101199001010031")
    _ask(commission, "2023年部门预算", "11010519491231002X")  # the same applicant again
    _ask(commission, "医疗机构执业许可名单", "110101199001010031")
    _ask(civil, "2023年部门预算", "110101199001010031")  # another agency
    groups = recurring_groups(qs=Application.objects.all())
    assert len(groups) == 1
    group = groups[0]
    assert group.org == commission and group.applicants == 2
    assert {a.pk, b.pk} <= {x.pk for x in group.applications}
    assert len(group.applications) == 3


def test_the_coordinator_records_a_decision_and_the_group_is_no_longer_offered(
    client, coordinator, org_tree
):
    commission = org_tree["commission"]
    apps = [
        _ask(commission, "2023年部门预算", "11010519491231002X"),
        _ask(commission, "2023年度部门预算", "110101199001010031"),
    ]
    client.login(username="coordinator", password="pw-coordinator")
    page = client.get("/office/applications/recurring/").content.decode()
    assert apps[0].number in page and apps[1].number in page
    assert "退回理由" not in page  # the reason for a decision, not a task's return reason
    response = client.post(
        "/office/applications/recurring/",
        {
            "ids": [a.pk for a in apps],
            "subject": "2023年部门预算",
            "decision": "convert",
            "reason": "两人申请，应主动公开",
        },
    )
    decision = ConversionDecision.objects.get()
    assert decision.decision == "convert" and decision.decided_by == coordinator
    assert set(decision.applications.all()) == set(apps)
    assert recurring_groups(qs=Application.objects.all()) == []
    # The conversion starts a draft for proactive disclosure, not yet public, naming no case.
    item = decision.item
    assert response.url == f"/office/publishing/{item.pk}/edit/"
    assert (item.title, item.org, item.status, item.is_public) == (
        "2023年部门预算",
        commission,
        "draft",
        False,
    )
    assert apps[0].number not in item.summary
    page = client.get("/office/applications/recurring/").content.decode()
    assert f"/office/publishing/{item.pk}/" in page


def test_declining_starts_no_draft(client, coordinator, org_tree):
    commission = org_tree["commission"]
    apps = [
        _ask(commission, "2023年部门预算", "11010519491231002X"),
        _ask(commission, "2023年度部门预算", "110101199001010031"),
    ]
    client.login(username="coordinator", password="pw-coordinator")
    response = client.post(
        "/office/applications/recurring/",
        {"ids": [a.pk for a in apps], "decision": "decline", "reason": "涉及个人信息"},
    )
    assert response.url == "/office/applications/recurring/"
    assert ConversionDecision.objects.get().item is None
