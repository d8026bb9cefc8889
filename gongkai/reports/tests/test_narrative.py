"""The report's written parts: a first draft from the records, then the office's own texts."""

from datetime import date

import pytest
import time_machine

from gongkai.applications.states import ApplicantType, ReplyType, Status
from gongkai.applications.tests.factories import ApplicationFactory
from gongkai.core.errors import PermissionDeniedError
from gongkai.core.models import AuditEntry
from gongkai.plans.models import Plan, Task
from gongkai.plans.states import TaskStatus
from gongkai.reports.narrative import narrative_draft, narrative_for
from gongkai.reports.selectors import annual_tables
from gongkai.reports.services import narrative_save

pytestmark = pytest.mark.django_db

TEXTS = "/office/reports/annual/texts/"


@pytest.fixture
def commission(org_tree):
    commission = org_tree["commission"]
    for received, concluded, outcome in [
        (date(2023, 12, 25), date(2024, 1, 8), ReplyType.R_DISCLOSE),
        (date(2024, 5, 6), date(2024, 5, 20), ReplyType.R_PARTIAL),
        (date(2024, 12, 30), None, ""),
    ]:
        ApplicationFactory(
            org=commission,
            applicant_type=ApplicantType.PERSON,
            received__day=received,
            concluded_on=concluded,
            outcome=outcome,
            status=Status.REPLIED if concluded else Status.IN_PROGRESS,
        )
    plan = Plan.objects.create(org=commission, title="2024年政务公开工作要点", year=2024)
    for n, status in enumerate([TaskStatus.COMPLETED, TaskStatus.IN_PROGRESS, TaskStatus.DRAFT]):
        Task.objects.create(plan=plan, position=n, title=f"任务{n}", status=status)
    return commission


def test_the_draft_says_what_the_records_say(commission):
    draft = narrative_draft(annual_tables(org=commission, year=2024))
    assert list(draft) == ["一(一)", "一(二)", "一(三)", "一(四)", "一(五)", "五", "六"]
    assert draft["一(一)"].startswith("2024年，本机关主动公开政府信息0条；制发规章0件")
    assert draft["一(二)"] == (
        "2024年，本机关新收政府信息公开申请2件，上年结转1件；办结2件，其中予以公开1件、"
        "部分公开1件；结转下年度继续办理1件。因政府信息公开工作被申请行政复议0件、"
        "被提起行政诉讼0件。"
    )
    assert draft["一(三)"] == "本机关2024年政务公开工作要点分解任务2项，已完成1项。"  # no drafts
    assert draft["一(四)"] == draft["一(五)"] == draft["五"] == ""
    assert draft["六"] == "2024年，本机关未收取信息处理费。"


def test_the_draft_counts_the_press_and_interpretation_ledger(commission, coordinator):
    from gongkai.briefings.kinds import EntryKind
    from gongkai.briefings.tests.factories import record

    with time_machine.travel(date(2025, 1, 10), tick=False):
        for day in (date(2024, 3, 5), date(2024, 6, 5), date(2025, 1, 8)):
            record(org=commission, actor=coordinator, on=day)
        record(org=commission, actor=coordinator, on=date(2024, 4, 1), kind=EntryKind.BRIEFING)
    draft = narrative_draft(annual_tables(org=commission, year=2024))
    assert draft["一(一)"].endswith(
        "召开新闻发布会2场、政策吹风会1场，开展在线访谈0次，发布政策解读0篇，"
        "其中主要负责人解读0次。"
    )


def test_a_2019_format_year_has_one_overview_text_and_no_fees(commission):
    draft = narrative_draft(annual_tables(org=commission, year=2020))
    assert list(draft) == ["一", "五", "六"]
    assert draft["一"].startswith("2020年，本机关主动公开政府信息0条；新制作规章0件")
    assert draft["六"] == ""


def test_the_office_saves_its_texts_and_only_the_coordinator(commission, coordinator, editor):
    tables = annual_tables(org=commission, year=2024)
    texts, saved = narrative_for(tables)
    assert not saved
    texts["五"] = "  一是部分栏目更新不及时；二是解读形式较单一。  "
    texts["一(四)"] = "完成政府网站集约化改造。"
    narrative_save(org=commission, year=2024, sections=texts, actor=coordinator)
    again, saved = narrative_for(tables)
    assert saved and again["五"] == "一是部分栏目更新不及时；二是解读形式较单一。"
    entry = AuditEntry.objects.get(action="reports.narrative_save")
    assert entry.after == {"changed": sorted(k for k, text in texts.items() if text)}
    with pytest.raises(PermissionDeniedError):
        narrative_save(org=commission, year=2024, sections=texts, actor=editor)


def test_the_coordinator_edits_the_texts_and_the_preview_shows_them(
    client, commission, coordinator
):
    client.force_login(coordinator)
    query = f"?org={commission.pk}&year=2024"
    page = client.get(TEXTS + query)
    form = page.context["form"]
    assert "<h2>一、总体情况</h2>" in page.content.decode()
    assert "（三）政府信息管理" in page.content.decode()
    data = {f"part-{n}": form[f"part-{n}"].initial for n in range(len(form.parts))}
    data["part-5"] = "信息发布审核流程有待完善。"  # 五
    response = client.post(TEXTS + query, data)
    assert response.status_code == 302
    preview = client.get(response["Location"]).content.decode()
    assert "信息发布审核流程有待完善。" in preview
    assert "本机关2024年政务公开工作要点分解任务2项，已完成1项。" in preview
    assert "尚未保存" not in preview
