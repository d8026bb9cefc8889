"""Recording the ledger and setting requirements: who may, what is refused, what is audited."""

from datetime import date

import pytest
import time_machine

from gongkai.briefings.kinds import EntryKind, Period, SpeakerRole
from gongkai.briefings.models import FrequencyCheck
from gongkai.briefings.selectors import interpretation_timing
from gongkai.briefings.services import (
    STANDARD_CHECKS,
    check_create,
    checks_adopt_standard,
    entry_delete,
    entry_update,
)
from gongkai.core.errors import DomainError, PermissionDeniedError
from gongkai.core.models import AuditEntry
from gongkai.publishing.models import Kind
from gongkai.publishing.tests.factories import make_item, publish

from .factories import record

pytestmark = pytest.mark.django_db

TODAY = date(2024, 6, 28)


@pytest.fixture(autouse=True)
def _frozen():
    with time_machine.travel(TODAY, tick=False):
        yield


def test_an_entry_is_recorded_corrected_and_removed_with_audit(org_tree, coordinator):
    entry = record(org=org_tree["commission"], actor=coordinator, on=date(2024, 5, 10))
    entry_update(entry=entry, actor=coordinator, speaker="李明华", speaker_role="principal")
    actions = list(
        AuditEntry.objects.filter(object_id=str(entry.pk), action__startswith="briefings.")
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions == ["briefings.entry_create", "briefings.entry_update"]
    change = AuditEntry.objects.get(action="briefings.entry_update")
    assert change.before == {"speaker": "周晓云", "speaker_role": "spokesperson"}
    assert change.after == {"speaker": "李明华", "speaker_role": "principal"}
    pk = entry.pk
    entry_delete(entry=entry, actor=coordinator, reason="重复登记")
    removed = AuditEntry.objects.get(action="briefings.entry_delete", object_id=str(pk))
    assert removed.before["topic"] == "全省医疗服务工作新闻发布会"


def test_a_date_to_come_is_refused(org_tree, coordinator):
    with pytest.raises(DomainError) as exc:
        record(org=org_tree["commission"], actor=coordinator, on=date(2024, 6, 29))
    assert exc.value.field == "held_on"


def test_only_the_organisations_staff_record_its_entries(
    org_tree, editor, reviewer, city_coordinator
):
    # the unit editor records for the division, not for the commission above it
    record(org=org_tree["office"], actor=editor, on=date(2024, 5, 10))
    with pytest.raises(PermissionDeniedError):
        record(org=org_tree["commission"], actor=editor, on=date(2024, 5, 10))
    with pytest.raises(PermissionDeniedError):
        record(org=org_tree["commission"], actor=reviewer, on=date(2024, 5, 10))
    with pytest.raises(PermissionDeniedError):
        record(org=org_tree["commission"], actor=city_coordinator, on=date(2024, 5, 10))
    entry = record(org=org_tree["office"], actor=editor, on=date(2024, 5, 11))
    with pytest.raises(PermissionDeniedError):
        entry_update(entry=entry, actor=city_coordinator, topic="改")


def _policy_with_interpretation(org_tree, editor, reviewer, coordinator, *, interp_on):
    people = {"editor": editor, "reviewer": reviewer, "coordinator": coordinator}
    policy = make_item(
        org=org_tree["office"],
        actor=editor,
        kind=Kind.POLICY,
        needs_interpretation=True,
        title="关于进一步改善医疗服务的通知",
    )
    publish(policy, **people, on=date(2024, 3, 8))  # due 2024-03-13
    interp = make_item(
        org=org_tree["office"],
        actor=editor,
        kind=Kind.INTERPRETATION,
        interprets=policy,
        title="《关于进一步改善医疗服务的通知》政策解读",
    )
    publish(interp, **people, on=interp_on)
    return policy, interp


def test_an_interpretation_keeps_the_document_its_material_interprets(
    org_tree, editor, reviewer, coordinator
):
    policy, interp = _policy_with_interpretation(
        org_tree, editor, reviewer, coordinator, interp_on=date(2024, 3, 12)
    )
    entry = record(
        org=org_tree["office"],
        actor=editor,
        on=date(2024, 3, 12),
        kind=EntryKind.INTERP_HEAD,
        role=SpeakerRole.PRINCIPAL_HEAD,
        material=interp,
    )
    assert entry.policy == policy
    assert list(policy.briefing_entries.all()) == [entry]
    other = make_item(org=org_tree["office"], actor=editor, kind=Kind.POLICY, title="另一文件")
    with pytest.raises(DomainError) as exc:
        entry_update(entry=entry, actor=editor, policy=other)
    assert exc.value.field == "policy"


def test_an_interpretation_names_a_policy_document(org_tree, editor):
    with pytest.raises(DomainError) as exc:
        record(
            org=org_tree["office"], actor=editor, on=date(2024, 3, 12), kind=EntryKind.INTERP_TEXT
        )
    assert exc.value.field == "policy"
    notice = make_item(org=org_tree["office"], actor=editor, kind=Kind.GENERAL)
    with pytest.raises(DomainError):
        record(
            org=org_tree["office"],
            actor=editor,
            on=date(2024, 3, 12),
            kind=EntryKind.INTERP_TEXT,
            policy=notice,
        )


@pytest.mark.parametrize(
    ("published", "timing"),
    [(date(2024, 3, 13), "on_time"), (date(2024, 3, 14), "late")],
)
def test_an_interpretation_after_three_working_days_is_late(
    org_tree, editor, reviewer, coordinator, published, timing
):
    """PUB-INTERP-1: the document came out on Friday 2024-03-08; its interpretation is due on
    Wednesday 2024-03-13 (three working days, the day itself not counted)."""
    _policy, interp = _policy_with_interpretation(
        org_tree, editor, reviewer, coordinator, interp_on=published
    )
    entry = record(
        org=org_tree["office"],
        actor=editor,
        on=published,
        kind=EntryKind.INTERP_GRAPHIC,
        material=interp,
    )
    assert interpretation_timing(entry) == timing


def test_requirements_are_set_once_each_and_audited(org_tree, coordinator, editor):
    org = org_tree["commission"]
    added = checks_adopt_standard(org=org, year=2024, actor=coordinator)
    assert len(added) == len(STANDARD_CHECKS)
    assert checks_adopt_standard(org=org, year=2024, actor=coordinator) == []
    assert AuditEntry.objects.filter(action="briefings.check_create").count() == len(added)
    with pytest.raises(DomainError):
        check_create(
            org=org,
            year=2024,
            actor=coordinator,
            title="每季度至少举办1次新闻发布会",
            kinds=[EntryKind.PRESS_CONFERENCE],
            minimum=1,
            period=Period.QUARTER,
        )
    with pytest.raises(PermissionDeniedError):
        checks_adopt_standard(org=org_tree["office"], year=2024, actor=editor)
    assert FrequencyCheck.objects.filter(org=org_tree["office"]).count() == 0
