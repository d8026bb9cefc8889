"""The re-review list of withheld information (《条例》第十八条; REQ-REVIEW-1)."""

from collections.abc import Sequence
from datetime import date

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.dates import add_months
from gongkai.core.db import model_update
from gongkai.core.errors import DomainError
from gongkai.orgs.roles import Role

from ..models import Application, WithheldInformation
from .intake import Actor, require_role

#: REQ-REVIEW-1: reviewed yearly by default (seed 002 二(三) 每年…全面自查).
DEFAULT_REVIEW_MONTHS = 12
REVIEWERS = {Role.COORDINATOR, Role.REVIEWER}


def review_interval_months(org) -> int:
    """The agency's re-review interval in months (REQ-REVIEW-1, configurable; default 12)."""
    from ..agency_settings import request_settings_get

    return request_settings_get(org=org).review_interval_months or DEFAULT_REVIEW_MONTHS


def withheld_record(
    *, app: Application, actor: Actor, description: str, grounds: Sequence[str], day: date
) -> WithheldInformation:
    """Put what a reply withholds on the re-review list, due for review after the interval."""
    row = WithheldInformation.objects.create(
        org=app.org,
        application=app,
        description=description,
        grounds=list(grounds),
        withheld_on=day,
        next_review_on=add_months(day, review_interval_months(app.org)),
    )
    audit_record(
        actor=actor,
        obj=app,
        action="application.withheld_listed",
        after={"grounds": list(grounds), "next_review_on": row.next_review_on},
    )
    return row


@transaction.atomic
def withheld_review(
    *, item: WithheldInformation, actor: Actor, release: bool, note: str, day: date | None = None
) -> WithheldInformation:
    """Record a review: keep it withheld until the next review, or mark it disclosable.

    《条例》第十八条: information withheld is reviewed and disclosed once the circumstances
    that kept it back no longer hold. The reason is recorded either way.
    """
    require_role(actor, item.application, REVIEWERS)
    if item.state != WithheldInformation.State.WITHHELD:
        raise DomainError(_("This information has already been released for disclosure."))
    if not note.strip():
        raise DomainError(_("Give the reason for the review's result."), field="note")
    day = day or timezone.localdate()
    before = {"state": item.state, "next_review_on": item.next_review_on}
    changes = {
        "last_reviewed_on": day,
        "reviewed_by": actor if getattr(actor, "is_authenticated", False) else None,
        "review_note": note.strip(),
    }
    if release:
        changes["state"] = WithheldInformation.State.RELEASED
    else:
        changes["next_review_on"] = add_months(day, review_interval_months(item.org))
    model_update(item, **changes)
    audit_record(
        actor=actor,
        obj=item.application,
        action="application.withheld_reviewed",
        before=before,
        after={"state": item.state, "next_review_on": item.next_review_on},
        reason=note.strip(),
    )
    return item
