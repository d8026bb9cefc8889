"""The audit log names the actions and stages of work plans and tasks in Chinese."""

import pytest

from gongkai.plans.services import plan_confirm, plan_import, task_transition
from gongkai.plans.states import TaskStatus

from .helpers import seed

pytestmark = pytest.mark.django_db


def _rows(client, action: str) -> str:
    return client.get(f"/office/audit/?action={action}").content.decode().split("<tbody>")[1]


def test_the_audit_log_reads_plan_and_task_stages_in_chinese(client, org_tree, coordinator):
    data, name = seed("000")
    plan = plan_import(data=data, filename=name, org=org_tree["commission"], actor=coordinator)
    plan_confirm(plan=plan, actor=coordinator, unmapped_confirmed=True, orphans_to_issuer=True)
    task = plan.tasks.order_by("position").first()
    task_transition(task=task, to=TaskStatus.IN_PROGRESS, actor=coordinator)
    client.force_login(coordinator)
    plans = _rows(client, "plan.")
    assert "工作要点导入" in plans and "— → 待审核" in plans
    assert "工作要点状态变更" in plans and "待审核 → 已下发" in plans
    tasks = _rows(client, "task.transition")
    assert "任务状态变更" in tasks and "草稿 → 已下发" in tasks
    assert "已下发 → 推进中" in tasks  # a task's own word, not a request's 办理中
    for code in ("plan.", "task.", "review", "dispatched", "in_progress", "draft"):
        assert code not in plans + tasks
