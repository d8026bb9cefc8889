"""MON-SCORE-1: veto, deductions out of 100 (or 75 × 4/3), the bonus part for portals from 80."""

from decimal import Decimal

from gongkai.monitoring.checks import ItemSpec, Report, score

LINKS = ItemSpec("链接可用性", Decimal(30), Decimal(1), "broken_link")
COLUMNS = ItemSpec("首页栏目", Decimal(20), Decimal(5), "stale_column")
BONUS = [
    ItemSpec("创新发展", Decimal(20), None, "", bonus=True),
    ItemSpec("用户体验", Decimal(15), None, "", bonus=True),
    ItemSpec("未填分值", None, None, "", bonus=True),
]


def scored(broken: int = 0, stale: int = 0, veto: bool = False, **kwargs) -> Report:
    report = Report(
        broken_links=[{"url": f"/x{n}"} for n in range(broken)],
        stale_columns=[{"url": f"/c{n}"} for n in range(stale)],
        veto=[{"item": "stale_home"}] if veto else [],
    )
    score(report, [LINKS, COLUMNS, *BONUS], **kwargs)
    return report


def test_a_veto_fails_the_site_and_nothing_else_is_scored():
    report = scored(broken=3, veto=True, portal=True)
    assert (report.score, report.passed) == (0, False)
    assert report.deductions == [] and report.bonus == []


def test_below_60_fails_and_one_item_never_deducts_beyond_its_points():
    report = scored(broken=50, stale=2, portal=True)  # 30 (not 50) + 10
    assert report.score == 60 and report.passed
    report = scored(broken=50, stale=3, portal=True)  # 30 + 15
    assert report.score == 55 and not report.passed
    assert report.bonus == []


def test_between_60_and_80_a_portal_scores_no_bonus():
    report = scored(broken=21, portal=True)
    assert report.score == 79 and report.passed and report.bonus == []


def test_from_80_a_portal_adds_its_bonus_items_at_most_30():
    report = scored(broken=20, portal=True)
    assert report.score == 80 + 30
    assert [b["points"] for b in report.bonus] == [20, 10]  # 20 + 15 capped at 30


def test_the_bonus_threshold_is_configurable():
    assert scored(broken=15, portal=True, bonus_from=Decimal(90)).score == 85
    assert scored(broken=5, portal=True, bonus_from=Decimal(90)).score == 95 + 30


def test_a_site_that_is_not_a_portal_scores_no_bonus():
    report = scored(portal=False)
    assert report.score == 100 and report.bonus == []


def test_a_department_without_public_service_is_scored_out_of_75_then_times_4_3():
    report = scored(broken=15, no_external_service=True)  # 60 × 4/3
    assert report.score == 80 and report.passed
    report = scored(broken=30, no_external_service=True)  # 45 × 4/3
    assert report.score == 60 and report.passed
    report = scored(broken=30, stale=1, no_external_service=True)  # 40 × 4/3
    assert report.score == Decimal("53.3") and not report.passed
