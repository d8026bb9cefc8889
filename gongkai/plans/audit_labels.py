"""How the audit log names the actions and stages of work plans, tasks and indicators."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "plan.import": _("Work plan imported"),
    "plan.derive": _("Work plan broken down from the upper plan"),
    "plan.map_unit": _("Unit name of a work plan matched to an organisation"),
    "plan.transition": _("Work plan status changed"),
    "task.assign": _("Task assigned to units"),
    "task.edit": _("Task edited"),
    "task.split": _("Task split"),
    "task.merge": _("Tasks merged"),
    "task.ledger_import": _("Task updated from the imported ledger"),
    "task.event_date": _("Event date of a task recorded"),
    "task.progress": _("Task progress reported"),
    "task.transition": _("Task status changed"),
    "indicator.weight": _("Assessment indicator weight changed"),
}
