"""An agency's request settings: defaults as in the rules, audited saves, and their effects."""

from datetime import date

import pytest
import time_machine
from django.core.exceptions import ValidationError

from gongkai.applications.agency_settings import (
    clock_rules_for,
    remedy_a_types_for,
    report_rows_for,
    request_settings_get,
)
from gongkai.applications.clock import ClockRules
from gongkai.applications.forms import CorrectionRequestForm
from gongkai.applications.forms.settings import FIELDSETS
from gongkai.applications.models import Application, RequestSettings
from gongkai.applications.models_settings import SETTING_FIELDS
from gongkai.applications.recurring import recurring_groups
from gongkai.applications.selectors import application_statistics
from gongkai.applications.services import (
    application_fee_notice,
    application_fee_paid,
    application_register,
    application_start,
    request_settings_save,
)
from gongkai.applications.states import (
    REMEDY_A,
    REMEDY_B,
    ReplyType,
    Status,
    remedy_text,
    report_row,
)
from gongkai.core.errors import PermissionDeniedError
from gongkai.core.models import AuditEntry

from .factories import ApplicationFactory

pytestmark = pytest.mark.django_db


def test_an_agency_without_settings_gets_the_defaults_of_the_rules(org_tree):
    row = request_settings_get(org=org_tree["commission"])
    assert row.pk is None  # nothing is written by reading
    assert {name: getattr(row, name) for name in SETTING_FIELDS} == {
        "online_receipt_rule": "confirmation",  # REQ-RECEIPT-2
        "correction_days": None,  # REQ-CORR-2: the handler sets it per notice
        "fee_pauses_clock": True,  # REQ-FEE-5
        "fee_payment_days": 20,  # REQ-FEE-5
        "fee_band_size": 10,  # REQ-FEE-3
        "fee_band_step": 100,  # REQ-FEE-3
        "page_basis": "A4",  # REQ-FEE-4
        "conversion_min_applicants": 2,  # REQ-CONVERT-1
        "row_published": "1",  # REQ-REPLY-1: （一）
        "row_special_statute": "3-8",  # （三）8
        "row_not_ours": "4-1",  # （四）1
        "row_correct_record": "6-3",  # （六）3
        "partial_remedy_wording": "A",  # REQ-REMEDY-3
        "review_interval_months": 12,  # REQ-REVIEW-1: yearly
    }
    assert clock_rules_for(org=org_tree["commission"]) == ClockRules()
    assert not RequestSettings.objects.exists()


def test_the_edit_page_groups_every_setting_once():
    grouped = [name for _legend, names in FIELDSETS for name in names]
    assert sorted(grouped) == sorted(SETTING_FIELDS)


def test_saving_records_who_changed_what_from_what(org_tree, coordinator):
    org = org_tree["commission"]
    request_settings_save(org=org, actor=coordinator, fee_payment_days=15, fee_band_step=100)
    row = RequestSettings.objects.get(org=org)
    assert (row.fee_payment_days, row.updated_by) == (15, coordinator)
    entry = AuditEntry.objects.get(action="application.settings_saved")
    assert (entry.before, entry.after, entry.org, entry.actor) == (
        {"fee_payment_days": 20},  # only what changed; the band step stayed 100
        {"fee_payment_days": 15},
        org,
        coordinator,
    )
    request_settings_save(org=org, actor=coordinator, fee_payment_days=15)
    assert AuditEntry.objects.filter(action="application.settings_saved").count() == 1


def test_only_the_coordinator_saves_and_values_are_checked(org_tree, coordinator, editor):
    org = org_tree["commission"]
    with pytest.raises(PermissionDeniedError):
        request_settings_save(org=org, actor=editor, fee_payment_days=15)
    with pytest.raises(ValidationError):
        request_settings_save(org=org, actor=coordinator, conversion_min_applicants=1)
    assert not RequestSettings.objects.exists()


def _fee_case(org, actor, *, paid: bool):
    app = application_register(
        org=org,
        channel="in_person",
        received_on=date(2025, 1, 20),
        applicant_name="王五",
        id_document="11010519491231002X",
        description="2024年部门决算",
        actor=actor,
    )
    application_start(app=app, actor=actor)
    day, delivered = date(2025, 2, 5), date(2025, 2, 6)
    application_fee_notice(app=app, actor=actor, day=day, note="按件", delivered_on=delivered)
    if paid:
        application_fee_paid(app=app, actor=actor, day=date(2025, 2, 10))
    app.refresh_from_db()
    return app


@time_machine.travel("2025-02-14 02:00", tick=False)
def test_the_reply_clock_follows_the_agencys_fee_pause(org_tree, coordinator):
    # Received Mon Jan 20 2025; fee notice Wed Feb 5, paid Mon Feb 10. Paused: Feb 6, 7, 8
    # (a worked Saturday), 10. Counted: Jan 21-24, 26 (worked Sunday), 27, Feb 5 (7),
    # Feb 11-14 (11), 17-21 (16), 24-27 (20): due Thu Feb 27.
    org = org_tree["commission"]
    app = _fee_case(org, coordinator, paid=True)
    assert app.due_on == date(2025, 2, 27)
    # Pause off: Feb 6-10 count too, so day 20 comes four working days earlier, Fri Feb 21.
    # Saving the setting recomputes the agency's open requests at once.
    request_settings_save(org=org, actor=coordinator, fee_pauses_clock=False)
    app.refresh_from_db()
    assert app.due_on == date(2025, 2, 21)
    assert AuditEntry.objects.filter(
        action="application.due_changed", object_id=str(app.pk), after__due_on="2025-02-21"
    ).exists()


@time_machine.travel("2025-02-14 02:00", tick=False)
def test_the_reply_clock_follows_the_agencys_payment_window(org_tree, coordinator):
    # Unpaid on Fri Feb 14. With 20 working days to pay, the pause is still open: Feb 6-14 do
    # not count; 7 counted by Feb 5, then Feb 17-21 (12), 24-28 (17), Mar 3-5 (20): Mar 5.
    org = org_tree["commission"]
    app = _fee_case(org, coordinator, paid=False)
    assert app.status == Status.AWAITING_FEE and app.due_on == date(2025, 3, 5)
    # With 3 working days from receipt of the notice (Feb 6): Feb 7, 8 (worked Sat), 10. The
    # window closed on Feb 10, so the pause ends there: due Feb 27 as if paid that day.
    request_settings_save(org=org, actor=coordinator, fee_payment_days=3)
    app.refresh_from_db()
    assert app.due_on == date(2025, 2, 27)


def _ask(org, description, id_document):
    return ApplicationFactory(org=org, description=description, id_document=id_document)


def test_the_agencys_threshold_decides_when_recurring_requests_are_offered(org_tree, coordinator):
    commission = org_tree["commission"]
    _ask(commission, "2023年部门预算", "11010519491231002X")
    _ask(commission, "2023年度部门预算", "110101199001010031")
    assert len(recurring_groups(qs=Application.objects.all())) == 1  # default: 2 applicants
    request_settings_save(org=commission, actor=coordinator, conversion_min_applicants=3)
    assert recurring_groups(qs=Application.objects.all()) == []
    _ask(commission, "请公开2023年部门预算", "110101198001010012")
    groups = recurring_groups(qs=Application.objects.all())
    assert [g.applicants for g in groups] == [3]


def test_the_agencys_rows_place_configurable_reply_types_in_table_3(org_tree, coordinator):
    commission = org_tree["commission"]
    for outcome in (ReplyType.R_NOT_OURS, ReplyType.R_DISCLOSE):
        ApplicationFactory(
            org=commission,
            received__day=date(2024, 3, 1),
            concluded_on=date(2024, 3, 20),
            outcome=outcome,
            status=Status.REPLIED,
        )

    def counts():
        table = application_statistics(org=commission, year=2024)
        return {r["key"]: r["values"][-1] for r in table["rows"] if r["data"]}

    assert (counts()["4-1"], counts()["6-3"], counts()["1"]) == (1, 0, 1)  # default （四）1
    request_settings_save(org=commission, actor=coordinator, row_not_ours="6-3")
    assert (counts()["4-1"], counts()["6-3"], counts()["1"]) == (0, 1, 1)
    assert report_rows_for(org=commission)[ReplyType.R_NOT_OURS] == "6-3"


def test_fixed_rows_ignore_any_setting():
    assert report_row(ReplyType.R_DISCLOSE, rows={ReplyType.R_DISCLOSE: "6-3"}) == "1"
    assert report_row(ReplyType.R_PUBLISHED, rows={ReplyType.R_PUBLISHED: "6-3"}) == "6-3"


def test_partial_disclosures_get_the_agencys_remedy_wording(org_tree, coordinator):
    commission, on = org_tree["commission"], date(2024, 6, 3)
    body = "云南省人民政府"
    a_types = remedy_a_types_for(org=commission)
    assert remedy_text(ReplyType.R_PARTIAL, body, on=on, a_types=a_types) == REMEDY_A.format(
        body=body
    )
    request_settings_save(org=commission, actor=coordinator, partial_remedy_wording="B")
    a_types = remedy_a_types_for(org=commission)
    assert remedy_text(ReplyType.R_PARTIAL, body, on=on, a_types=a_types) == REMEDY_B.format(
        body=body
    )
    # A refusal keeps wording A whatever the setting (复议前置 is the law, not a choice).
    assert remedy_text(ReplyType.R_WITHHOLD, body, on=on, a_types=frozenset()) == (
        REMEDY_A.format(body=body)
    )


def test_the_correction_deadline_defaults_to_the_agencys_working_days(org_tree, coordinator):
    app = ApplicationFactory(org=org_tree["commission"])
    data = {"c-day": "2024-09-27", "c-items": "请写明年度。"}
    form = CorrectionRequestForm(data, prefix="c", app=app)
    # Default: none, so the handler must state the deadline in the notice (《条例》第三十条).
    assert not form.is_valid() and "until" in form.errors
    request_settings_save(org=app.org, actor=coordinator, correction_days=10)
    form = CorrectionRequestForm(data, prefix="c", app=app)
    # 10 working days after Fri Sep 27 2024: Sep 29 (worked Sun), 30, Oct 8-12 (12th a worked
    # Saturday), 14, 15, 16 (Oct 1-7 off).
    assert form.is_valid() and form.cleaned_data["until"] == date(2024, 10, 16)
    typed = CorrectionRequestForm({**data, "c-until": "2024-10-31"}, prefix="c", app=app)
    assert typed.is_valid() and typed.cleaned_data["until"] == date(2024, 10, 31)


def test_only_the_coordinator_opens_the_settings_page(client, org_tree, coordinator, editor):
    client.login(username="editor", password="pw-editor")
    assert "依申请公开设置" not in client.get("/office/applications/").content.decode()
    refused = client.get("/office/applications/settings/")
    assert refused.status_code == 403 and "公开工作机构" in refused.content.decode()
    posted = client.post("/office/applications/settings/", {"fee_payment_days": "5"})
    assert posted.status_code == 403 and not RequestSettings.objects.exists()
    client.logout()
    client.login(username="coordinator", password="pw-coordinator")
    assert "依申请公开设置" in client.get("/office/applications/").content.decode()
    page = client.get("/office/applications/settings/").content.decode()
    assert "云南省卫生和计划生育委员会依申请公开设置" in page
    assert "默认值：" in page and "《政府信息公开信息处理费管理办法》第四条" in page
    assert "---------" not in page and "REQ-" not in page
