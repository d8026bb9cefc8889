"""Supervision: plan titles, dispatch with unmatched units, one count for every screen, 4% share."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from django.urls import reverse

from gongkai.core.errors import DomainError, PermissionDeniedError
from gongkai.core.models import AuditEntry
from gongkai.orgs.roles import Role
from gongkai.orgs.services import membership_grant
from gongkai.plans.dashboard import plan_cards
from gongkai.plans.models import AssessmentIndicator, Plan, Task
from gongkai.plans.services import (
    assessment_scheme_set,
    indicator_weights_set,
    plan_confirm,
    plan_import,
    plan_unit_map,
)
from gongkai.plans.services.imports import DispatchRefused
from gongkai.plans.states import TaskStatus
from gongkai.plans.stats import assessment_share, task_figures

# A table copied from a web page: rows as "a | b | c |", the group cell only on its first row.
FLAT = """2024年云南省卫生健康委政务公开工作要点
工作任务 | 具体要求 | 牵头单位 | 完成时限 |
一、推进政务公开标准化。 | 1.编制并公开主动公开事项清单。 | 办公室 | 2024年6月底前 |
2.建设政务公开专区。 | 省数据局 | 2024年6月底前 | |
二、加强政策解读。 | 3.做好重要政策文件解读。 | 人事处 | 2099年12月底前 |
4.开展政策问答。 | 省数据局、人事处 | 2099年12月底前 | |
"""


def _flat_plan(org, actor) -> Plan:
    return plan_import(data=FLAT.encode(), filename="上传件.txt", org=org, actor=actor)


@pytest.mark.django_db
def test_the_title_is_the_documents_heading_and_the_file_name_only_stands_in(
    client, org_tree, coordinator
):
    client.force_login(coordinator)
    client.post(
        reverse("plans:upload"),
        {"org": org_tree["commission"].pk, "file": SimpleUploadedFile("a1.txt", FLAT.encode())},
    )
    assert Plan.objects.get().title == "2024年云南省卫生健康委政务公开工作要点"
    headless = "一、推进政务公开\n1.编制主动公开事项清单。（办公室负责）\n"
    plan = plan_import(
        data=headless.encode(), filename="本委任务分解.txt", org=org_tree["commission"]
    )
    assert plan.title == "本委任务分解"  # no heading in the document: the file name, no ".txt"
    assert plan.source_name == "本委任务分解.txt"


@pytest.mark.django_db
def test_dispatch_asks_about_unmatched_names_and_never_sends_a_task_to_nobody(
    org_tree, coordinator
):
    plan = _flat_plan(org_tree["commission"], coordinator)
    with pytest.raises(DispatchRefused) as refused:
        plan_confirm(plan=plan, actor=coordinator)
    assert refused.value.code == "unmapped_units"
    # 省数据局 is named on 一/2 and 二/4; 一/2 names nobody else, so nobody would see it
    assert refused.value.check.unmapped == [{"name": "省数据局", "tasks": ["一/2", "二/4"]}]
    assert [t.path for t in refused.value.check.orphans] == [["一", "2"]]
    with pytest.raises(DispatchRefused, match="一/2") as orphans:
        plan_confirm(plan=plan, actor=coordinator, unmapped_confirmed=True)
    assert orphans.value.code == "orphan_tasks"
    assert set(plan.tasks.values_list("status", flat=True)) == {TaskStatus.DRAFT}

    # Given explicitly to the commission itself, the task has a unit that sees it.
    assert (
        plan_confirm(plan=plan, actor=coordinator, unmapped_confirmed=True, orphans_to_issuer=True)
        == 4
    )
    orphan = plan.tasks.get(path=["一", "2"])
    assert [(u.name, u.org, u.is_lead) for u in orphan.units.all()] == [
        ("省数据局", None, True),
        ("云南省卫生和计划生育委员会", org_tree["commission"], True),
    ]
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"plan.dispatch_unmapped", "task.assign_issuer"} <= actions


@pytest.mark.django_db
def test_mapping_first_lets_the_plan_go_out_without_questions(org_tree, coordinator, editor):
    plan = _flat_plan(org_tree["commission"], coordinator)
    with pytest.raises(DomainError):
        plan_unit_map(plan=plan, name="省数据局", org=org_tree["office"], actor=editor)
    assert plan_unit_map(plan=plan, name="省数据局", org=org_tree["personnel"], actor=coordinator)
    assert plan_confirm(plan=plan, actor=coordinator) == 4


@pytest.mark.django_db
def test_every_screen_counts_from_one_selector_and_units_add_up_to_the_plan(
    org_tree, coordinator, editor
):
    plan = _flat_plan(org_tree["commission"], coordinator)
    plan_unit_map(plan=plan, name="省数据局", org=org_tree["personnel"], actor=coordinator)
    plan_confirm(plan=plan, actor=coordinator)
    figures = task_figures(tasks=Task.objects.filter(plan=plan), today=date(2024, 7, 1))
    # 一/1 (办公室) and 一/2 (省数据局 → 人事处) were due 2024-06-30 and are open: overdue.
    # 二/3 and 二/4 are due in 2099; 二/4 names 省数据局 first, so it counts for 人事处 too.
    assert (figures.total.total, figures.total.due, figures.total.overdue) == (4, 2, 2)
    office = figures.unit(org_tree["office"].pk)
    personnel = figures.unit(org_tree["personnel"].pk)
    assert (office.total, office.due, office.overdue) == (1, 1, 1)
    assert (personnel.total, personnel.due, personnel.overdue) == (3, 1, 1)
    assert sum(u.overdue for u in figures.units) == figures.plans[0].overdue == 2

    # Before anything is due, a unit has no rate and no score rather than 0.
    early = task_figures(tasks=Task.objects.filter(plan=plan), today=date(2024, 3, 1))
    assert early.unit(org_tree["office"].pk).on_time_rate is None
    assert early.unit(org_tree["office"].pk).score is None


@pytest.mark.django_db
def test_plan_unit_and_dashboard_pages_show_the_same_overdue_count(client, org_tree, coordinator):
    plan = _flat_plan(org_tree["commission"], coordinator)
    plan_unit_map(plan=plan, name="省数据局", org=org_tree["personnel"], actor=coordinator)
    plan_confirm(plan=plan, actor=coordinator)
    client.force_login(coordinator)
    unit_url = reverse("plans:unit", args=[org_tree["personnel"].pk])
    plan_page = client.get(plan.get_absolute_url()).content.decode()
    assert f'href="{unit_url}?plan={plan.pk}">人事处</a>' in plan_page
    unit_page = client.get(f"{unit_url}?plan={plan.pk}").content.decode()
    # today the 2024 limits have passed: 1 of the unit's 3 tasks is due and overdue
    assert '<dd class="unit-overdue">1</dd>' in unit_page
    assert "开展政策问答" in unit_page and "做好重要政策文件解读" in unit_page
    assert "<strong>省数据局</strong>" in unit_page  # the lead unit stands out in the task rows
    request = RequestFactory().get("/office/")
    request.user = coordinator
    cards = {c["title"]: c["value"] for c in plan_cards(request)}
    assert cards["已下发工作要点的逾期任务"] == 2  # the plan's 2 = 办公室 1 + 人事处 1
    figures = client.get(reverse("plans:dashboard")).content.decode()
    assert "无到期任务" not in unit_page
    assert client.get(reverse("plans:unit", args=[org_tree["civil"].pk])).status_code == 404
    assert "人事处" in figures


@pytest.mark.django_db
def test_disclosure_share_below_four_percent_is_refused_by_the_service(coordinator, org_tree):
    membership_grant(user=coordinator, org=org_tree["province"], role=Role.COORDINATOR)
    weights = {i.pk: i.weight for i in AssessmentIndicator.objects.all()}
    assert assessment_share() == Decimal(4)
    with pytest.raises(DomainError, match="不应低于4%") as refused:
        indicator_weights_set(weights=weights, disclosure_share=Decimal("3.9"), actor=coordinator)
    assert refused.value.code == "share_below_minimum"
    indicator_weights_set(weights=weights, disclosure_share=Decimal("4.5"), actor=coordinator)
    assert assessment_share() == Decimal("4.5")
    entry = AuditEntry.objects.get(action="indicator.share")
    assert entry.after == {"disclosure_share": "4.5", "document": ""}


# A monthly duty (PLAN-RECUR-1): its occurrences fall due month by month, long before year end.
RECURRING = """2024年云南省卫生健康委政务公开工作要点
工作任务 | 具体要求 | 牵头单位 | 完成时限 |
一、推进财政信息公开。 | 1.按月公开财政收支情况。 | 办公室 | 每月 |
2.建设政务公开专区。 | 人事处 | 2099年12月底前 | |
"""


@pytest.mark.django_db
def test_a_missed_occurrence_of_a_recurring_duty_is_overdue_on_every_screen(
    client, org_tree, coordinator
):
    plan = plan_import(data=RECURRING.encode(), filename="a.txt", org=org_tree["commission"])
    plan_confirm(plan=plan, actor=coordinator)
    monthly = plan.tasks.get(path=["一", "1"])
    assert monthly.recurrence == "monthly" and monthly.due_on is None
    assert monthly.occurrences.count() == 12

    early = task_figures(tasks=Task.objects.filter(plan=plan), today=date(2024, 1, 15))
    assert early.total.overdue == 0  # January's release is not due yet
    figures = task_figures(tasks=Task.objects.filter(plan=plan), today=date(2024, 3, 15))
    # January and February were not released: the duty is late, though the year is not over.
    assert (figures.total.due, figures.total.overdue) == (1, 1)
    assert figures.unit(org_tree["office"].pk).overdue == 1
    assert figures.plans[0].overdue == sum(u.overdue for u in figures.units) == 1
    monthly.occurrences.filter(due_on__lt=date(2024, 3, 15)).update(done_on=date(2024, 1, 31))
    caught_up = task_figures(tasks=Task.objects.filter(plan=plan), today=date(2024, 3, 15))
    assert caught_up.total.overdue == 0

    # The pages count on today's date (the 2024 months are long past) and agree.
    monthly.occurrences.update(done_on=None)
    client.force_login(coordinator)
    plan_page = client.get(plan.get_absolute_url()).content.decode()
    assert plan_page.count('class="status status-overdue"') == 1
    unit_url = reverse("plans:unit", args=[org_tree["office"].pk])
    unit_page = client.get(f"{unit_url}?plan={plan.pk}").content.decode()
    assert '<dd class="unit-overdue">1</dd>' in unit_page
    request = RequestFactory().get("/office/")
    request.user = coordinator
    cards = {c["title"]: c["value"] for c in plan_cards(request)}
    assert cards["已下发工作要点的逾期任务"] == 1


@pytest.mark.django_db
def test_each_organisations_own_scheme_is_held_to_four_percent(
    client, org_tree, coordinator, city_coordinator, editor
):
    commission, city = org_tree["commission"], org_tree["city"]
    with pytest.raises(DomainError) as refused:
        assessment_scheme_set(
            org=commission,
            disclosure_share=Decimal("3.5"),
            document="《省卫生计生委2024年度绩效考核实施方案》",
            actor=coordinator,
        )
    message = str(refused.value.message)
    assert refused.value.code == "share_below_minimum"
    assert "《省卫生计生委2024年度绩效考核实施方案》" in message and "3.5%" in message
    assert "不应低于4%" in message and "中办发〔2016〕8号" in message
    with pytest.raises(PermissionDeniedError):  # a unit editor, and another region's coordinator
        assessment_scheme_set(org=commission, disclosure_share=Decimal(6), actor=editor)
    with pytest.raises(PermissionDeniedError):
        assessment_scheme_set(org=commission, disclosure_share=Decimal(6), actor=city_coordinator)

    assessment_scheme_set(org=commission, disclosure_share=Decimal(6), actor=coordinator)
    assessment_scheme_set(org=city, disclosure_share=Decimal(5), actor=city_coordinator)
    # each scheme applies to its organisation and the units below; the rest keep the default
    assert assessment_share(org_tree["personnel"]) == Decimal(6)
    assert assessment_share(org_tree["civil"]) == Decimal(5)
    assert assessment_share(org_tree["province"]) == assessment_share() == Decimal(4)
    assert AuditEntry.objects.filter(action="indicator.share").count() == 2

    # the page refuses a low share with the same message, in Chinese
    client.force_login(coordinator)
    page = client.post(
        reverse("plans:schemes"),
        {"org": commission.pk, "document": "", "disclosure_share": "2"},
    ).content.decode()
    assert "的考核方案中政务公开工作的分值权重为2%" in page and "不应低于4%" in page
    assert assessment_share(commission) == Decimal(6)


@pytest.mark.django_db
def test_a_unit_name_is_mapped_only_within_the_plans_organisation(org_tree, coordinator):
    """The service refuses what the page's list of organisations never offered."""
    plan = _flat_plan(org_tree["commission"], coordinator)
    with pytest.raises(DomainError):
        plan_unit_map(plan=plan, name="省数据局", org=org_tree["civil"], actor=coordinator)
    assert not Task.objects.filter(plan=plan, units__org=org_tree["civil"]).exists()
    assert plan_unit_map(plan=plan, name="省数据局", org=org_tree["personnel"], actor=coordinator)
