"""The annual report as .docx: the tables keep their structure, with merged header cells."""

import io
from datetime import date
from urllib.parse import quote

import docx
import pytest

from gongkai.applications.states import ApplicantType, ReplyType, Status
from gongkai.applications.tests.factories import ApplicationFactory
from gongkai.reports.services import narrative_save

pytestmark = pytest.mark.django_db


@pytest.fixture
def commission(org_tree, coordinator):
    commission = org_tree["commission"]
    ApplicationFactory(
        org=commission,
        applicant_type=ApplicantType.LEGAL,
        received__day=date(2024, 5, 6),
        concluded_on=date(2024, 5, 20),
        outcome=ReplyType.R_REPEAT,
        status=Status.REPLIED,
    )
    narrative_save(
        org=commission,
        year=2024,
        sections={"一(一)": "全年主动公开信息。", "五": "一是……\n二是……"},
        actor=coordinator,
    )
    return commission


def _document(client, commission, year=2024):
    response = client.get("/office/reports/annual/file.docx", {"org": commission.pk, "year": year})
    assert response.status_code == 200
    title = f"云南省卫生和计划生育委员会{year}年政府信息公开工作年度报告"
    assert response["Content-Disposition"].endswith(f"filename*=utf-8''{quote(title)}.docx")
    return docx.Document(io.BytesIO(response.content))


def _texts(row):
    return [cell.text for cell in row.cells]


def test_the_docx_has_the_title_texts_and_three_tables_with_merged_headers(
    client, commission, coordinator
):
    client.force_login(coordinator)
    document = _document(client, commission)
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == "云南省卫生和计划生育委员会2024年政府信息公开工作年度报告"
    assert paragraphs[1:4] == ["一、总体情况", "（一）主动公开", "全年主动公开信息。"]
    assert paragraphs[-4:] == [
        "五、存在的主要问题及改进情况",
        "一是……",
        "二是……",
        "六、其他需要报告的事项",
    ]
    body = document.paragraphs[3].runs[0]
    assert body._element.rPr.rFonts.get(docx.oxml.ns.qn("w:eastAsia")) == "仿宋_GB2312"
    two, three, four = document.tables
    # 二: four blocks of a caption, a header and their rows; one-column blocks span three
    assert _texts(two.rows[0]) == ["第二十条第（一）项"] * 4
    assert _texts(two.rows[1]) == ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
    assert _texts(two.rows[5]) == ["信息内容"] + ["本年处理决定数量"] * 3
    # 三: the corner spans three header rows; 申请人情况 spans the seven columns
    assert two.rows[0].cells[0]._tc is two.rows[0].cells[3]._tc
    assert three.cell(0, 0)._tc is three.cell(2, 0)._tc
    assert three.cell(0, 1)._tc is three.cell(0, 7)._tc
    assert _texts(three.rows[1])[1:] == ["自然人"] + ["法人或其他组织"] * 5 + ["总计"]
    assert _texts(three.rows[2])[2:7] == [
        "商业企业",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "其他",
    ]
    rows = {row.cells[0].text.strip("　"): _texts(row)[1:] for row in three.rows[3:]}
    assert rows["2.重复申请"] == ["0", "0", "0", "0", "1", "0", "1"]
    assert rows["一、本年新收政府信息公开申请数量"] == ["0", "0", "0", "0", "1", "0", "1"]
    assert len(three.rows) == 3 + 30  # 3 header rows, 25 data rows and 5 group headings
    # 四: 行政复议 over two header rows, 行政诉讼 over ten columns, one row of 15 numbers
    assert four.cell(0, 0)._tc is four.cell(1, 4)._tc
    assert _texts(four.rows[0])[5:] == ["行政诉讼"] * 10
    assert _texts(four.rows[3]) == ["0"] * 15


def test_a_2020_report_has_the_2019_tables(client, commission, coordinator):
    client.force_login(coordinator)
    two, three, _four = _document(client, commission, 2020).tables
    assert "政府集中采购" in [row.cells[0].text for row in two.rows]
    assert "（六）其他处理" in [row.cells[0].text.strip("　") for row in three.rows]


def test_the_pdf_holds_the_title_the_tables_and_the_texts(client, commission, coordinator):
    from gongkai.publishing.privacy import extract_text

    client.force_login(coordinator)
    response = client.get("/office/reports/annual/file.pdf", {"org": commission.pk, "year": 2024})
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    text = extract_text(response.content, "report.pdf").replace(" ", "").replace("\n", "")
    for expected in (
        "云南省卫生和计划生育委员会2024年政府信息公开工作年度报告",
        "全年主动公开信息。",
        "第二十条第（一）项",
        "申请人情况",
        "法人或其他组织",
        "2.重复申请",
        "行政诉讼",
        "未经复议直接起诉",
    ):
        assert expected in text, expected
