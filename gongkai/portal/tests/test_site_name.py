"""The header, page titles and sign-in page name the organisation whose column this is."""

import re

import pytest
from django.core.cache import cache

pytestmark = pytest.mark.django_db


def brand(html: str) -> str:
    block = html.split('class="public-brand"', 1)[1].split("</a>", 1)[0]
    return " ".join(re.sub(r"<[^>]+>", " ", block.split(">", 1)[1]).split())


def test_with_several_governments_the_configured_site_name_is_shown(client, org_tree):
    assert brand(client.get("/").content.decode()) == "公开 政务公开平台 政府信息公开"
    login = client.get("/office/login/").content.decode()
    assert "<h1>政务公开平台</h1>" in login and "testserver" not in login  # not the host name


def test_the_column_is_named_for_its_organisation_never_the_host(client, org_tree, settings):
    settings.GONGKAI_SITE_ORG = "平度市人民政府"
    cache.clear()
    home = client.get("/").content.decode()
    assert brand(home) == "公开 平度市人民政府 政府信息公开"
    assert "testserver" not in home
    assert "<title>政府信息公开 · 平度市人民政府</title>" in " ".join(home.split()).replace(
        "<title> ", "<title>"
    ).replace(" </title>", "</title>")
    login = client.get("/office/login/").content.decode()
    assert "<h1>平度市人民政府</h1>" in login


def test_a_column_name_that_says_it_already_is_not_doubled(client, org_tree, settings):
    city = org_tree["city"]
    city.site_name = "平度市人民政府信息公开"
    city.save()  # an organisation's change shows at once (the cached name is dropped)
    settings.GONGKAI_SITE_ORG = city.name
    cache.clear()
    html = client.get("/").content.decode()
    assert brand(html) == "公开 平度市人民政府信息公开"
    assert "政府信息公开政府信息公开" not in html
    city.site_name = "平度市政务公开"
    city.save()
    assert brand(client.get("/").content.decode()) == "公开 平度市政务公开"


def test_the_coordinator_names_the_column_in_the_back_office(
    client, org_tree, coordinator, editor, settings
):
    from gongkai.core.models import AuditEntry

    commission = org_tree["commission"]
    settings.GONGKAI_SITE_ORG = commission.name
    cache.clear()
    page = f"/office/orgs/{commission.pk}/"
    named = {"column-site_name": "云南省卫生健康信息公开"}

    client.force_login(editor)  # a unit's editor may not name the column
    client.post(page, named)
    commission.refresh_from_db()
    assert commission.site_name == ""

    client.force_login(coordinator)
    assert "专栏名称" in client.get(page).content.decode()
    response = client.post(page, named)
    assert response.status_code == 302
    commission.refresh_from_db()
    assert commission.site_name == "云南省卫生健康信息公开"
    assert AuditEntry.objects.filter(action="org.update", object_id=str(commission.pk)).exists()

    client.logout()  # the public header shows the new name at once
    assert brand(client.get("/").content.decode()) == "公开 云南省卫生健康信息公开"
