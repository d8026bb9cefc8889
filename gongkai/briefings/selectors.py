"""Every read of the briefings app: the ledger, and how each frequency check stands.

PLAN-PRESS-1 (seed 000 item 15): at least one press conference a quarter, the principal head
attends at least once a year, the spokesperson or another head every half-year.
PLAN-INTERP-1 (seed 000 item 17; seed 003 (十八)): the principal head interprets important
policies at least three times a year. The frequencies are data (``FrequencyCheck``); this
module counts the ledger against them.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Q, QuerySet

from gongkai.orgs.models import Organisation
from gongkai.orgs.selectors import (
    get_visible_or_404,
    restrict_to_user,
    visible_org_ids,
)
from gongkai.publishing.models import InformationItem
from gongkai.publishing.selectors import interpretation_due_on

from .kinds import INTERPRETATION_KINDS, CheckState, EntryKind
from .models import FrequencyCheck, LedgerEntry
from .periods import Span, periods_of


def entry_list(
    *, user, org_id: int | None = None, year: int | None = None, kind: str = ""
) -> QuerySet[LedgerEntry]:
    """Ledger entries of the organisations ``user`` may see, newest first."""
    qs = restrict_to_user(
        LedgerEntry.objects.select_related("org", "policy", "material"), user=user
    )
    if org_id:
        org = Organisation.objects.filter(pk=org_id).first()
        qs = qs.filter(org_id__in=counted_org_ids(org)) if org else qs.none()
    if year:
        qs = qs.filter(held_on__year=year)
    if kind:
        qs = qs.filter(kind=kind)
    return qs


def linkable_documents(*, user) -> QuerySet[InformationItem]:
    """Published items ``user`` may name as an entry's policy or material (the office form and
    the API alike): their organisations' and any public one, newest first."""
    return InformationItem.objects.filter(
        Q(org__in=visible_org_ids(user=user)) | Q(is_public=True), published_on__isnull=False
    ).order_by("-published_on", "-pk")


def entry_get(*, user, pk: int) -> LedgerEntry:
    return get_visible_or_404(LedgerEntry.objects.select_related("org"), user=user, pk=pk)


def _path_ids(path: str) -> set[int]:
    return {int(p) for p in path.strip("/").split("/") if p}


def counted_org_ids(org: Organisation) -> list[int]:
    """Whose entries count for ``org``: its own and those of its internal units (处室), not
    those of the agencies below a government, which are held to their own checks, nor of
    those agencies' units."""
    below = list(
        Organisation.objects.filter(path__startswith=org.path)
        .exclude(pk=org.pk)
        .values_list("pk", "path", "kind")
    )
    held_apart = {pk for pk, _path, kind in below if kind != Organisation.Kind.UNIT}
    units = [
        pk
        for pk, path, kind in below
        if kind == Organisation.Kind.UNIT and not _path_ids(path) & held_apart
    ]
    return [org.pk, *units]


def counting_org_ids(org_ids) -> set[int]:
    """The organisations whose checks count the entries of ``org_ids``: each itself, and for
    an internal unit the nearest organisation above it that is not one (its agency)."""
    out = set()
    orgs = {o.pk: o for o in Organisation.objects.filter(pk__in=list(org_ids))}
    above = {
        o.pk: o
        for o in Organisation.objects.filter(
            pk__in={a for o in orgs.values() for a in o.ancestor_ids()}
        )
    }
    for org in orgs.values():
        out.add(org.pk)
        if org.kind != Organisation.Kind.UNIT:
            continue
        for pk in reversed(org.ancestor_ids()):
            if above[pk].kind != Organisation.Kind.UNIT:
                out.add(pk)
                break
    return out


# --- frequency checks ------------------------------------------------------------------------


@dataclass
class PeriodResult:
    span: Span
    count: int
    state: str

    @property
    def state_label(self) -> str:
        return CheckState(self.state).label


@dataclass
class CheckResult:
    check: FrequencyCheck
    periods: list[PeriodResult] = field(default_factory=list)

    @property
    def state(self) -> str:
        """Missed when any period was missed; done when every period is; due otherwise."""
        states = {p.state for p in self.periods}
        if CheckState.MISSED in states:
            return CheckState.MISSED
        if states == {CheckState.DONE}:
            return CheckState.DONE
        return CheckState.DUE

    @property
    def state_label(self) -> str:
        return CheckState(self.state).label


def _counts(check: FrequencyCheck, entries: list[LedgerEntry]) -> Counter:
    return Counter(
        e.held_on
        for e in entries
        if e.kind in check.kinds and (not check.roles or e.speaker_role in check.roles)
    )


def check_evaluate(check: FrequencyCheck, entries: list[LedgerEntry], today: date) -> CheckResult:
    """Count ``entries`` against ``check`` in each of its periods.

    A period is done when it holds at least the minimum; due while it is not over (today is
    still inside it, or it lies ahead) and not yet met; missed once it is over unmet.
    """
    by_day = _counts(check, entries)
    result = CheckResult(check)
    for span in periods_of(check.year, check.period):
        count = sum(n for day, n in by_day.items() if span.start <= day <= span.end)
        if count >= check.minimum:
            state = CheckState.DONE
        elif span.end < today:
            state = CheckState.MISSED
        else:
            state = CheckState.DUE
        result.periods.append(PeriodResult(span, count, state))
    return result


def _year_entries(org: Organisation, year: int) -> list[LedgerEntry]:
    return list(
        LedgerEntry.objects.filter(org_id__in=counted_org_ids(org), held_on__year=year).only(
            "kind", "speaker_role", "held_on"
        )
    )


def frequency_status(*, org: Organisation, year: int, today: date) -> list[CheckResult]:
    """How each of ``org``'s checks for ``year`` stands on ``today``."""
    checks = list(FrequencyCheck.objects.filter(org=org, year=year))
    if not checks:
        return []
    entries = _year_entries(org, year)
    return [check_evaluate(check, entries, today) for check in checks]


def frequency_overview(*, user, year: int, today: date) -> list[tuple[Organisation, list]]:
    """Each organisation ``user`` may see that has checks for ``year``, with their results;
    for staff of an internal unit, also the agency whose checks their entries count for."""
    ids = counting_org_ids(visible_org_ids(user=user))
    orgs = (
        Organisation.objects.filter(pk__in=ids, briefing_checks__year=year)
        .distinct()
        .order_by("path")
    )
    return [(org, frequency_status(org=org, year=year, today=today)) for org in orgs]


def checks_missed(*, user, year: int, today: date) -> list[tuple[Organisation, CheckResult]]:
    """The checks of ``year`` that a period has already missed, for the dashboard."""
    return [
        (org, result)
        for org, results in frequency_overview(user=user, year=year, today=today)
        for result in results
        if result.state == CheckState.MISSED
    ]


def year_counts(*, org: Organisation, year: int) -> dict[str, int]:
    """How many entries of each kind ``org`` (with its units) recorded in ``year``: for the
    annual report (PLAN-REPORT-1) and the assessment (PLAN-ASSESS-1)."""
    counts = Counter(e.kind for e in _year_entries(org, year))
    return {kind: counts.get(kind, 0) for kind in EntryKind.values}


def assessment_overview(*, user, year: int, today: date) -> list[tuple[Organisation, dict]]:
    """What the assessment reads (PLAN-ASSESS-1) for each organisation ``user`` may see that
    has requirements in ``year``: the checks done, due and missed, and the counts by kind."""
    out = []
    for org, results in frequency_overview(user=user, year=year, today=today):
        states = Counter(r.state for r in results)
        out.append(
            (
                org,
                {
                    "checks": {state: states.get(state, 0) for state in CheckState.values},
                    "counts": year_counts(org=org, year=year),
                },
            )
        )
    return out


# --- interpretations and their documents (PUB-INTERP-1) -------------------------------------


def interpretation_timing(entry: LedgerEntry) -> str:
    """For an interpretation of a published document: "on_time" within 3 working days of the
    document's publication, "late" after, "" when it cannot be told (PUB-INTERP-1; seed 000
    item 20: 文件公开后3个工作日内)."""
    policy = entry.policy
    if entry.kind not in INTERPRETATION_KINDS or policy is None or not policy.published_on:
        return ""
    due = interpretation_due_on(policy.published_on)
    if due is None:
        return ""
    released = entry.material.published_on if entry.material_id else None
    released = released or entry.held_on
    return "late" if released > due else "on_time"


# --- public ----------------------------------------------------------------------------------


def public_entries(*, year: int | None) -> QuerySet[LedgerEntry]:
    """Entries of ``year`` (every year when None) whose material the public can open: a
    published item or a link."""
    qs = LedgerEntry.objects.filter(Q(material__is_public=True) | ~Q(material_url=""))
    if year is not None:
        qs = qs.filter(held_on__year=year)
    return qs.select_related("org", "material", "policy")


def public_years() -> list[int]:
    """The years with public entries, newest first."""
    days = LedgerEntry.objects.filter(Q(material__is_public=True) | ~Q(material_url="")).dates(
        "held_on", "year", order="DESC"
    )
    return [d.year for d in days]


def check_list(*, user, org_id: int | None = None, year: int | None = None):
    """The frequency checks of the organisations ``user`` may see, by organisation and year."""
    qs = restrict_to_user(FrequencyCheck.objects.select_related("org"), user=user)
    if org_id:
        qs = qs.filter(org_id=org_id)
    if year:
        qs = qs.filter(year=year)
    return qs.order_by("org__path", "-year", "id")


def check_result(check: FrequencyCheck, *, today: date) -> CheckResult:
    """How one check stands on ``today``, counting its organisation's (and units') entries."""
    return check_evaluate(check, _year_entries(check.org, check.year), today)
