"""Fixtures shared by every app's tests: an organisation tree and one user per role."""

import pytest

from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.orgs.services import alias_add, membership_grant, org_create, user_create


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: a rolled-back test leaves no cached page behind."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture
def org_tree(db):
    """A province with a health commission (two divisions) and an unrelated city."""
    province = org_create(name="云南省人民政府", kind=Organisation.Kind.REGION)
    commission = org_create(
        name="云南省卫生和计划生育委员会", parent=province, short_name="省卫生计生委"
    )
    alias_add(org=commission, alias="卫生计生委")
    office = org_create(name="办公室", parent=commission, kind=Organisation.Kind.UNIT)
    personnel = org_create(name="人事处", parent=commission, kind=Organisation.Kind.UNIT)
    city = org_create(name="平度市人民政府", kind=Organisation.Kind.REGION)
    civil = org_create(name="平度市民政局", parent=city, short_name="市民政局")
    return {
        "province": province,
        "commission": commission,
        "office": office,
        "personnel": personnel,
        "city": city,
        "civil": civil,
    }


def _user(username: str, org, role):
    user = user_create(
        username=username,
        password="pw-" + username,
        full_name=username.title(),
        email=f"{username}@example.gov.cn",
    )
    membership_grant(user=user, org=org, role=role)
    return user


@pytest.fixture
def coordinator(org_tree):
    return _user("coordinator", org_tree["commission"], Role.COORDINATOR)


@pytest.fixture
def editor(org_tree):
    return _user("editor", org_tree["office"], Role.EDITOR)


@pytest.fixture
def reviewer(org_tree):
    return _user("reviewer", org_tree["commission"], Role.REVIEWER)


@pytest.fixture
def supervisor(org_tree):
    return _user("supervisor", org_tree["province"], Role.SUPERVISOR)


@pytest.fixture
def city_coordinator(org_tree):
    return _user("citycoord", org_tree["city"], Role.COORDINATOR)


def pytest_terminal_summary(terminalreporter):
    """Print the evaluation figures the suite measured (tests/eval_report.py)."""
    from tests.eval_report import LINES

    if LINES:
        terminalreporter.section("evaluation on real and generated documents")
        for line in LINES:
            terminalreporter.write_line(line)
