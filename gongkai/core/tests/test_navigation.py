"""The back-office menu marks the most specific entry as the current page."""

from gongkai.core.navigation import nav_for
from gongkai.orgs.roles import Role


def test_the_longest_matching_entry_is_active(db):
    items = nav_for({Role.COORDINATOR}, "/office/plans/mine/")
    active = [i["label"] for i in items if i["active"]]
    assert [str(a) for a in active] == ["我的任务"]
    dashboard = nav_for({Role.COORDINATOR}, "/office/")
    assert [str(i["label"]) for i in dashboard if i["active"]] == ["工作台"]
