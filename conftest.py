"""Fixtures shared by every app's tests: an organisation tree and one user per role.

Also the share of work between the two runs of `make test` (SQLite and PostgreSQL side by side).
"""

import os

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


# Fixtures through which a test reaches the database (pytest-django's, and its live server).
DATABASE_FIXTURES = {
    "db",
    "transactional_db",
    "django_db_reset_sequences",
    "django_db_serialized_rollback",
    "live_server",
}


def _reaches_the_database(item) -> bool:
    return item.get_closest_marker("django_db") is not None or bool(
        DATABASE_FIXTURES & set(getattr(item, "fixturenames", ()))
    )


def _runs_on_postgresql() -> bool:
    from django.conf import settings

    return "postgresql" in settings.DATABASES["default"]["ENGINE"]


def _own_process(item) -> bool:
    from gongkai.core.tests.skips import OWN_SQLITE_REASON

    return any(m.kwargs.get("reason") == OWN_SQLITE_REASON for m in item.iter_markers("skipif"))


def pytest_collection_modifyitems(config, items):
    """When `make test` runs the suite on SQLite and on PostgreSQL at once, share the work.

    GONGKAI_SHARED_RUNS=1 (set by `make test` only when both runs happen) means:
    - every test that reaches the database runs in both runs, as before;
    - a test that never reaches it (parsers, scanners, calendars, templates) gives the same result
      on both: it runs once, in the SQLite run; so does one marked ``once`` (it reaches the
      database, but checks what no backend changes: the headers of every page, the links of
      every page);
    - a test that starts its own `gongkai` process with its own SQLite folder uses neither run's
      database: it runs once, in the PostgreSQL run, which has fewer tests (the production
      server's browser test stays in the SQLite run, which has fewer browser tests);
    - browser tests, which drive whole pages through the live server, are shared: their files,
      in name order, go in turn to the SQLite run and to the PostgreSQL run, so that each backend
      serves about half of them and every one runs once.
    Run alone (plain `pytest`, or `make test` without a PostgreSQL server), nothing is left out.
    A test with a `skipif` of its own (Redis, PostgreSQL only) decides for itself in both runs.
    """
    if os.environ.get("GONGKAI_SHARED_RUNS") != "1":
        return
    on_postgresql = _runs_on_postgresql()
    kinds = [(item, "tests/browser/" in str(item.path), _own_process(item)) for item in items]
    browser_files = sorted({str(item.path) for item, browser, own in kinds if browser and not own})
    postgresql_files = set(browser_files[1::2])
    keep, leave = [], []
    for item, browser, own in kinds:
        if own:
            here = on_postgresql != browser
        elif browser:
            here = (str(item.path) in postgresql_files) == on_postgresql
        elif any(True for _ in item.iter_markers("skipif")):
            here = True
        elif item.get_closest_marker("once") is not None:
            here = not on_postgresql
        else:
            here = _reaches_the_database(item) or not on_postgresql
        (keep if here else leave).append(item)
    if leave:
        config.hook.pytest_deselected(items=leave)
        items[:] = keep
