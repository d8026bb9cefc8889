"""A site's page follows its running check without a reload: htmx polls a small fragment, which
asks for the page again once the check has ended."""

import pytest

from gongkai.monitoring.models import CheckRun
from gongkai.monitoring.services import site_save
from gongkai.monitoring.states import RunStatus

pytestmark = pytest.mark.django_db


def test_the_progress_fragment_follows_the_run_and_reloads_the_page_at_the_end(
    client, coordinator, org_tree
):
    site = site_save(actor=coordinator, name="某委网站", base_url="http://127.0.0.1:9/",
                     org=org_tree["commission"])  # fmt: skip
    run = CheckRun.objects.create(site=site, status=RunStatus.RUNNING, pages_planned=200)
    url = f"/office/monitoring/sites/{site.pk}/progress/"
    client.force_login(coordinator)
    page = client.get(f"/office/monitoring/sites/{site.pk}/").content.decode()
    assert f'hx-get="{url}"' in page and "立即检查" not in page
    CheckRun.objects.filter(pk=run.pk).update(pages_fetched=50)
    fragment = client.get(url, headers={"HX-Request": "true"})
    text = fragment.content.decode()
    assert "已抓取 50 个地址（25%）" in text and 'hx-trigger="every 3s"' in text
    assert "<html" not in text and "<script" not in text
    run.status = RunStatus.DONE
    run.save()
    ended = client.get(url, headers={"HX-Request": "true"})
    assert ended.status_code == 200 and ended["HX-Refresh"] == "true"
    page = client.get(f"/office/monitoring/sites/{site.pk}/").content.decode()
    assert "hx-get" not in page and "立即检查" in page


def test_a_signed_out_page_stops_polling(client, coordinator, org_tree):
    site = site_save(actor=coordinator, name="某委网站", base_url="http://127.0.0.1:9/")
    response = client.get(f"/office/monitoring/sites/{site.pk}/progress/")
    assert response.status_code == 286 and response.content == b""


def test_a_city_coordinator_cannot_poll_the_commissions_site(client, coordinator, org_tree,
                                                              city_coordinator):  # fmt: skip
    site = site_save(actor=coordinator, name="某委网站", base_url="http://127.0.0.1:9/",
                     org=org_tree["commission"])  # fmt: skip
    client.force_login(city_coordinator)
    assert client.get(f"/office/monitoring/sites/{site.pk}/progress/").status_code == 404
