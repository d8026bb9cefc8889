"""The Excel import cannot reach beyond the organisations the importing coordinator runs."""

import io

import pytest
from django.urls import reverse

from gongkai.core.xlsx import Sheet, workbook_bytes
from gongkai.orgs.importer import ORG_COLUMNS, USER_COLUMNS
from gongkai.orgs.models import Membership, Organisation
from gongkai.orgs.roles import Role


def _workbook(org_rows=(), user_rows=()) -> io.BytesIO:
    """An import file with both sheets, as the template has them, ready to upload."""
    buf = io.BytesIO(
        workbook_bytes(Sheet("机构", ORG_COLUMNS, org_rows), Sheet("用户", USER_COLUMNS, user_rows))
    )
    buf.name = "import.xlsx"
    return buf


def _upload(client, user, data: io.BytesIO):
    client.force_login(user)
    return client.post(reverse("orgs:import"), {"file": data})


@pytest.mark.django_db
def test_a_city_coordinator_cannot_make_themselves_coordinator_of_the_province(
    client, org_tree, city_coordinator
):
    # The city's coordinator names themselves 公开办 of the province in the 用户 sheet: before the
    # fix this granted the role and with it every request, plan and draft of the province.
    data = _workbook(user_rows=[["citycoord", "", "", "云南省人民政府", "公开办", ""]])
    response = _upload(client, city_coordinator, data)
    assert response.status_code == 200  # the import page again, with the refused row
    assert "云南省人民政府" in response.content.decode()
    assert not Membership.objects.filter(user=city_coordinator, org=org_tree["province"]).exists()
    # …so the province's records stay out of reach.
    client.force_login(city_coordinator)
    assert client.get(reverse("orgs:detail", args=[org_tree["commission"].pk])).status_code == 404


@pytest.mark.django_db
def test_a_coordinator_cannot_add_organisations_under_another_tree_or_at_the_top(
    client, org_tree, city_coordinator
):
    data = _workbook(
        org_rows=[
            ["伪造处", "", "云南省卫生和计划生育委员会", "处室", "", ""],
            ["伪造省政府", "", "", "地区", "", ""],
        ]
    )
    response = _upload(client, city_coordinator, data)
    assert response.status_code == 200
    assert not Organisation.objects.filter(name__in=["伪造处", "伪造省政府"]).exists()


@pytest.mark.django_db
def test_a_coordinator_still_imports_units_and_users_of_their_own_agency(
    client, org_tree, coordinator
):
    data = _workbook(
        org_rows=[["法规处", "", "云南省卫生和计划生育委员会", "处室", "", ""]],
        user_rows=[["zhao", "赵六", "zhao@example.gov.cn", "法规处", "编辑", "s3cret-pass!"]],
    )
    response = _upload(client, coordinator, data)
    assert response.status_code == 302
    unit = Organisation.objects.get(name="法规处")
    assert unit.parent == org_tree["commission"]
    assert Membership.objects.filter(user__username="zhao", org=unit, role=Role.EDITOR).exists()
