"""How the audit log names the actions and stages of work plans, tasks and indicators."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "plan.import": _("Work plan imported"),
    "plan.derive": _("Work plan broken down from the upper plan"),
    "plan.map_unit": _("Unit name of a work plan matched to an organisation"),
    "plan.transition": _("Work plan status changed"),
    "plan.dispatch_unmapped": _("Work plan dispatched with unit names left unmatched"),
    "task.assign": _("Task assigned to units"),
    "task.assign_issuer": _("Task without a matched unit given to the issuing agency"),
    "task.edit": _("Task edited"),
    "task.split": _("Task split"),
    "task.merge": _("Tasks merged"),
    "task.ledger_import": _("Task updated from the imported ledger"),
    "task.event_date": _("Event date of a task recorded"),
    "task.progress": _("Task progress reported"),
    "task.transition": _("Task status changed"),
    "indicator.weight": _("Assessment indicator weight changed"),
    "indicator.share": _("Share of disclosure work in the overall assessment changed"),
}
