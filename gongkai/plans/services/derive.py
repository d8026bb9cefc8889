"""Derive a lower agency's breakdown (任务分解) from the upper plan tasks dispatched to it."""

from django.db import transaction
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.errors import DomainError, PermissionDeniedError
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import org_subtree, user_has_role

from ..models import Plan, Task
from ..states import PlanStatus, TaskStatus


@transaction.atomic
def plan_derive(*, upper: Plan, org: Organisation, actor) -> Plan:
    """Create ``org``'s plan under review from the upper plan's tasks that name ``org``.

    PRODUCT.md A: each derived task links to the upper task it implements (as seed 000 did from
    its province's plan), so that the upper coordinator sees the roll-up. The lower agency then
    assigns its own divisions, corrects and confirms as for an uploaded plan.
    """
    if not user_has_role(user=actor, org=org, roles={Role.COORDINATOR}):
        raise PermissionDeniedError(_("Only the agency's coordinator may create its plan."))
    if upper.status == PlanStatus.REVIEW:
        raise DomainError(_("The upper plan has not been dispatched yet."), code="not_dispatched")
    if upper.derived_plans.filter(org=org).exists():
        raise DomainError(
            _("%(org)s already has a breakdown of this plan.") % {"org": org.name},
            code="already_derived",
        )
    subtree = org_subtree(org=org)
    upper_tasks = list(
        upper.tasks.filter(units__org__in=subtree)
        .exclude(status=TaskStatus.DRAFT)
        .distinct()
        .order_by("position")
    )
    if not upper_tasks:
        raise DomainError(
            _("No task of this plan was dispatched to %(org)s.") % {"org": org.name},
            code="nothing_to_derive",
        )
    plan = Plan(
        org=org,
        title=_("%(title)s: breakdown of %(org)s") % {"title": upper.title, "org": org.name},
        year=upper.year,
        status=PlanStatus.REVIEW,
        upper_plan=upper,
        created_by=actor,
        source_lines=[],
    )
    plan.full_clean(exclude=["source"])
    plan.save()
    Task.objects.bulk_create(
        Task(
            plan=plan,
            path=list(t.path),
            number=t.number,
            position=i,
            title=t.title,
            content=t.content,
            deadline_text=t.deadline_text,
            due_on=t.due_on,
            recurrence=t.recurrence,
            relative_rule=t.relative_rule,
            upper_task=t,
        )
        for i, t in enumerate(upper_tasks)
    )
    audit_record(
        actor=actor,
        obj=plan,
        action="plan.derive",
        to_state=plan.status,
        after={"upper_plan": upper.pk, "tasks": len(upper_tasks)},
    )
    return plan
