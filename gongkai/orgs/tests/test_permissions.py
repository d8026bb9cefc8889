"""Who sees which organisation's non-public records: the checks every app relies on."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404

from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import get_visible_or_404, user_has_role, visible_org_ids


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
