"""The 政府信息公开指南: versions saved, reviewed, published and withdrawn (PUB-GUIDE-1).

A saved version goes to the confidentiality review with the texts the public will read
(PUB-SECRET-1, 《条例》 Art. 17); the disclosure office publishes it as reviewed. Until then
the portal keeps showing the version in force. Changing a version that waits for publication
replaces its review: an approval covers only the text approved.
"""

from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import lock, next_serial
from gongkai.core.errors import DomainError
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.publishing.services.reviews import Part, review_consume, review_submit
from gongkai.publishing.services.withdrawal import withdraw_published

from ..models import GuideVersion, PublicStatus
from .common import clean_reviewed, require_coordinator, snapshot

GUIDE_STAGE = "portal_guide"
GUIDE_FIELDS = (
    "effective_from",
    "office_name",
    "address",
    "hours",
    "phone",
    "fax",
    "email",
    "website",
    "postcode",
    "classification",
    "how_to_apply",
    "note",
)
#: The texts of a version the public reads, in the order of the guide.
GUIDE_TEXTS = GUIDE_FIELDS[1:]


def guide_pending(*, org: Organisation) -> GuideVersion | None:
    """The version of ``org``'s guide saved but not yet published, if any (at most one)."""
    return GuideVersion.objects.filter(org=org, status=PublicStatus.PENDING).first()


@transaction.atomic
def guide_save(*, org: Organisation, actor, fields: dict[str, Any]) -> GuideVersion:
    """Save the next version of the organisation's guide and submit it for review.

    Published versions stay as they are (PUB-GUIDE-1); a version still waiting for publication
    is changed in place and its earlier review set aside for a new one (PUB-SECRET-1).
    """
    require_coordinator(actor=actor, org=org)
    Organisation.objects.select_for_update().filter(pk=org.pk).first()
    values = {k: v for k, v in fields.items() if k in GUIDE_FIELDS}
    version = guide_pending(org=org)
    before = snapshot(version, GUIDE_FIELDS) if version else {}
    if version is None:
        number = next_serial(
            f"portal.guide_version:{org.pk}",
            after=lambda: GuideVersion.objects.filter(org=org).aggregate(n=Max("number"))["n"] or 0,
        )
        version = GuideVersion(
            org=org, number=number, created_by=actor, status=PublicStatus.PENDING
        )
    for name, value in values.items():
        setattr(version, name, value)
    version.full_clean()
    version.save()
    audit_record(
        actor=actor,
        obj=version,
        action="portal.guide_save",
        before=before,
        after=snapshot(version, GUIDE_FIELDS),
        reason=version.note,
    )
    meta = GuideVersion._meta
    review_submit(
        target=version,
        stage=GUIDE_STAGE,
        org=org,
        actor=actor,
        title=_("Disclosure guide of %(org)s, version %(n)s")
        % {"org": org.name, "n": version.number},
        parts=[
            Part(key=name, label=meta.get_field(name).verbose_name, text=getattr(version, name))
            for name in GUIDE_TEXTS
            if getattr(version, name)
        ],
        roles={Role.COORDINATOR},
    )
    return version


@transaction.atomic
def guide_publish(*, version: GuideVersion, actor) -> GuideVersion:
    """Publish a reviewed version with its texts as reviewed (PUB-SECRET-1, PUB-GUIDE-1).

    Only the disclosure office publishes, and only once per approval; from its effective date
    the portal shows it.
    """
    require_coordinator(actor=actor, org=version.org)
    lock(version)
    if version.status != PublicStatus.PENDING:
        raise DomainError(_("This version is not waiting for publication."), code="not_pending")
    _request, texts = review_consume(
        target=version, stage=GUIDE_STAGE, actor=actor, org=version.org
    )
    for name in GUIDE_TEXTS:
        if name in texts:
            setattr(version, name, texts[name]["text"])
    version.status = PublicStatus.PUBLISHED
    version.published_at = timezone.now()
    clean_reviewed(version)
    version.save()
    audit_record(
        actor=actor,
        obj=version,
        action="portal.guide_publish",
        from_state=PublicStatus.PENDING,
        to_state=PublicStatus.PUBLISHED,
        after=snapshot(version, GUIDE_FIELDS),
    )
    return version


@transaction.atomic
def guide_withdraw(*, version: GuideVersion, actor, reason: str) -> GuideVersion:
    """Take a published version off the portal (kept, audited): the public sees the version
    published before it again. Correct it by saving a corrected version, which is reviewed."""
    require_coordinator(actor=actor, org=version.org)
    return withdraw_published(
        version,
        actor=actor,
        reason=reason,
        action="portal.guide_withdraw",
        refused=_("Only a published version can be withdrawn."),
    )
