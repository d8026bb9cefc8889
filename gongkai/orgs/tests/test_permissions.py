"""Who sees which organisation's non-public records: the checks every app relies on."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404

from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import (
    get_visible_or_404,
    org_list_for,
    user_has_role,
    users_with_role,
    visible_org_ids,
)


@pytest.mark.django_db
def test_coordinator_sees_own_agency_and_its_divisions_but_not_another_city(org_tree, coordinator):
    seen = visible_org_ids(user=coordinator)
    assert {org_tree["commission"].pk, org_tree["office"].pk, org_tree["personnel"].pk} <= seen
    assert org_tree["civil"].pk not in seen
    assert org_tree["province"].pk not in seen  # not upwards


@pytest.mark.django_db
def test_unit_editor_sees_only_their_unit(org_tree, editor):
    assert visible_org_ids(user=editor) == {org_tree["office"].pk}
    assert user_has_role(user=editor, org=org_tree["office"], roles={Role.EDITOR})
    assert not user_has_role(user=editor, org=org_tree["personnel"])


@pytest.mark.django_db
def test_supervisor_sees_subordinate_agencies(org_tree, supervisor):
    seen = visible_org_ids(user=supervisor)
    assert org_tree["office"].pk in seen
    assert org_tree["civil"].pk not in seen


@pytest.mark.django_db
def test_anonymous_sees_nothing_and_foreign_records_are_404(org_tree, editor):
    assert visible_org_ids(user=AnonymousUser()) == set()
    with pytest.raises(Http404):
        get_visible_or_404(
            Organisation.objects.all(), user=editor, pk=org_tree["civil"].pk, field="pk"
        )


@pytest.mark.django_db
def test_org_list_for_offers_what_the_user_acts_for_in_directory_order(
    org_tree, coordinator, editor
):
    listed = list(org_list_for(user=coordinator, roles={Role.COORDINATOR}))
    assert set(listed) == {org_tree["commission"], org_tree["office"], org_tree["personnel"]}
    assert listed[0] == org_tree["commission"]  # the agency before its divisions
    assert list(org_list_for(user=editor)) == [org_tree["office"]]
    assert not org_list_for(user=editor, roles={Role.COORDINATOR}).exists()


@pytest.mark.django_db
def test_users_with_role_here_or_above(org_tree, coordinator, editor, supervisor):
    office = org_tree["office"]
    assert set(users_with_role(org=office, roles={Role.COORDINATOR})) == {coordinator}
    assert set(users_with_role(org=office, roles={Role.EDITOR})) == {editor}
    assert not users_with_role(org=office, roles={Role.EDITOR}, above_only=True).exists()
    assert set(users_with_role(org=office, roles={Role.SUPERVISOR})) == {supervisor}
    assert not users_with_role(org=org_tree["civil"], roles={Role.COORDINATOR}).exists()
    coordinator.is_active = False
    coordinator.save()
    assert not users_with_role(org=office, roles={Role.COORDINATOR}).exists()


@pytest.mark.django_db
def test_the_parent_is_named_but_linked_only_when_the_user_may_open_it(
    client, coordinator, org_tree
):
    client.force_login(coordinator)
    page = client.get(f"/office/orgs/{org_tree['commission'].pk}/").content.decode()
    province = org_tree["province"]
    assert province.name in page
    assert f'href="/office/orgs/{province.pk}/"' not in page
    assert client.get(f"/office/orgs/{province.pk}/").status_code == 404
    office = client.get(f"/office/orgs/{org_tree['office'].pk}/").content.decode()
    assert f'href="/office/orgs/{org_tree["commission"].pk}/"' in office
