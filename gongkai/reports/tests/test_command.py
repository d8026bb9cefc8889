"""`gongkai reports annual`: the tables as JSON in the issue's shape, or as text."""

import json
from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from gongkai.applications.states import ApplicantType, ReplyType, Status
from gongkai.applications.tests.factories import ApplicationFactory
from gongkai.orgs.models import Organisation
from gongkai.reports.services import figure_enter

pytestmark = pytest.mark.django_db

CODE = "11530000015196016X"
ROWS = [
    "一",
    "二",
    "三(一)",
    "三(二)",
    *(f"三(三){n}" for n in range(1, 9)),
    *(f"三(四){n}" for n in range(1, 4)),
    *(f"三(五){n}" for n in range(1, 6)),
    *(f"三(六){n}" for n in range(1, 4)),
    "三(七)",
    "四",
]
COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]


@pytest.fixture
def commission(org_tree):
    Organisation.objects.filter(pk=org_tree["commission"].pk).update(code=CODE)
    commission = org_tree["commission"]
    ApplicationFactory(
        org=commission,
        applicant_type=ApplicantType.BUSINESS,
        received__day=date(2024, 3, 4),
        concluded_on=date(2024, 3, 20),
        outcome=ReplyType.R_PARTIAL,
        status=Status.REPLIED,
    )
    ApplicationFactory(org=commission, received__day=date(2024, 12, 30), status=Status.IN_PROGRESS)
    return commission


def _run(*args):
    out, err = StringIO(), StringIO()
    with translation.override("zh-hans"):
        call_command("reports", "annual", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_json_has_the_issue_shape_with_every_row_and_column(commission):
    out, err = _run("--org", CODE, "--year", "2024", "--format", "json")
    tables = json.loads(out)
    assert list(tables) == ["三", "四", "二"]
    assert list(tables["三"]) == ROWS
    assert all(list(cells) == COLUMNS for cells in tables["三"].values())
    assert tables["三"]["三(二)"]["商业企业"] == 1
    assert tables["三"]["四"] == dict(zip(COLUMNS, [1, 0, 0, 0, 0, 0, 1], strict=True))
    assert tables["三"]["一"]["总计"] == 2
    assert list(tables["四"]) == ["行政复议", "未经复议直接起诉", "复议后起诉"]
    assert list(tables["四"]["行政复议"]) == [
        "结果维持",
        "结果纠正",
        "其他结果",
        "尚未审结",
        "总计",
    ]
    assert list(tables["二"]) == [
        "规章",
        "行政规范性文件",
        "行政许可",
        "行政处罚",
        "行政强制",
        "行政事业性收费",
    ]
    assert tables["二"]["行政处罚"] == {"本年处理决定数量": None}
    assert err == ""  # nothing to report


def test_a_2020_report_has_the_2019_rows(commission):
    tables = json.loads(_run("--org", CODE, "--year", "2020", "--format", "json")[0])
    assert "三(六)" in tables["三"] and "三(六)1" not in tables["三"]


def test_the_text_output_shows_the_official_labels_and_the_findings(commission, coordinator):
    figure_enter(
        org=commission,
        year=2023,
        table="三",
        row="四",
        column="总计",
        value=4,
        actor=coordinator,
    )
    figure_enter(
        org=commission,
        year=2024,
        table="二",
        row="行政事业性收费",
        column="本年收费金额（单位：万元）",
        value=Decimal("12.4600"),
        actor=coordinator,
    )
    out, _err = _run("--org", "省卫生计生委", "--year", "2024")
    assert "\n行政事业性收费\t12.46\n" in out and "\n行政许可\t—\n" in out
    assert "三、收到和处理政府信息公开申请情况" in out
    assert "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t1\t0" in out
    assert "提示：表三“二、上年结转”行“总计”列：0，但上年度报告" in out
    _out, err = _run("--org", CODE, "--year", "2024", "--format", "json")
    assert err.startswith("提示：")


def test_an_unknown_organisation_or_year_is_refused(commission):
    with pytest.raises(CommandError, match="没有代码或名称为“999”的机构"):
        _run("--org", "999", "--year", "2024")
    with pytest.raises(CommandError, match="不是报告年度"):
        _run("--org", CODE, "--year", "2018")
