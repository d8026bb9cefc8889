"""The demo data: sample requests in every status, loaded once, with fictional applicants."""

import pytest
import time_machine

from gongkai.applications.demo import MARK, load_demo_applications
from gongkai.applications.models import Application
from gongkai.applications.states import Status
from gongkai.orgs.demo import load_demo_orgs

pytestmark = pytest.mark.django_db


@time_machine.travel("2026-11-20 02:00", tick=False)  # a Friday, 10:00 in Beijing
def test_demo_has_a_request_in_every_status_and_loads_once(client):
    load_demo_orgs()
    created = load_demo_applications()
    assert created == 13
    assert load_demo_applications() == 0  # idempotent
    statuses = set(Application.objects.values_list("status", flat=True))
    assert statuses == set(Status.values)
    assert all(
        name.endswith(MARK) for name in Application.objects.values_list("applicant_name", flat=True)
    )
    # The request received 50 days ago and still in progress is overdue.
    client.login(username="coordinator", password="gongkai-demo")
    page = client.get("/office/applications/overdue/")
    assert "2023年卫生健康统计公报" in page.content.decode()
    assert "2025年度部门预算和决算说明" not in page.content.decode()


@time_machine.travel("2026-11-20 02:00", tick=False)
def test_every_demo_case_page_shows_its_deadline_reasoning_and_actions(client):
    load_demo_orgs()
    load_demo_applications()
    client.login(username="reviewer", password="gongkai-demo")
    for app in Application.objects.filter(org__name="云南省卫生和计划生育委员会"):
        html = client.get(f"/office/applications/{app.pk}/").content.decode()
        assert app.number in html
        # The explanation cites the law, never the rule IDs of the code.
        assert "《条例》第三十一条" in html and "CAL-COUNT-1" not in html
    listing = client.get("/office/applications/").content.decode()
    assert listing.count('name="ids"') == 12  # the reviewer sees the commission's cases only
    client.login(username="coordinator", password="gongkai-demo")
    recurring = client.get("/office/applications/recurring/").content.decode()
    assert "2025年部门预算和决算说明" in recurring
