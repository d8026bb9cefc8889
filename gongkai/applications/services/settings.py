"""Save an agency's request settings (the values the rules call configurable), audited."""

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.errors import DomainError
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role

from ..agency_settings import request_settings_get
from ..models_settings import SETTING_FIELDS, RequestSettings
from ..selectors import application_open_list
from .intake import Actor, application_recompute_due, require_role

#: Only the agency's disclosure office (公开办) changes its settings.
EDITORS = {Role.COORDINATOR}
#: Settings the reply clock reads: changing one recomputes the agency's open deadlines.
CLOCK_FIELDS = frozenset({"fee_pauses_clock", "fee_payment_days"})


@transaction.atomic
def request_settings_save(
    *, org: Organisation, actor: Actor, reason: str = "", **values: Any
) -> RequestSettings:
    """Save ``org``'s settings; audit the fields that changed, with their old and new values.

    Only the fields listed in SETTING_FIELDS may be given. When a setting of the reply clock
    changes (REQ-FEE-5), the open requests of the agency get their due dates recomputed, each
    move audited and its handler told, as after a calendar change (CAL-DATA-1).
    """
    require_role(actor, org, EDITORS)
    unknown = sorted(set(values) - set(SETTING_FIELDS))
    if unknown:
        raise DomainError(_("Unknown setting: %(names)s.") % {"names": "、".join(unknown)})
    row = request_settings_get(org=org)
    before = {name: getattr(row, name) for name in values}
    for name, value in values.items():
        setattr(row, name, value)
    changed = {name: getattr(row, name) for name in values if getattr(row, name) != before[name]}
    if not changed and row.pk is not None:
        return row
    row.updated_by = actor if getattr(actor, "is_authenticated", False) else None
    row.full_clean()
    row.save()
    audit_record(
        actor=actor,
        obj=row,
        action="application.settings_saved",
        before={name: before[name] for name in changed},
        after=changed,
        reason=reason,
        org=org,
    )
    if CLOCK_FIELDS & set(changed):
        reason = _("The agency changed how the fee notice affects the reply period.")
        for app in application_open_list().filter(org=org):
            application_recompute_due(app=app, actor=actor, reason=reason)
    return row
