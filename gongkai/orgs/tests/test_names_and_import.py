"""Resolving names through aliases and scripts; importing the tree from Excel, all or nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from gongkai.core.errors import DomainError
from gongkai.core.xlsx import CONTENT_TYPE, ImportFailed
from gongkai.orgs.importer import import_workbook
from gongkai.orgs.models import Membership, Organisation
from gongkai.orgs.selectors import org_resolve
from gongkai.orgs.services import alias_add

from .test_security import _workbook as _upload_file


@pytest.mark.django_db
def test_names_resolve_by_alias_short_name_and_traditional_script(org_tree):
    commission = org_tree["commission"]
    assert org_resolve(name="省卫生计生委") == commission
    assert org_resolve(name="卫生计生委") == commission
    assert org_resolve(name="衛生計生委") == commission  # traditional characters
    assert org_resolve(name="市民政局") == org_tree["civil"]
    assert org_resolve(name="不存在的局") is None


@pytest.mark.django_db
def test_a_division_name_resolves_within_its_agency(org_tree):
    assert org_resolve(name="人事处", scope=org_tree["commission"]) == org_tree["personnel"]


@pytest.mark.django_db
def test_a_duplicate_alias_is_refused_with_the_other_organisation_named(org_tree):
    with pytest.raises(DomainError) as info:
        alias_add(org=org_tree["civil"], alias="卫生计生委")
    assert info.value.code == "duplicate_alias"
    assert "云南省卫生和计划生育委员会" in info.value.message


def _workbook(org_rows, user_rows=()) -> bytes:
    return _upload_file(org_rows=org_rows, user_rows=user_rows).getvalue()


@pytest.mark.django_db
def test_import_builds_the_tree_and_users():
    data = _workbook(
        [
            ["示例市人民政府", "示例市政府", "", "地区", "", "", "示例市人民政府信息公开"],
            ["示例市民政局", "市民政局", "示例市人民政府", "机关", "11370283MB1234567X", "民政局"],
            ["社会救助科", "", "市民政局", "科室", "", ""],
        ],
        [["wang", "王五", "wang@example.gov.cn", "民政局", "编辑", "s3cret-pass"]],
    )
    result = import_workbook(data)
    assert (result.orgs_created, result.users_created, result.roles_granted) == (3, 1, 1)
    assert Organisation.objects.get(name="示例市人民政府").site_name == "示例市人民政府信息公开"
    unit = Organisation.objects.get(name="社会救助科")
    assert unit.parent.name == "示例市民政局"
    assert unit.kind == Organisation.Kind.UNIT
    user = get_user_model().objects.get(username="wang")
    assert user.check_password("s3cret-pass")
    assert Membership.objects.get(user=user).org.name == "示例市民政局"


@pytest.mark.django_db
def test_an_unknown_parent_fails_the_whole_import_and_names_the_row():
    data = _workbook(
        [
            ["示例市人民政府", "", "", "地区", "", ""],
            ["示例区民政局", "", "示例区人民政府", "机关", "", ""],
        ],
        [["li", "李四", "", "不存在的机构", "编辑", ""]],
    )
    with pytest.raises(ImportFailed) as info:
        import_workbook(data)
    text = " ".join(info.value.errors)
    assert "3" in text and "示例区人民政府" in text
    assert "不存在的机构" in text
    assert not Organisation.objects.filter(name="示例市人民政府").exists()  # all or nothing
    assert not get_user_model().objects.filter(username="li").exists()


@pytest.mark.django_db
def test_a_file_that_is_not_excel_is_refused():
    with pytest.raises(DomainError) as info:
        import_workbook(b"this is not a workbook")
    assert info.value.code == "not_xlsx"


@pytest.mark.django_db
def test_a_scoped_name_is_never_found_in_another_province():
    from gongkai.orgs.models import Organisation
    from gongkai.orgs.selectors import org_resolve
    from gongkai.orgs.services import org_create

    yunnan = org_create(name="云南省人民政府", kind=Organisation.Kind.REGION)
    gansu = org_create(name="甘肃省人民政府", kind=Organisation.Kind.REGION)
    yn_finance = org_create(name="云南省财政厅", parent=yunnan, short_name="省财政厅")
    yn_health = org_create(name="云南省卫生健康委员会", parent=yunnan, short_name="省卫生健康委")
    # Only Yunnan has a 省卫生健康委 in the directory: a Gansu plan does not get it.
    assert org_resolve(name="省卫生健康委", scope=yunnan) == yn_health
    assert org_resolve(name="省卫生健康委", scope=gansu) is None
    gs_finance = org_create(name="甘肃省财政厅", parent=gansu, short_name="省财政厅")
    assert org_resolve(name="省财政厅", scope=gansu) == gs_finance
    assert org_resolve(name="省财政厅", scope=yn_health) == yn_finance
    assert org_resolve(name="省财政厅") is None  # two of them and no scope: ambiguous


@pytest.mark.django_db
def test_the_downloaded_template_imports_as_it_is(client, org_tree, coordinator):
    client.force_login(coordinator)
    response = client.get(reverse("orgs:import_template"))
    assert response["Content-Type"] == CONTENT_TYPE
    result = import_workbook(response.content)  # the command line: no scope
    assert (result.orgs_created, result.users_created, result.roles_granted) == (2, 1, 1)
    assert Organisation.objects.get(name="示例市民政局").parent.name == "示例市人民政府"
