"""Table 三 of the annual report from the requests, against a hand-counted fixture (AR-T3)."""

from datetime import date

import pytest

from gongkai.applications.selectors import application_statistics
from gongkai.applications.states import ApplicantType as A
from gongkai.applications.states import Ground, ReplyType, Status
from gongkai.applications.tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db

COLUMNS = ["person", "business", "research", "nonprofit", "legal", "other_org", "total"]


@pytest.fixture
def cases(org_tree):
    """Eleven requests around the 2024 report year; the expected counts are worked out below."""
    commission, office, civil = org_tree["commission"], org_tree["office"], org_tree["civil"]

    def case(org, kind, received, concluded=None, outcome="", ground="", status=Status.REPLIED):
        return ApplicationFactory(
            org=org,
            applicant_type=kind,
            received__day=received,
            concluded_on=concluded,
            outcome=outcome,
            withholding_ground=ground,
            status=status if concluded else Status.IN_PROGRESS,
        )

    d = date
    case(commission, A.PERSON, d(2023, 12, 20), d(2024, 1, 10), ReplyType.R_DISCLOSE)  # A
    case(commission, A.PERSON, d(2023, 11, 1), d(2023, 12, 1), ReplyType.R_DISCLOSE)  # B: none
    case(
        commission,
        A.BUSINESS,
        d(2024, 3, 1),
        d(2024, 3, 20),
        ReplyType.R_WITHHOLD,
        Ground.G15_THIRD,
    )  # C
    case(commission, A.PERSON, d(2024, 5, 6), d(2024, 5, 20), ReplyType.R_PARTIAL)  # D
    case(commission, A.RESEARCH, d(2024, 12, 20))  # E: still open
    case(
        commission, A.PERSON, d(2024, 6, 3), d(2024, 6, 5), ReplyType.C_OTHER, status="withdrawn"
    )  # F
    case(
        commission,
        A.LEGAL,
        d(2024, 2, 1),
        d(2024, 3, 1),
        ReplyType.C_ABANDONED,
        status="deemed_withdrawn",
    )  # G
    case(commission, A.PERSON, d(2024, 12, 30), d(2025, 1, 6), ReplyType.R_DISCLOSE)  # H
    case(commission, A.NONPROFIT, d(2023, 12, 28), d(2025, 1, 2), ReplyType.R_DISCLOSE)  # I
    case(civil, A.OTHER_ORG, d(2024, 4, 1), d(2024, 4, 2), ReplyType.R_DISCLOSE)  # J: other body
    case(office, A.PERSON, d(2024, 7, 1), d(2024, 7, 10), ReplyType.R_NOT_EXIST)  # K: a unit


def _rows(table):
    return {
        row["key"]: dict(zip(COLUMNS, row["values"], strict=True))
        for row in table["rows"]
        if row["data"]
    }


def test_table_three_matches_the_hand_count(cases, org_tree):
    table = application_statistics(org=org_tree["commission"], year=2024)
    rows = _rows(table)
    zero = dict.fromkeys(COLUMNS, 0)
    # 一: D, F, H, K (person), C (business), E (research), G (legal).
    assert rows["new"] == {
        **zero,
        "person": 4,
        "business": 1,
        "research": 1,
        "legal": 1,
        "total": 7,
    }
    # 二: A (person), I (nonprofit); B was concluded in 2023, so it is not carried over.
    assert rows["carried_in"] == {**zero, "person": 1, "nonprofit": 1, "total": 2}
    assert rows["1"] == {**zero, "person": 1, "total": 1}  # A
    assert rows["2"] == {**zero, "person": 1, "total": 1}  # D
    assert rows["3-4"] == {**zero, "business": 1, "total": 1}  # C, G15-THIRD
    assert rows["4-1"] == {**zero, "person": 1, "total": 1}  # K, counted for its agency
    assert rows["6-1"] == {**zero, "legal": 1, "total": 1}  # G
    assert rows["6-3"] == {**zero, "person": 1, "total": 1}  # F, withdrawn
    assert rows["total"] == {**zero, "person": 4, "business": 1, "legal": 1, "total": 6}
    # 四: E (research), H (person, replied in 2025), I (nonprofit, replied in 2025).
    assert rows["carried_out"] == {**zero, "person": 1, "research": 1, "nonprofit": 1, "total": 3}
    untouched = set(rows) - {
        "new",
        "carried_in",
        "1",
        "2",
        "3-4",
        "4-1",
        "6-1",
        "6-3",
        "total",
        "carried_out",
    }
    assert all(rows[key] == zero for key in untouched)
    assert table["checks"] == {"AR-CHECK-1": True, "AR-CHECK-2": True, "AR-CHECK-3": True}


def test_table_three_keeps_the_exact_labels_of_the_2021_format(cases, org_tree):
    table = application_statistics(org=org_tree["commission"], year=2024)
    labels = [row["label"] for row in table["rows"]]
    assert labels[0] == "一、本年新收政府信息公开申请数量"
    assert labels[-1] == "四、结转下年度继续办理"
    assert "3.危及“三安全一稳定”" in labels and "（七）总计" in labels
    # 22 data rows under 三 in the 2021 format: 21 leaves and （七）总计.
    assert len([row for row in table["rows"][3:-1] if row["data"]]) == 22
    assert [c["label"] for c in table["columns"]] == [
        "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计",
    ]  # fmt: skip


def test_statistics_in_the_api_respect_visibility(
    cases, org_tree, client, coordinator, city_coordinator
):
    client.login(username="coordinator", password="pw-coordinator")
    url = f"/api/applications/statistics/?org={org_tree['commission'].pk}&year=2024"
    data = client.get(url).json()
    assert data["rows"][0]["values"][-1] == 7
    client.logout()
    client.login(username="citycoord", password="pw-citycoord")
    assert client.get(url).status_code == 404
    listing = client.get("/api/applications/").json()
    assert [row["org"] for row in listing["results"]] == ["平度市民政局"]
    assert (
        "applicant_name" not in listing["results"][0] and "id_document" not in listing["results"][0]
    )


def test_statistics_page_heads_the_applicant_columns_as_the_report_format_does(
    cases, org_tree, client, coordinator
):
    client.force_login(coordinator)
    url = f"/office/applications/statistics/?org={org_tree['commission'].pk}&year=2024"
    page = client.get(url).content.decode()
    assert '<th scope="colgroup" colspan="7">申请人情况</th>' in page
    assert "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" in page
    assert page.count('<th scope="colgroup" colspan="5">') == 3  # table 四: three groups of five
