"""Find requests that recur for the same information, to offer them for proactive disclosure."""

import difflib
import re
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.errors import DomainError
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role

from .agency_settings import request_settings_get
from .models import Application, ConversionDecision
from .services.intake import Actor, require_role
from .states import ReplyType

#: Outcomes that mean the information could be given out (REQ-CONVERT-1: disclosable).
DISCLOSABLE = {ReplyType.R_DISCLOSE, ReplyType.R_PARTIAL, ReplyType.R_PUBLISHED, ""}
#: Two descriptions this similar (difflib ratio on normalised text) ask for the same item.
SIMILARITY = 0.75
PUNCTUATION = re.compile(r"[\s，。、；：！？“”‘’（）《》〈〉【】,.;:!?\"'()\[\]<>-]+")


def normalise(text: str) -> str:
    """Reduce a description to what identifies the information: no spaces or punctuation."""
    return PUNCTUATION.sub("", text).lower()


@dataclass
class RecurringGroup:
    """Requests to one agency that ask for the same information, by different applicants."""

    org: Organisation
    subject: str
    applications: list[Application] = field(default_factory=list)

    @property
    def applicants(self) -> int:
        return len({(a.applicant_type, a.id_document) for a in self.applications})


def _same(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a in b or b in a:
        return min(len(a), len(b)) >= 4
    return difflib.SequenceMatcher(None, a, b).ratio() >= SIMILARITY


def recurring_groups(*, qs, min_applicants: int | None = None) -> list[RecurringGroup]:
    """Group the requests in ``qs`` by agency and similar description (REQ-CONVERT-1).

    A group is offered when at least ``min_applicants`` different applicants asked for
    disclosable information and no decision covers all its requests yet. Without
    ``min_applicants``, each agency's own threshold applies (its request settings, default 2;
    《条例》第四十四条第一款).
    """
    decided = set(
        ConversionDecision.applications.through.objects.values_list("application_id", flat=True)
    )
    groups: list[RecurringGroup] = []
    keys: list[str] = []
    candidates = qs.filter(outcome__in=DISCLOSABLE).select_related("org").order_by("created_at")
    for app in candidates:
        key = normalise(app.description)
        for index, group in enumerate(groups):
            if group.org.pk == app.org_id and _same(keys[index], key):
                group.applications.append(app)
                break
        else:
            groups.append(RecurringGroup(org=app.org, subject=app.description, applications=[app]))
            keys.append(key)
    thresholds: dict[int, int] = {}

    def threshold(org: Organisation) -> int:
        if min_applicants is not None:
            return min_applicants
        if org.pk not in thresholds:
            thresholds[org.pk] = request_settings_get(org=org).conversion_min_applicants
        return thresholds[org.pk]

    return [
        g
        for g in groups
        if g.applicants >= threshold(g.org) and not {a.pk for a in g.applications} <= decided
    ]


@transaction.atomic
def conversion_decide(
    *,
    org: Organisation,
    applications: list[Application],
    subject: str,
    decision: str,
    reason: str,
    actor: Actor,
) -> ConversionDecision:
    """Record the coordinator's decision and why (REQ-CONVERT-1, 《条例》第四十四条第一款)."""
    require_role(actor, org, {Role.COORDINATOR})
    if not reason.strip():
        raise DomainError(_("Say why."), field="reason")
    if any(a.org_id != org.pk for a in applications) or not applications:
        raise DomainError(_("The requests must all be addressed to this agency."))
    row = ConversionDecision(
        org=org, subject=subject[:300], decision=decision, reason=reason.strip(), decided_by=actor
    )
    row.full_clean()
    row.save()
    row.applications.set(applications)
    if decision == ConversionDecision.Decision.CONVERT:
        row.item = _draft_item(org=org, subject=row.subject, actor=actor)
        row.save(update_fields=["item", "updated_at"])
    audit_record(
        actor=actor,
        obj=row,
        action="application.conversion_decided",
        after={
            "decision": decision,
            "applications": [a.number for a in applications],
            "item": row.item_id,
        },
        reason=reason,
        org=org,
    )
    return row


def _draft_item(*, org: Organisation, subject: str, actor: Actor):
    """Start the proactive-disclosure draft a conversion promises (REQ-CONVERT-1).

    The draft goes through the usual confidentiality review and privacy scan before anything is
    public; its summary names no applicant or case.
    """
    from gongkai.publishing.models import Attribute, Kind
    from gongkai.publishing.services import item_create

    return item_create(
        org=org,
        actor=actor,
        fields={
            "kind": Kind.GENERAL,
            "title": subject,
            "attribute": Attribute.PROACTIVE,
            # The day it was decided to disclose it; staff correct both dates in the draft.
            "formed_on": timezone.localdate(),
            "written_on": timezone.localdate(),
            "summary": _(
                "Information asked for repeatedly under the disclosure-on-request procedure, "
                "now disclosed proactively (Art. 44 of the Regulations)."
            ),
            "body": "",
        },
    )
