"""One organisation cannot take another's name or short name, nor resolve names into it."""

import pytest

from gongkai.applications.forms.applicant import ApplyForm
from gongkai.core.errors import DomainError
from gongkai.orgs.models import OrgAlias, Organisation
from gongkai.orgs.names import name_key
from gongkai.orgs.selectors import org_resolve
from gongkai.orgs.services import alias_add, org_create, org_update
from gongkai.participation.forms import MessageForm

pytestmark = pytest.mark.django_db


@pytest.fixture
def finance(org_tree):
    """A second agency of the city, run by another office than the civil affairs bureau."""
    return org_create(name="平度市财政局", parent=org_tree["city"], short_name="市财政局")


def test_an_agency_cannot_take_the_name_of_another_in_its_region(org_tree, finance):
    with pytest.raises(DomainError, match="在平度市人民政府中已是“平度市民政局”的名称"):
        org_create(name="平度市民政局", parent=finance)
    with pytest.raises(DomainError, match="平度市民政局"):
        org_create(name="平度市民政事务局", parent=org_tree["city"], short_name="市民政局")
    with pytest.raises(DomainError, match="平度市民政局"):
        org_update(org=finance, short_name="市民政局")
    assert Organisation.objects.filter(name="平度市民政局").count() == 1


def test_divisions_of_different_agencies_may_share_a_name(org_tree, finance):
    org_create(name="办公室", parent=finance, kind=Organisation.Kind.UNIT)
    assert Organisation.objects.filter(name="办公室").count() == 2


def test_another_region_may_use_the_same_name(org_tree):
    org_create(name="平度市民政局", parent=org_tree["province"])
    assert Organisation.objects.filter(name="平度市民政局").count() == 2


def test_an_agency_cannot_register_anothers_short_name_as_its_alias(org_tree, finance):
    with pytest.raises(DomainError, match="市民政局"):
        alias_add(org=finance, alias="市民政局")
    with pytest.raises(DomainError, match="卫生计生委"):
        alias_add(org=org_tree["office"], alias="卫生计生委")  # the commission's alias
    assert not OrgAlias.objects.filter(org__in=[finance, org_tree["office"]]).exists()
    # …so the bureau's tasks still resolve to the bureau.
    assert org_resolve(name="市民政局", scope=org_tree["city"]) == org_tree["civil"]


def test_an_alias_stored_before_the_check_does_not_capture_anothers_name(org_tree, finance):
    OrgAlias.objects.create(org=finance, alias="市民政局", key=name_key("市民政局"))
    assert org_resolve(name="市民政局", scope=org_tree["city"]) == org_tree["civil"]
    assert org_resolve(name="市民政局") == org_tree["civil"]


def test_resolution_never_reaches_an_organisation_the_user_cannot_see(
    org_tree, coordinator, city_coordinator
):
    assert org_resolve(name="省卫生计生委", user=coordinator) == org_tree["commission"]
    assert org_resolve(name="省卫生计生委", user=city_coordinator) is None
    assert org_resolve(name="卫生计生委", user=city_coordinator) is None
    assert org_resolve(name="市民政局", user=city_coordinator) == org_tree["civil"]
    assert org_resolve(name="市民政局", user=coordinator) is None


def test_a_plan_task_of_an_unseen_agency_is_left_unresolved(org_tree, coordinator):
    """The commission's plan names a sibling agency of the province: the task is not tied to an
    agency the commission's office cannot see (it is left for the plan's unit mapping)."""
    from gongkai.plans.services import plan_import

    treasury = org_create(name="云南省财政厅", parent=org_tree["province"], short_name="省财政厅")
    text = "一、推进政务公开\n（一）做好预算公开。（省财政厅、办公室负责）\n"
    plan = plan_import(
        data=text.encode(), filename="要点.txt", org=org_tree["commission"], actor=coordinator
    )
    orgs = {u.name: u.org for t in plan.tasks.all() for u in t.units.all()}
    assert orgs == {"省财政厅": None, "办公室": org_tree["office"]}
    assert treasury not in orgs.values()


def test_the_public_forms_never_list_two_organisations_under_one_name(org_tree):
    org_create(name="平度市民政局", parent=org_tree["province"])
    for form in (ApplyForm(), MessageForm()):
        labels = [label for value, label in form.fields["org"].choices if value]
        assert len(labels) == len(set(labels)), labels
        assert "平度市民政局（平度市人民政府）" in labels
        assert "平度市民政局（云南省人民政府）" in labels
        assert "省卫生计生委" not in labels  # listed by the official name
        assert "云南省卫生和计划生育委员会" in labels  # unique names stay as they are
