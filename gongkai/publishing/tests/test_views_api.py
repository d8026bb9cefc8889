"""Pages and API: the review page with htmx decisions, the public page, lists, bad uploads."""

from datetime import date

import pytest

from gongkai.publishing.models import CatalogEntry, InformationItem, ListType, PrivacyFinding
from gongkai.publishing.services import item_submit, list_create
from gongkai.publishing.services.catalog import COLUMNS

from .factories import (
    ID_NUMBER,
    LIST_BODY,
    body_findings,
    import_and_publish,
    make_item,
    publish,
    xlsx_bytes,
)

pytestmark = pytest.mark.django_db


def test_editor_creates_a_draft_through_the_form(client, org_tree, editor):
    client.force_login(editor)
    response = client.post(
        "/office/publishing/new/",
        {
            "org": org_tree["office"].pk,
            "kind": "general",
            "title": "关于开展义诊活动的通知",
            "written_on": "2024-03-01",
            "genre": "通知",
            "validity": "in_force",
            "summary": "义诊安排",
            "body": "<p>定于3月5日开展义诊。</p>",
            "attribute": "proactive",
            "time_limit_days": "20",
        },
    )
    item = InformationItem.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/office/publishing/{item.pk}/"
    assert item.formed_on == date(2024, 3, 1) and item.due_on == date(2024, 3, 29)


def test_script_in_body_shows_the_error_on_the_form(client, org_tree, editor):
    client.force_login(editor)
    response = client.post(
        "/office/publishing/new/",
        {"org": org_tree["office"].pk, "kind": "general", "title": "甲", "written_on": "2024-03-01",
         "genre": "通知", "validity": "in_force", "summary": "甲", "attribute": "proactive",
         "time_limit_days": "20", "body": "<p onmouseover=alert(1)>甲</p>"},
    )  # fmt: skip
    assert response.status_code == 200
    assert "正文含有脚本或事件处理代码" in response.content.decode()
    assert not InformationItem.objects.exists()


def test_reviewer_decides_findings_with_htmx_and_sees_them_highlighted(
    client, org_tree, editor, reviewer
):
    item = make_item(org=org_tree["office"], actor=editor, body=LIST_BODY)
    item_submit(item=item, actor=editor)
    client.force_login(reviewer)
    page = client.get(f"/office/publishing/{item.pk}/review/").content.decode()
    assert page.count('<mark id="mark-') == 6
    assert f">{ID_NUMBER}</mark>" in page
    finding = body_findings(item)[1]
    response = client.post(
        f"/office/publishing/findings/{finding.pk}/",
        {"decision": "accepted"},
        HTTP_HX_REQUEST="true",
    )
    fragment = response.content.decode()
    assert 'id="review-panel"' in fragment and "<html" not in fragment
    assert '<strong id="pending-count">5</strong>' in fragment
    finding.refresh_from_db()
    assert finding.decision == PrivacyFinding.Decision.ACCEPTED and finding.decided_by == reviewer


def test_public_page_shows_metadata_and_masked_text_only(
    client, org_tree, editor, reviewer, coordinator
):
    item = make_item(
        org=org_tree["office"], actor=editor, body=LIST_BODY, doc_number="云卫办〔2024〕1号"
    )
    publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)
    item.refresh_from_db()
    page = client.get(f"/info/items/{item.pk}/").content.decode()
    for label in ("索引号", "发布机构", "文号", "成文日期", "发布日期", "主题分类", "有效性"):
        assert label in page
    assert item.index_number in page and "云卫办〔2024〕1号" in page
    assert "张*明" in page and "张三明" not in page
    assert ID_NUMBER not in page and "13812345678" not in page


def test_draft_and_withdrawn_items_are_not_public(client, org_tree, editor):
    item = make_item(org=org_tree["office"], actor=editor)
    assert client.get(f"/info/items/{item.pk}/").status_code == 404
    assert client.get(f"/api/info/items/{item.pk}/").status_code == 404


def test_public_api_lists_published_items_with_masked_body(
    client, org_tree, editor, reviewer, coordinator
):
    item = make_item(org=org_tree["office"], actor=editor, body=LIST_BODY)
    make_item(org=org_tree["office"], actor=editor, title="草稿")
    publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)
    listing = client.get("/api/info/items/").json()
    assert [row["title"] for row in listing["results"]] == [item.title]
    detail = client.get(f"/api/info/items/{item.pk}/").json()
    assert "李*英" in detail["body"] and "李秀英" not in detail["body"]


def test_staff_api_creates_and_submits_a_draft(client, org_tree, editor):
    client.force_login(editor)
    response = client.post(
        "/api/publishing/items/",
        {"org": org_tree["office"].pk, "title": "接口草稿", "written_on": "2024-03-01",
         "summary": "概述", "body": "<p>联系电话13812345678</p>"},
        content_type="application/json",
    )  # fmt: skip
    assert response.status_code == 201, response.content
    pk = response.json()["id"]
    assert client.post(f"/api/publishing/items/{pk}/submit/").json() == {"findings": 1}
    refused = client.post(f"/api/publishing/items/{pk}/publish/")  # editors do not publish
    assert refused.status_code == 403 and "无权" in refused.json()["detail"]


def test_staff_api_refuses_other_units(client, org_tree, editor):
    client.force_login(editor)
    response = client.post(
        "/api/publishing/items/",
        {"org": org_tree["personnel"].pk, "title": "越权", "written_on": "2024-03-01",
         "summary": "x"},
        content_type="application/json",
    )  # fmt: skip
    assert response.status_code == 403
    assert "detail" in response.json()
    assert not InformationItem.objects.exists()


def test_catalog_import_page_reports_the_bad_row(client, org_tree, coordinator):
    client.force_login(coordinator)
    data = xlsx_bytes([COLUMNS, ["1", "", "法规文件"], ["2", "7", "规章"]])
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("catalog.xlsx", data)
    response = client.post(
        "/office/publishing/catalog/import/",
        {"org": org_tree["commission"].pk, "file": upload},
    )
    assert response.status_code == 200  # the page stays, listing every bad row
    assert "第3行“上级编号”列：上级编号“7”不存在" in response.content.decode()
    assert not CatalogEntry.objects.exists()


def test_public_list_page_shows_the_diff_and_takes_feedback(client, org_tree, coordinator):
    power = ListType.objects.get(code="power")
    lst = list_create(
        org=org_tree["commission"], actor=coordinator, list_type=power, title="权责清单"
    )
    row = ["QL-1", "医疗机构执业登记", "行政许可", "条例", "审查", "违法"]
    import_and_publish(lst, actor=coordinator, data=xlsx_bytes([power.columns, row]))
    changed = [*row[:3], "条例（2022年修订）", *row[4:]]
    import_and_publish(lst, actor=coordinator, data=xlsx_bytes([power.columns, changed]))
    page = client.get(f"/info/lists/{lst.pk}/").content.decode()
    assert "与第1版相比的变化" in page
    assert (
        '<span class="diff-old">条例</span> → <span class="diff-new">条例（2022年修订）</span>'
        in page
    )
    response = client.post(
        f"/info/lists/{lst.pk}/", {"message": "请补充办理时限", "contact": "138"}, follow=True
    )
    assert "您的意见已收到" in response.content.decode()
    assert lst.feedback.get().contact == "138"
    assert "138" not in client.get(f"/info/lists/{lst.pk}/").content.decode()


def test_normative_list_filters_by_status_and_year(client, org_tree, editor, reviewer, coordinator):
    from gongkai.publishing.models import Kind

    people = {"editor": editor, "reviewer": reviewer, "coordinator": coordinator}
    old = make_item(org=org_tree["office"], actor=editor, kind=Kind.NORMATIVE, title="旧办法")
    publish(old, **people, on=date(2023, 5, 1))
    new = make_item(org=org_tree["office"], actor=editor, kind=Kind.NORMATIVE, title="新办法",
                    repeals=old)  # fmt: skip
    publish(new, **people, on=date(2024, 5, 1))
    repealed = client.get("/info/normative/?validity=repealed").content.decode()
    assert "旧办法" in repealed and "新办法" not in repealed
    in_2024 = client.get("/info/normative/?year=2024").content.decode()
    assert "新办法" in in_2024 and "旧办法" not in in_2024


def test_public_attachment_download_is_the_masked_copy(
    client, org_tree, editor, reviewer, coordinator
):
    import io

    import docx

    from gongkai.publishing.services import attachment_add

    from .factories import docx_bytes

    item = make_item(org=org_tree["office"], actor=editor)
    attachment = attachment_add(
        item=item, actor=editor, name="名单.docx", data=docx_bytes("联系电话：13812345678")
    )
    publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)
    page = client.get(f"/info/items/{item.pk}/").content.decode()
    url = f"/info/items/{item.pk}/files/{attachment.pk}/"
    assert url in page
    response = client.get(url)
    text = docx.Document(io.BytesIO(b"".join(response.streaming_content))).paragraphs[0].text
    assert text == "联系电话：138****5678"


def test_public_catalog_lists_entries_with_their_time_limits(client, org_tree, coordinator):
    from gongkai.publishing.services import catalog_entry_save

    catalog_entry_save(
        org=org_tree["commission"], actor=coordinator, code="1", parent=None,
        fields={"name": "法规文件", "time_limit": "信息形成之日起20个工作日内"},
    )  # fmt: skip
    page = client.get(f"/info/catalog/{org_tree['commission'].pk}/").content.decode()
    assert "法规文件" in page and "信息形成之日起20个工作日内" in page
    assert client.get(f"/info/catalog/{org_tree['city'].pk}/").status_code == 404


def test_item_page_shows_every_step_of_its_history(client, org_tree, editor, reviewer, coordinator):
    item = make_item(org=org_tree["office"], actor=editor)
    publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)
    client.force_login(coordinator)
    page = client.get(f"/office/publishing/{item.pk}/").content.decode()
    history = page[page.index('id="history"') :]
    steps = ["创建", "提交保密审查", "保密审查通过", "已发布"]
    positions = [history.index(f"<td>{step}</td>") for step in steps]
    assert positions == sorted(positions)
    assert "经审查，不涉密，同意公开。" in history


def test_public_list_pages_use_a_fixed_number_of_queries(
    client, org_tree, editor, reviewer, coordinator, django_assert_max_num_queries
):
    for n in range(5):
        item = make_item(org=org_tree["office"], actor=editor, title=f"信息{n}")
        publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)
    with django_assert_max_num_queries(8):
        assert client.get("/info/").status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get("/info/normative/").status_code == 200


def test_review_queue_and_attention_list_what_awaits_the_reviewer(
    client, org_tree, editor, reviewer
):
    client.force_login(reviewer)
    assert "暂无待审查内容。" in client.get("/office/publishing/reviews/").content.decode()
    item = make_item(org=org_tree["office"], actor=editor, formed_on=date(2024, 3, 1))
    item_submit(item=item, actor=editor)
    queue = client.get("/office/publishing/reviews/").content.decode()
    assert f'href="/office/publishing/{item.pk}/review/"' in queue
    assert "暂无待审查内容。" not in queue
    # formed in March 2024 and still unpublished: late, with no publication date yet
    attention = client.get("/office/publishing/attention/").content.decode()
    assert item.title in attention and "尚未发布" in attention


def test_public_api_finds_a_document_number_as_the_search_page_does(
    client, org_tree, editor, reviewer, coordinator
):
    wanted = make_item(org=org_tree["office"], actor=editor, doc_number="云卫发〔2026〕9号")
    other = make_item(
        org=org_tree["office"], actor=editor, title="关于做好义诊工作的通知",
        doc_number="云卫发〔2026〕19号",
    )  # fmt: skip
    for item in (wanted, other):
        publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)

    def found(q: str) -> list[str]:
        return [r["doc_number"] for r in client.get("/api/info/items/", {"q": q}).json()["results"]]

    for typed in (
        "云卫发〔2026〕9号",
        "云卫发[2026]9号",
        "云卫发（2026）9号",
        "云卫发2026年9号",
        "9号",
    ):
        assert found(typed) == ["云卫发〔2026〕9号"], typed
    assert sorted(found("云卫发")) == ["云卫发〔2026〕19号", "云卫发〔2026〕9号"]
    assert found("云卫发 低保") == ["云卫发〔2026〕9号"]  # every part, in any field
    assert found("云卫发〔2026〕29号") == []


def test_office_item_list_finds_a_document_number_in_any_bracket_style(client, org_tree, editor):
    make_item(org=org_tree["office"], actor=editor, doc_number="云卫发〔2026〕9号")
    make_item(
        org=org_tree["office"], actor=editor, title="关于做好义诊工作的通知",
        doc_number="云卫发〔2026〕19号",
    )  # fmt: skip
    client.force_login(editor)

    def shown(q: str) -> list[str]:
        page = client.get("/office/publishing/", {"q": q}).content.decode()
        return [t for t in ("城乡低保对象名单", "义诊工作") if t in page]

    assert shown("云卫发[2026]9号") == ["城乡低保对象名单"]
    assert shown("〔2026〕19号") == ["义诊工作"]
    assert shown("雲衛發") == ["城乡低保对象名单", "义诊工作"]  # traditional characters typed
    assert shown("云卫发〔2026〕29号") == []
