"""Section 六's fee items, chosen and worded per organisation by its disclosure office."""

from datetime import date

import pytest
import time_machine

from gongkai.applications.services import application_fee_charge, application_fee_paid
from gongkai.applications.states import Status
from gongkai.applications.tests.factories import ApplicationFactory
from gongkai.core.errors import DomainError
from gongkai.core.models import AuditEntry
from gongkai.reports.selectors import table_six
from gongkai.reports.services import fee_items_save

pytestmark = pytest.mark.django_db

URL = "/office/reports/annual/fees/"


@pytest.fixture
def charged(org_tree, coordinator):
    """Two fee notices in 2024 (1700 and 100 yuan), the first paid."""
    commission = org_tree["commission"]
    with time_machine.travel("2024-12-31 02:00", tick=False):
        apps = [
            ApplicationFactory(
                org=commission,
                status=Status.IN_PROGRESS,
                id_document=f"11010519491231{n:03d}X",
                received__day=date(2024, 10, 8),
            )
            for n in range(2)
        ]
        for app, pages in zip(apps, (150, 40), strict=True):
            application_fee_charge(
                app=app, actor=coordinator, day=date(2024, 10, 20), method="per_page", pages=pages
            )
        application_fee_paid(app=apps[0], actor=coordinator, day=date(2024, 11, 2))
    return commission


def test_the_coordinator_rewords_reorders_and_adds_fee_items(client, charged, coordinator):
    client.force_login(coordinator)
    page = client.get(URL, {"org": charged.pk, "year": 2024}).content.decode()
    assert "实际缴费件数" in page and "国办函〔2020〕109号" in page
    response = client.post(
        f"{URL}?org={charged.pk}&year=2024",
        {
            "collected-on": "on",
            "collected-label": "实际收取信息处理费（元）",
            "collected-order": "1",
            "paid-on": "on",
            "paid-label": "",
            "paid-order": "2",
            "notices-on": "on",
            "notices-label": "发出收费通知件数",
            "notices-order": "3",
            "notified-label": "收费通知金额（元）",
        },
    )
    assert response.status_code == 302
    assert list(table_six(org=charged, year=2024)["信息处理费"].items()) == [
        ("实际收取信息处理费（元）", 1700),
        ("实际缴费件数", 1),
        ("发出收费通知件数", 2),
    ]
    preview = client.get("/office/reports/annual/", {"org": charged.pk, "year": 2024})
    assert "实际收取信息处理费（元）" in preview.content.decode()
    assert AuditEntry.objects.filter(action="reports.fee_items_save").count() == 1


def test_without_a_choice_the_three_default_items_are_reported(charged):
    assert list(table_six(org=charged, year=2024)["信息处理费"]) == [
        "发出收费通知件数",
        "收费通知金额（元）",
        "实际收取金额（元）",
    ]


def test_only_the_agencys_coordinator_chooses_its_fee_items(client, charged, editor, coordinator):
    with pytest.raises(DomainError):
        fee_items_save(org=charged, items=[("paid", "")], actor=editor)
    client.force_login(editor)
    assert client.get(URL, {"org": charged.pk}).status_code in (403, 404)
    with pytest.raises(DomainError, match="未知"):  # only items Gongkai can count
        fee_items_save(org=charged, items=[("refunds", "退费")], actor=coordinator)
