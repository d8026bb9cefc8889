"""A fee is proposed from the records and recorded with the fee notice (国办函〔2020〕109号)."""

from datetime import date

import pytest
import time_machine

from gongkai.applications.fee_selectors import applicant_month_position
from gongkai.applications.models import RequestSettings
from gongkai.applications.services import (
    application_fee_charge,
    application_register,
    application_start,
    application_withdraw,
)
from gongkai.applications.states import ApplicantType, Channel, Status
from gongkai.core.errors import DomainError
from gongkai.core.models import AuditEntry

from .factories import ApplicationFactory

pytestmark = pytest.mark.django_db

ID = "11010519491231002X"


def _ask(org, day, id_document=ID, **extra):
    return ApplicationFactory(org=org, id_document=id_document, received__day=day, **extra)


def test_the_month_count_follows_receipt_order_per_applicant_and_agency(org_tree):
    commission, civil = org_tree["commission"], org_tree["civil"]
    sep = [_ask(commission, date(2024, 9, d)) for d in (20, 3, 10)]  # registered out of order
    _ask(commission, date(2024, 8, 31))  # the month before
    _ask(commission, date(2024, 10, 1))  # the month after
    _ask(civil, date(2024, 9, 5))  # another agency
    _ask(commission, date(2024, 9, 4), id_document="110101199001010031")  # another applicant
    # Receipt order in September: 3rd, 10th, 20th, whatever the order of registration.
    assert [applicant_month_position(app=a) for a in sep] == [3, 1, 2]


def test_same_day_requests_count_in_the_order_they_were_registered(org_tree):
    first = _ask(org_tree["commission"], date(2024, 9, 10))
    second = _ask(org_tree["commission"], date(2024, 9, 10))
    assert (applicant_month_position(app=first), applicant_month_position(app=second)) == (1, 2)


def test_the_document_number_ignores_letter_case(org_tree):
    _ask(org_tree["commission"], date(2024, 9, 2), id_document=ID.lower())
    later = _ask(org_tree["commission"], date(2024, 9, 3))
    assert applicant_month_position(app=later) == 2


def test_without_a_document_the_same_name_and_type_count(org_tree):
    commission = org_tree["commission"]
    _ask(commission, date(2024, 9, 2), id_document="", applicant_name="某公司")
    _ask(
        commission,
        date(2024, 9, 3),
        id_document="",
        applicant_name="某公司",
        applicant_type=ApplicantType.BUSINESS,
    )  # same name, another type: another applicant
    app = _ask(commission, date(2024, 9, 4), id_document="", applicant_name="某公司")
    assert applicant_month_position(app=app) == 2


def test_withdrawn_requests_do_not_count(org_tree, coordinator):
    commission = org_tree["commission"]
    gone = _ask(commission, date(2024, 9, 2))
    application_withdraw(app=gone, actor=coordinator, reason="申请人撤回")
    _ask(commission, date(2024, 9, 3), status=Status.DEEMED_WITHDRAWN)
    app = _ask(commission, date(2024, 9, 4))
    assert applicant_month_position(app=app) == 1


def _register(org, day):
    return application_register(
        org=org,
        channel=Channel.IN_PERSON,
        received_on=day,
        applicant_name="王五",
        id_document=ID,
        description="2023年部门预算",
    )


@time_machine.travel("2024-09-30 02:00", tick=False)
def test_the_twelfth_request_of_the_month_is_charged_100_yuan_and_recorded(org_tree, coordinator):
    commission = org_tree["commission"]
    for day in range(2, 13):  # eleven requests on Sep 2-12
        _ask(commission, date(2024, 9, day))
    app = _register(commission, date(2024, 9, 13))
    application_start(app=app, actor=coordinator)
    notice = application_fee_charge(
        app=app, actor=coordinator, day=date(2024, 9, 30), method="per_request", note="缴费方式"
    )
    app.refresh_from_db()
    assert app.status == Status.AWAITING_FEE
    assert "第12件" in notice.note and "100元" in notice.note and notice.note.endswith("缴费方式")
    entry = AuditEntry.objects.get(action="application.fee_assessed")
    assert (entry.after["method"], entry.after["quantity"], entry.after["amount"]) == (
        "per_request",
        12,
        100,
    )


@time_machine.travel("2024-09-30 02:00", tick=False)
def test_a_free_request_is_not_charged_and_one_method_only(org_tree, coordinator):
    app = _register(org_tree["commission"], date(2024, 9, 13))
    application_start(app=app, actor=coordinator)
    day = date(2024, 9, 30)
    with pytest.raises(DomainError, match="免费"):
        application_fee_charge(app=app, actor=coordinator, day=day, method="per_request")
    with pytest.raises(DomainError):
        application_fee_charge(app=app, actor=coordinator, day=day, method="per_request", pages=40)
    notice = application_fee_charge(
        app=app, actor=coordinator, day=day, method="per_page", pages=150
    )
    assert "150页" in notice.note and "1700元" in notice.note  # 70 × 10 + 50 × 20
    with pytest.raises(DomainError):  # one fee notice per request
        application_fee_charge(app=app, actor=coordinator, day=day, method="per_page", pages=150)


@time_machine.travel("2024-09-30 02:00", tick=False)
def test_the_agencys_bands_set_the_fee_of_the_31st_request(org_tree, coordinator):
    commission = org_tree["commission"]
    RequestSettings.objects.create(org=commission, fee_band_size=5, fee_band_step=50)
    for n in range(30):
        _ask(commission, date(2024, 9, 1 + n % 27))
    app = _register(commission, date(2024, 9, 28))
    application_start(app=app, actor=coordinator)
    notice = application_fee_charge(
        app=app, actor=coordinator, day=date(2024, 9, 30), method="per_request"
    )
    assert "第31件" in notice.note and "150元" in notice.note  # 100 + 50 for band 31-35


@time_machine.travel("2024-09-30 02:00", tick=False)
def test_the_case_page_proposes_the_fee_and_the_handler_chooses_the_method(
    client, org_tree, coordinator
):
    commission = org_tree["commission"]
    for day in range(2, 13):
        _ask(commission, date(2024, 9, day))
    app = _register(commission, date(2024, 9, 13))
    application_start(app=app, actor=coordinator)
    client.login(username="coordinator", password="pw-coordinator")
    page = client.get(f"/office/applications/{app.pk}/").content.decode()
    assert "本月第12件" in page and "100元" in page  # the proposal with its basis
    url = f"/office/applications/{app.pk}/fee_notice/"
    data = {"fee_notice-day": "2024-09-30", "fee_notice-method": "per_page"}
    free = client.post(url, {**data, "fee_notice-pages": "30"})
    assert free.status_code == 400 and "免费" in free.content.decode()
    both = client.post(url, {**data, "fee_notice-method": "per_request", "fee_notice-pages": "40"})
    assert both.status_code == 400
    client.post(
        url, {**data, "fee_notice-pages": "150", "fee_notice-note": "请于20个工作日内缴纳。"}
    )
    notice = app.clock_events.get(kind="fee_notice_sent")
    assert "1700元" in notice.note and "请于20个工作日内缴纳。" in notice.note
