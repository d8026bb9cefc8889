"""The back-office preview of the annual report's tables."""

import re
from datetime import date

import pytest

from gongkai.applications.states import ApplicantType, ReplyType, Status
from gongkai.applications.tests.factories import ApplicationFactory
from gongkai.core.models import AuditEntry
from gongkai.reports.models import EnteredFigure
from gongkai.reports.services import figure_enter

pytestmark = pytest.mark.django_db

URL = "/office/reports/annual/"


@pytest.fixture
def cases(org_tree):
    commission = org_tree["commission"]
    ApplicationFactory(
        org=commission,
        applicant_type=ApplicantType.RESEARCH,
        received__day=date(2024, 5, 6),
        concluded_on=date(2024, 5, 20),
        outcome=ReplyType.R_NOT_EXIST,
        status=Status.REPLIED,
    )
    return org_tree


def test_the_coordinator_previews_the_tables_with_the_official_labels(client, cases, coordinator):
    client.force_login(coordinator)
    page = client.get(URL, {"year": 2024}).content.decode()
    assert "《中华人民共和国政府信息公开条例》第四十九条" in page
    assert "国办公开办函〔2021〕30号" in page
    assert "1.本机关不掌握相关政府信息" in page
    assert "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" in page
    assert '<th scope="colgroup" colspan="5">法人或其他组织</th>' in page
    assert "未填报" in page  # 行政许可 and the others, until entered
    assert "各表数据均通过勾稽关系校验" in page
    assert "AR-" not in page


def test_a_carry_over_unlike_last_years_report_is_shown_and_its_cell_marked(
    client, cases, coordinator
):
    figure_enter(
        org=cases["commission"],
        year=2023,
        table="三",
        row="四",
        column="总计",
        value=3,
        actor=coordinator,
    )
    client.force_login(coordinator)
    page = client.get(URL, {"year": 2024}).content.decode()
    assert "请核对" in page and "上年度报告“四、结转下年度继续办理”为3" in page
    assert page.count('class="num flagged"') == 1


def test_a_unit_editor_is_refused(client, cases, editor):
    client.force_login(editor)
    assert client.get(URL).status_code == 403


def test_a_2019_format_year_and_a_year_before_it(client, cases, coordinator):
    client.force_login(coordinator)
    page = client.get(URL, {"year": 2020}).content.decode()
    assert "国办公开办函〔2019〕60号" in page and "政府集中采购" in page
    page = client.get(URL, {"year": 2018}).content.decode()
    assert "法定格式的年度报告自2019年度起" in page


FIGURES = "/office/reports/annual/figures/"


def _cell(response, label_row, column):
    """The name of the form field of (row, column) in the page's form."""
    form = response.context["form"]
    for n, (_table, row, col) in enumerate(form.cells):
        if (row, col) == (label_row, column):
            return f"cell-{n}"
    raise AssertionError((label_row, column))


def test_the_coordinator_enters_figures_and_the_preview_shows_them(client, cases, coordinator):
    commission = cases["commission"]
    client.force_login(coordinator)
    query = f"?org={commission.pk}&year=2024"
    form = client.get(FIGURES + query)
    assert "行政事业性收费" in form.content.decode()
    licences = _cell(form, "行政许可", "本年处理决定数量")
    carried = [n for n, c in enumerate(form.context["form"].cells) if c[0] == "三"]
    data = {licences: "326", f"cell-{carried[-1]}": "1", "note": "政务服务网统计"}
    response = client.post(FIGURES + query, data)
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert re.search(r"行政许可</th>\s*<td class=\"num\">\s*326\s*</td>", page)
    assert "上年度报告“四、结转下年度继续办理”为1" in page  # the entered row 四 of 2023
    assert AuditEntry.objects.filter(action="reports.figure_enter").count() == 2
    # Saving again unchanged changes nothing
    client.post(FIGURES + query, data)
    assert AuditEntry.objects.filter(action="reports.figure_enter").count() == 2
    assert EnteredFigure.objects.get(year=2023).value == 1


def test_a_negative_count_is_refused_under_its_field(client, cases, coordinator):
    client.force_login(coordinator)
    query = f"?org={cases['commission'].pk}&year=2024"
    field = _cell(client.get(FIGURES + query), "行政处罚", "本年处理决定数量")
    response = client.post(FIGURES + query, {field: "-3"})
    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert not EnteredFigure.objects.exists()


def test_only_the_coordinator_enters_figures(client, cases, supervisor):
    client.force_login(supervisor)
    assert client.get(FIGURES + f"?org={cases['commission'].pk}&year=2024").status_code == 403
    page = client.get(URL, {"year": 2024, "org": cases["commission"].pk}).content.decode()
    assert "云南省卫生和计划生育委员会" in page and FIGURES not in page
