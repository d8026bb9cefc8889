"""Demo plans: the five seed documents imported under the organisations that issued them.

Three of them are dispatched and carry a history (progress reports, completions on time and
late, tasks left overdue), so that the figures and charts have something to show; the other two
stay under review, to show the review.
"""

from datetime import date, timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.utils import timezone

from gongkai.orgs.models import Organisation

from .models import Plan, Task
from .selectors import task_reporting_orgs
from .services import (
    plan_confirm,
    plan_import,
    progress_report_add,
    task_completion_accept,
    task_completion_request,
)
from .states import PlanStatus, TaskStatus

SEEDS = Path(__file__).resolve().parent / "data" / "seeds"

# seed file prefix → the issuing organisation's path from the root of the tree
ISSUERS = {
    "000": ["云南省人民政府", "云南省卫生和计划生育委员会"],
    "001": ["平度市人民政府"],
    "002": ["无锡市梁溪区人民政府", "无锡市梁溪区卫生和计划生育局"],
    "003": ["甘肃省人民政府"],
    "004": ["云南省人民政府"],
}
# seed 000 has no heading of its own: its file is named as the commission would name it
FILE_NAMES = {"000": "2017年政务公开工作要点任务分解.txt"}
DISPATCHED = {"000", "001", "004"}
# (demo account that coordinates the plan, accounts that report for its units)
ACTORS = {"000": ("coordinator", ("editor", "coordinator")), "001": ("pingdu", ("pingdu",))}


def _org(path: list[str]) -> Organisation | None:
    org = None
    for name in path:
        org = Organisation.objects.filter(parent=org, name=name).first()
        if org is None:
            return None
    return org


def load_demo_plans() -> int:
    """Import each seed once and dispatch the demo's three (idempotent); return plans created."""
    created = 0
    for seed in sorted(SEEDS.glob("*.txt")):
        prefix = seed.name[:3]
        org = _org(ISSUERS.get(prefix, []))
        filename = FILE_NAMES.get(prefix, seed.name)
        if org is None:
            continue
        plan = Plan.objects.filter(org=org, source_name=filename).first()
        if plan is None:
            plan = plan_import(data=seed.read_bytes(), filename=filename, org=org)
            created += 1
        if prefix in DISPATCHED and plan.status == PlanStatus.REVIEW:
            # The demo's coordinator has seen the unmatched names (省直各部门, 各州、市人民政府 …):
            # they stay as written, and tasks naming nobody known stay with the issuing agency.
            plan_confirm(plan=plan, actor=None, unmapped_confirmed=True, orphans_to_issuer=True)
            _history(plan, prefix)
    return created


def _history(plan: Plan, prefix: str) -> None:
    """Replay a year of work on a dispatched plan: of every four tasks, one done on time, one
    reported on, one done late, one left alone."""
    users = {u.username: u for u in get_user_model().objects.filter(is_active=True)}
    coordinator_name, reporter_names = ACTORS.get(prefix, ("", ()))
    coordinator = users.get(coordinator_name)
    reporters = [users[n] for n in reporter_names if n in users]
    if coordinator is None or not reporters:
        return
    today = timezone.localdate()
    year_mid = date(plan.year or today.year, 6, 30)
    tasks = plan.tasks.filter(status=TaskStatus.DISPATCHED).order_by("position")
    for index, task in enumerate(tasks):
        step = index % 4
        if step == 3:
            continue
        reporter = next((u for u in reporters if task_reporting_orgs(user=u, task=task)), None)
        if reporter is None:
            continue
        due = task.due_on or year_mid
        on = min(due - timedelta(days=10) if step != 2 else due + timedelta(days=20), today)
        progress_report_add(task=task, actor=reporter, text=_TEXT[step], reported_on=on)
        if step in (0, 2):
            task_completion_request(task=task, actor=reporter)
            task_completion_accept(task=Task.objects.get(pk=task.pk), actor=coordinator, day=on)


_TEXT = {
    0: "已按要求完成，相关信息已在政府网站公开。",
    1: "正在推进，已完成初稿，待审核后公开。",
    2: "已完成，较计划时限有所延后。",
}
