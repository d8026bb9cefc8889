"""Table 三 of the annual report against cases counted by hand, cell by cell (AR-T3)."""

from datetime import date

import pytest

from gongkai.applications.states import ApplicantType as A
from gongkai.applications.states import Ground as G
from gongkai.applications.states import ReplyType as R
from gongkai.applications.states import Status
from gongkai.applications.tests.factories import ApplicationFactory
from gongkai.reports.checks import report_findings
from gongkai.reports.formats import T3_COLUMNS
from gongkai.reports.selectors import annual_tables, table_three

pytestmark = pytest.mark.django_db

d = date
Y = 2024


def _case(org, kind, received, concluded=None, outcome="", ground="", status=None):
    if status is None:
        status = Status.REPLIED if concluded else Status.IN_PROGRESS
    return ApplicationFactory(
        org=org,
        applicant_type=kind,
        received__day=received,
        concluded_on=concluded,
        outcome=outcome,
        withholding_ground=ground,
        status=status,
    )


@pytest.fixture
def cases(org_tree):
    """35 requests around report year 2024: one or more for every result row, carry-over both
    ways, the year's boundary days, a unit's case (counted) and other bodies' and years' cases
    (not counted). The expected table below is counted by hand from this list."""
    c, unit, other = org_tree["commission"], org_tree["office"], org_tree["civil"]
    done = d(Y, 6, 20)
    received = d(Y, 6, 3)
    # Received and concluded in 2024, one per result row (numbers as in the expectation).
    for kind, outcome, ground, status in [
        (A.PERSON, R.R_DISCLOSE, "", None),  # 1 三(一)
        (A.BUSINESS, R.R_PUBLISHED, "", None),  # 2 三(一) (the agency's default row)
        (A.PERSON, R.R_PARTIAL, "", None),  # 3 三(二)
        (A.RESEARCH, R.R_WITHHOLD, G.G14_SECRET, None),  # 4 三(三)1
        (A.NONPROFIT, R.R_WITHHOLD, G.G14_LAW, None),  # 5 三(三)2
        (A.LEGAL, R.R_WITHHOLD, G.G14_SAFETY, None),  # 6 三(三)3
        (A.OTHER_ORG, R.R_WITHHOLD, G.G15_THIRD, None),  # 7 三(三)4
        (A.PERSON, R.R_WITHHOLD, G.G16_INTERNAL, None),  # 8 三(三)5
        (A.PERSON, R.R_WITHHOLD, G.G16_PROCESS, None),  # 9 三(三)6
        (A.BUSINESS, R.R_WITHHOLD, G.G16_ENFORCE, None),  # 10 三(三)7
        (A.BUSINESS, R.R_SPECIAL_STATUTE, "", None),  # 11 三(三)8
        (A.PERSON, R.R_NOT_EXIST, "", None),  # 12 三(四)1
        (A.RESEARCH, R.R_NOT_OURS, "", None),  # 13 三(四)1
        (A.PERSON, R.R_NEEDS_PROCESSING, "", None),  # 14 三(四)2
        (A.NONPROFIT, R.R_STILL_UNCLEAR, "", None),  # 15 三(四)3
        (A.PERSON, R.R_PETITION, "", None),  # 16 三(五)1
        (A.PERSON, R.R_REPEAT, "", None),  # 17 三(五)2
        (A.LEGAL, R.R_PUBLICATION, "", None),  # 18 三(五)3
        (A.PERSON, R.R_VOLUME, "", None),  # 19 三(五)4
        (A.OTHER_ORG, R.R_CONFIRM, "", None),  # 20 三(五)5
        (A.PERSON, R.C_ABANDONED, "", Status.DEEMED_WITHDRAWN),  # 21 三(六)1
        (A.BUSINESS, R.C_FEE_UNPAID, "", Status.CLOSED),  # 22 三(六)2
        (A.PERSON, "", "", Status.WITHDRAWN),  # 23 三(六)3: withdrawn, no outcome recorded
        (A.PERSON, R.R_CORRECT_RECORD, "", None),  # 24 三(六)3 (the agency's default row)
    ]:
        _case(c, kind, received, done, outcome, ground, status)
    _case(unit, A.PERSON, d(Y, 7, 1), d(Y, 7, 10), R.R_DISCLOSE)  # 25 a unit's: 三(一)
    # Carried in from 2023.
    _case(c, A.PERSON, d(2023, 12, 20), d(Y, 1, 10), R.R_DISCLOSE)  # 26 二, 三(一)
    _case(c, A.NONPROFIT, d(2023, 12, 28), d(2025, 1, 2), R.R_DISCLOSE)  # 27 二, 四
    _case(c, A.LEGAL, d(2023, 11, 15))  # 28 二, 四: still open
    # Carried into 2025.
    _case(c, A.PERSON, d(Y, 12, 30), d(2025, 1, 6), R.R_DISCLOSE)  # 29 一, 四
    _case(c, A.RESEARCH, d(Y, 12, 20))  # 30 一, 四: still open
    # Not counted in 2024.
    _case(c, A.PERSON, d(2023, 11, 1), d(2023, 12, 1), R.R_DISCLOSE)  # 31 done in 2023
    _case(c, A.PERSON, d(2025, 1, 3))  # 32 received in 2025
    _case(other, A.PERSON, d(Y, 4, 1), d(Y, 4, 2), R.R_DISCLOSE)  # 33 another body's
    # The year's first and last days count.
    _case(c, A.BUSINESS, d(Y, 1, 1), d(Y, 12, 31), R.R_DISCLOSE)  # 34 一, 三(一)
    _case(c, A.OTHER_ORG, d(2023, 12, 31), d(Y, 1, 1), R.R_DISCLOSE)  # 35 二, 三(一)
    return org_tree


#: Columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
EXPECTED_2024 = {
    "一": (14, 5, 3, 2, 2, 2, 28),  # 1–25, 29, 30, 34
    "二": (1, 0, 0, 1, 1, 1, 4),  # 26, 27, 28, 35
    "三(一)": (3, 2, 0, 0, 0, 1, 6),  # 1, 2, 25, 26, 34, 35
    "三(二)": (1, 0, 0, 0, 0, 0, 1),
    "三(三)1": (0, 0, 1, 0, 0, 0, 1),
    "三(三)2": (0, 0, 0, 1, 0, 0, 1),
    "三(三)3": (0, 0, 0, 0, 1, 0, 1),
    "三(三)4": (0, 0, 0, 0, 0, 1, 1),
    "三(三)5": (1, 0, 0, 0, 0, 0, 1),
    "三(三)6": (1, 0, 0, 0, 0, 0, 1),
    "三(三)7": (0, 1, 0, 0, 0, 0, 1),
    "三(三)8": (0, 1, 0, 0, 0, 0, 1),
    "三(四)1": (1, 0, 1, 0, 0, 0, 2),  # 12, 13
    "三(四)2": (1, 0, 0, 0, 0, 0, 1),
    "三(四)3": (0, 0, 0, 1, 0, 0, 1),
    "三(五)1": (1, 0, 0, 0, 0, 0, 1),
    "三(五)2": (1, 0, 0, 0, 0, 0, 1),
    "三(五)3": (0, 0, 0, 0, 1, 0, 1),
    "三(五)4": (1, 0, 0, 0, 0, 0, 1),
    "三(五)5": (0, 0, 0, 0, 0, 1, 1),
    "三(六)1": (1, 0, 0, 0, 0, 0, 1),
    "三(六)2": (0, 1, 0, 0, 0, 0, 1),
    "三(六)3": (2, 0, 0, 0, 0, 0, 2),  # 23, 24
    "三(七)": (14, 5, 2, 2, 2, 3, 28),
    "四": (1, 0, 1, 1, 1, 0, 4),  # 27, 28, 29, 30
}


def test_table_three_matches_the_hand_count_cell_by_cell(cases):
    table = table_three(org=cases["commission"], year=Y)
    assert list(table) == list(EXPECTED_2024)  # 一, 二, 四 and the 22 rows under 三, in order
    for row, values in EXPECTED_2024.items():
        assert table[row] == dict(zip(T3_COLUMNS, values, strict=True)), row


def test_the_hand_counted_year_passes_every_check(cases):
    assert report_findings(annual_tables(org=cases["commission"], year=Y)) == []


def test_what_2024_carries_out_is_what_2025_carries_in(cases):
    """Cases 27–30 are open on 31 December 2024; 27 and 29 end in 2025, 28 and 30 stay open."""
    table = table_three(org=cases["commission"], year=2025)
    assert table["二"] == dict(zip(T3_COLUMNS, EXPECTED_2024["四"], strict=True))
    assert table["一"]["总计"] == 1  # case 32
    assert table["三(一)"]["总计"] == 2  # 27 and 29
    assert table["四"] == dict(zip(T3_COLUMNS, (1, 0, 1, 0, 1, 0, 3), strict=True))  # 28, 30, 32


def test_a_2020_report_uses_the_2019_format_with_one_other_row(org_tree):
    """In the 2019 format （六）其他处理 is one data row: abandoned and withdrawn cases meet."""
    c = org_tree["commission"]
    _case(c, A.PERSON, d(2020, 3, 2), d(2020, 4, 1), R.C_ABANDONED, status=Status.DEEMED_WITHDRAWN)
    _case(c, A.BUSINESS, d(2020, 3, 2), d(2020, 3, 5), "", status=Status.WITHDRAWN)
    _case(c, A.PERSON, d(2020, 5, 6), d(2020, 5, 20), R.R_DISCLOSE)
    table = table_three(org=c, year=2020)
    assert "三(六)1" not in table
    assert table["三(六)"] == dict(zip(T3_COLUMNS, (1, 1, 0, 0, 0, 0, 2), strict=True))
    assert table["三(七)"]["总计"] == 3
    assert len(table) == 3 + 20  # 一, 二, 四 and the 20 data rows under 三 (AR-T3)
