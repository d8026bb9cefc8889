"""Configure the plans app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class PlansConfig(AppConfig):
    name = "gongkai.plans"
    label = "plans"
    verbose_name = _("Work plans")

    def ready(self) -> None:
        from gongkai.core.audit_labels import register_audit_labels
        from gongkai.core.dashboard import register_widget
        from gongkai.core.demo import register_demo
        from gongkai.core.navigation import register_nav
        from gongkai.workdays.signals import calendar_changed

        from .audit_labels import ACTIONS
        from .dashboard import plan_cards
        from .demo import load_demo_plans
        from .receivers import on_calendar_changed
        from .states import PlanStatus, TaskStatus

        register_audit_labels("plan", actions=ACTIONS, states=PlanStatus.choices)
        register_audit_labels("task", states=TaskStatus.choices)  # task.*, indicator.* in ACTIONS
        calendar_changed.connect(on_calendar_changed, dispatch_uid="plans.recompute_due")
        register_demo(_("work plans from the seed documents"), load_demo_plans, order=20)
        register_nav(pgettext_lazy("navigation", "Work plans"), "plans:list", order=100)
        register_nav(_("My tasks"), "plans:mine", order=101)
        register_nav(_("Task figures"), "plans:dashboard", order=102)
        register_widget(plan_cards)
