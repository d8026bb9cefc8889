"""The roles a user can hold in an organisation (PRODUCT.md, "Who uses it")."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    COORDINATOR = "coordinator", _("Coordinator (disclosure office)")
    EDITOR = "editor", _("Unit editor")
    REVIEWER = "reviewer", _("Reviewer")
    SUPERVISOR = "supervisor", _("Supervisor (upper-level office)")


#: Roles whose holders may see every non-public record of their organisation's subtree.
SUBTREE_ROLES = {Role.COORDINATOR, Role.REVIEWER, Role.SUPERVISOR}
