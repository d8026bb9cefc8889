"""Who is offered to send a quarter's spot-check result to review (MON-RUN-1)."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from gongkai.monitoring.models import CheckRun, Site
from gongkai.monitoring.states import RunStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def checked_quarter(org_tree):
    site = Site.objects.create(
        org=org_tree["commission"], name="省卫生计生委网站", base_url="http://wsjkw.example.cn/"
    )
    CheckRun.objects.create(
        site=site, status=RunStatus.DONE, finished_at=timezone.now(), pages_fetched=3,
        score=Decimal(90), passed=True,
    )  # fmt: skip
    today = timezone.localdate()
    return f"{reverse('monitoring:report')}?year={today.year}&quarter={(today.month - 1) // 3 + 1}"


def test_the_coordinator_is_offered_to_submit_the_result(client, coordinator, checked_quarter):
    client.force_login(coordinator)
    page = client.get(checked_quarter).content.decode()
    assert "省卫生计生委网站" in page and "提交公开" in page


def test_a_supervisor_reads_the_result_without_a_button_they_could_not_use(
    client, supervisor, checked_quarter
):
    client.force_login(supervisor)
    page = client.get(checked_quarter).content.decode()
    assert "省卫生计生委网站" in page
    assert "提交公开" not in page


def test_the_office_adds_a_bonus_item_and_the_index_page_lists_it(client, coordinator):
    from gongkai.core.models import AuditEntry
    from gongkai.monitoring.models import ScoreItem

    client.force_login(coordinator)
    url = reverse("monitoring:index")
    data = {
        "add_bonus": "1",
        "bonus-group": "创新发展",
        "bonus-name": "特色栏目",
        "bonus-points": "5",
    }
    response = client.post(url, data, follow=True)
    assert "加分项已添加" in response.content.decode()
    item = ScoreItem.objects.get(part=ScoreItem.Part.BONUS, name="特色栏目")
    assert item.points == 5 and item.group == "创新发展"
    assert AuditEntry.objects.filter(action="monitoring.bonus_item_add").exists()
    assert "特色栏目" in client.get(url).content.decode()
    # The same item twice is refused in words, and nothing is added.
    again = client.post(url, data).content.decode()
    assert "已在检查指标中" in again
    assert ScoreItem.objects.filter(name="特色栏目").count() == 1
    # More than the bonus part's 30 points is refused by the form.
    client.post(url, {**data, "bonus-name": "另一项", "bonus-points": "31"})
    assert not ScoreItem.objects.filter(name="另一项").exists()
