"""Every write of the briefings app: ledger entries and frequency checks, each audited."""

from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import lock
from gongkai.core.errors import DomainError
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import require_role
from gongkai.publishing.models import INTERPRETABLE_KINDS, InformationItem, Kind

from .kinds import INTERPRETATION_KINDS, EntryKind, Period, SpeakerRole
from .models import FrequencyCheck, LedgerEntry

#: Who records the ledger: the disclosure office and the units' editors (for their unit).
MANAGE_ROLES = {Role.COORDINATOR, Role.EDITOR}
#: Who sets the frequencies an organisation is held to.
CHECK_ROLES = {Role.COORDINATOR}

ENTRY_FIELDS = (
    "kind",
    "held_on",
    "topic",
    "speaker",
    "speaker_title",
    "speaker_role",
    "policy",
    "material",
    "material_url",
)


def _clean_entry(entry: LedgerEntry) -> None:
    """Check what an entry says before it is saved (PUB-INTERP-1: an interpretation keeps the
    document it interprets)."""
    for name in ("topic", "speaker", "speaker_title", "material_url"):
        setattr(entry, name, (getattr(entry, name) or "").strip())
    if entry.held_on > timezone.localdate():
        raise DomainError(
            _("The ledger records what has taken place: the date cannot be in the future."),
            field="held_on",
        )
    material: InformationItem | None = entry.material
    if material is not None and material.kind == Kind.INTERPRETATION and material.interprets_id:
        if entry.policy_id is None:
            entry.policy = material.interprets
        elif entry.policy_id != material.interprets_id:
            raise DomainError(
                _("The published material interprets another document: %(title)s.")
                % {"title": material.interprets.title},
                field="policy",
            )
    if entry.policy is not None and entry.policy.kind not in INTERPRETABLE_KINDS:
        raise DomainError(
            _("Choose a policy document, a rule or a normative document."), field="policy"
        )
    if entry.kind in INTERPRETATION_KINDS and entry.policy is None:
        raise DomainError(
            _("Choose the policy document this interpretation explains."), field="policy"
        )
    entry.full_clean(exclude=["created_by"])


def _snapshot(entry: LedgerEntry) -> dict[str, Any]:
    return {
        "kind": entry.kind,
        "held_on": entry.held_on,
        "topic": entry.topic,
        "speaker": entry.speaker,
        "speaker_title": entry.speaker_title,
        "speaker_role": entry.speaker_role,
        "policy": entry.policy_id,
        "material": entry.material_id,
        "material_url": entry.material_url,
    }


@transaction.atomic
def entry_create(
    *,
    org: Organisation,
    actor,
    kind: str,
    held_on: date,
    topic: str,
    speaker: str,
    speaker_role: str,
    speaker_title: str = "",
    policy: InformationItem | None = None,
    material: InformationItem | None = None,
    material_url: str = "",
) -> LedgerEntry:
    """Record a press conference, briefing, interview or interpretation of ``org``."""
    require_role(actor=actor, org=org, roles=MANAGE_ROLES)
    entry = LedgerEntry(
        org=org,
        kind=kind,
        held_on=held_on,
        topic=topic,
        speaker=speaker,
        speaker_title=speaker_title,
        speaker_role=speaker_role,
        policy=policy,
        material=material,
        material_url=material_url,
        created_by=actor,
    )
    _clean_entry(entry)
    entry.save()
    audit_record(actor=actor, obj=entry, action="briefings.entry_create", after=_snapshot(entry))
    return entry


@transaction.atomic
def entry_update(*, entry: LedgerEntry, actor, **fields: Any) -> LedgerEntry:
    """Correct an entry; the audit log keeps what it said before."""
    unknown = set(fields) - set(ENTRY_FIELDS)
    if unknown:
        raise TypeError(f"unknown ledger entry fields: {sorted(unknown)}")
    require_role(actor=actor, org=entry.org, roles=MANAGE_ROLES)
    lock(entry)
    before = _snapshot(entry)
    for name, value in fields.items():
        setattr(entry, name, value)
    _clean_entry(entry)
    after = _snapshot(entry)
    changed = [name for name in after if after[name] != before[name]]
    if changed:
        entry.save()
        audit_record(
            actor=actor,
            obj=entry,
            action="briefings.entry_update",
            before={k: before[k] for k in changed},
            after={k: after[k] for k in changed},
        )
    return entry


@transaction.atomic
def entry_delete(*, entry: LedgerEntry, actor, reason: str = "") -> None:
    """Remove an entry recorded by mistake; the audit log keeps what it said."""
    require_role(actor=actor, org=entry.org, roles=MANAGE_ROLES)
    audit_record(
        actor=actor,
        obj=entry,
        action="briefings.entry_delete",
        before=_snapshot(entry),
        reason=reason,
    )
    entry.delete()


# --- frequency checks ------------------------------------------------------------------------

_PRESS_ONLY = [EntryKind.PRESS_CONFERENCE.value]

#: The frequencies of seed 000 items 15 and 17 (云南省2017年政务公开工作要点), as an
#: organisation adopts them: (requirement, kinds, roles, minimum, period, basis).
STANDARD_CHECKS = [
    (
        "每季度至少举办1次新闻发布会",
        _PRESS_ONLY,
        [],
        1,
        Period.QUARTER,
        "政务公开工作要点：原则上每季度至少举办1次新闻发布会",
    ),
    (
        "主要负责同志每年至少出席1次新闻发布会",
        _PRESS_ONLY,
        [SpeakerRole.PRINCIPAL_HEAD.value],
        1,
        Period.YEAR,
        "政务公开工作要点：部门主要负责同志每年至少出席1次",
    ),
    (
        "新闻发言人或有关负责人每半年至少出席1次新闻发布会",
        _PRESS_ONLY,
        [
            SpeakerRole.SPOKESPERSON.value,
            SpeakerRole.PRINCIPAL_HEAD.value,
            SpeakerRole.OTHER_HEAD.value,
        ],
        1,
        Period.HALF,
        "政务公开工作要点：部门新闻发言人或有关负责人每半年至少出席1次",
    ),
    (
        "主要负责同志每年解读重要政策措施不少于3次",
        list(EntryKind.values),
        [SpeakerRole.PRINCIPAL_HEAD.value],
        3,
        Period.YEAR,
        "政务公开工作要点：主要负责同志每年解读重要政策措施不少于3次",
    ),
]


def _check_snapshot(check: FrequencyCheck) -> dict[str, Any]:
    return {
        "year": check.year,
        "title": check.title,
        "kinds": check.kinds,
        "roles": check.roles,
        "minimum": check.minimum,
        "period": check.period,
    }


@transaction.atomic
def check_create(
    *,
    org: Organisation,
    year: int,
    actor,
    title: str,
    kinds: list[str],
    minimum: int,
    period: str,
    roles: list[str] | None = None,
    basis: str = "",
) -> FrequencyCheck:
    """Hold ``org`` to a frequency in ``year`` (PLAN-PRESS-1, PLAN-INTERP-1)."""
    require_role(actor=actor, org=org, roles=CHECK_ROLES)
    kinds = [k for k in EntryKind.values if k in set(kinds)]
    roles = [r for r in SpeakerRole.values if r in set(roles or [])]
    if not kinds:
        raise DomainError(_("Choose at least one kind of release that counts."), field="kinds")
    title = title.strip()
    if FrequencyCheck.objects.filter(org=org, year=year, title=title).exists():
        raise DomainError(
            _("%(org)s already has this requirement for %(year)s.")
            % {"org": org.name, "year": year},
            field="title",
        )
    check = FrequencyCheck(
        org=org,
        year=year,
        title=title,
        kinds=kinds,
        roles=roles,
        minimum=minimum,
        period=period,
        basis=basis.strip(),
    )
    check.full_clean()
    check.save()
    audit_record(
        actor=actor, obj=check, action="briefings.check_create", after=_check_snapshot(check)
    )
    return check


@transaction.atomic
def check_delete(*, check: FrequencyCheck, actor) -> None:
    require_role(actor=actor, org=check.org, roles=CHECK_ROLES)
    audit_record(
        actor=actor, obj=check, action="briefings.check_delete", before=_check_snapshot(check)
    )
    check.delete()


@transaction.atomic
def checks_adopt_standard(*, org: Organisation, year: int, actor) -> list[FrequencyCheck]:
    """Give ``org`` the frequencies of the work plan for ``year``; those it has stay as they
    are. Returns the checks added."""
    require_role(actor=actor, org=org, roles=CHECK_ROLES)
    have = set(FrequencyCheck.objects.filter(org=org, year=year).values_list("title", flat=True))
    return [
        check_create(
            org=org,
            year=year,
            actor=actor,
            title=title,
            kinds=kinds,
            roles=roles,
            minimum=minimum,
            period=period,
            basis=basis,
        )
        for title, kinds, roles, minimum, period, basis in STANDARD_CHECKS
        if title not in have
    ]
