"""Writing the ledger through the API: the organisation's editors and coordinators record,
correct and remove entries by the office form's rules, audited; nobody else can."""

from datetime import date

import pytest
import time_machine

from gongkai.briefings.kinds import EntryKind, SpeakerRole
from gongkai.briefings.models import LedgerEntry
from gongkai.core.models import AuditEntry
from gongkai.publishing.models import Kind
from gongkai.publishing.tests.factories import make_item, publish
from tests.api_client import api_client as _client

from .factories import record

pytestmark = pytest.mark.django_db

URL = "/api/briefings/entries/"
TODAY = date(2026, 7, 1)


def _entry(unit, **extra):
    data = {
        "org": unit.pk,
        "kind": EntryKind.PRESS_CONFERENCE,
        "held_on": "2026-06-30",
        "topic": "全省医疗服务工作新闻发布会",
        "speaker": "周晓云",
        "speaker_title": "新闻发言人",
        "speaker_role": SpeakerRole.SPOKESPERSON,
    }
    data.update(extra)
    return data


@pytest.fixture(autouse=True)
def today():
    with time_machine.travel(TODAY, tick=False):
        yield


def _audit(entry_pk):
    return list(
        AuditEntry.objects.filter(object_id=str(entry_pk), action__startswith="briefings.")
        .order_by("pk")
        .values_list("action", flat=True)
    )


def test_an_editor_records_corrects_and_removes_an_entry_of_the_unit_with_audit(org_tree, editor):
    api = _client(editor)
    created = api.post(URL, _entry(org_tree["office"]), format="json")
    assert created.status_code == 201, created.json()
    body = created.json()
    assert (body["org_name"], body["kind_label"], body["held_on"]) == (
        "办公室",
        "新闻发布会",
        "2026-06-30",
    )
    pk = body["id"]
    assert api.get(f"{URL}{pk}/").json()["topic"] == "全省医疗服务工作新闻发布会"

    to_interp = api.patch(f"{URL}{pk}/", {"kind": EntryKind.INTERP_TEXT}, format="json")
    assert to_interp.json() == {"policy": ["请选择本解读所对应的政策文件。"]}
    changed = api.patch(f"{URL}{pk}/", {"topic": "医疗服务新闻发布会（更正）"}, format="json")
    assert changed.status_code == 200 and changed.json()["topic"] == "医疗服务新闻发布会（更正）"
    update = AuditEntry.objects.get(action="briefings.entry_update", object_id=str(pk))
    assert update.before == {"topic": "全省医疗服务工作新闻发布会"}
    assert update.actor_name and update.after == {"topic": "医疗服务新闻发布会（更正）"}

    assert api.delete(f"{URL}{pk}/").status_code == 204
    assert not LedgerEntry.objects.filter(pk=pk).exists()
    assert _audit(pk) == [
        "briefings.entry_create",
        "briefings.entry_update",
        "briefings.entry_delete",
    ]


def test_the_organisation_of_an_entry_is_not_changed_by_a_correction(org_tree, coordinator):
    entry = record(org=org_tree["office"], actor=coordinator, on=date(2026, 6, 1))
    api = _client(coordinator)
    moved = api.patch(f"{URL}{entry.pk}/", {"org": org_tree["personnel"].pk}, format="json")
    assert moved.status_code == 200
    entry.refresh_from_db()
    assert entry.org == org_tree["office"]


def test_an_interpretation_must_name_its_policy_document_as_on_the_office_form(
    org_tree, editor, reviewer, coordinator
):
    api = _client(editor)
    missing = api.post(URL, _entry(org_tree["office"], kind=EntryKind.INTERP_TEXT), format="json")
    assert missing.status_code == 400
    assert missing.json() == {"policy": ["请选择本解读所对应的政策文件。"]}
    assert not LedgerEntry.objects.exists()

    policy = make_item(
        org=org_tree["office"], actor=editor, kind=Kind.POLICY, title="关于进一步改善医疗服务的通知"
    )
    publish(policy, editor=editor, reviewer=reviewer, coordinator=coordinator, on=TODAY)
    named = api.post(
        URL,
        _entry(org_tree["office"], kind=EntryKind.INTERP_TEXT, policy=policy.pk),
        format="json",
    )
    assert named.status_code == 201, named.json()
    assert named.json()["policy"] == policy.pk
    assert named.json()["interpretation_timing"] == "on_time"


def test_invalid_data_is_refused_naming_the_field(org_tree, editor):
    api = _client(editor)
    future = api.post(URL, _entry(org_tree["office"], held_on="2026-07-02"), format="json")
    assert future.status_code == 400
    assert future.json() == {"held_on": ["台账登记已举办或已发布的事项，日期不能晚于今天。"]}
    for field, value in [
        ("kind", "party"),
        ("speaker_role", ""),
        ("held_on", "2026-02-30"),
        ("material_url", "not a link"),
        ("policy", 10**30),
        ("material", "x"),
        ("org", 999999),
    ]:
        answer = api.post(URL, _entry(org_tree["office"], **{field: value}), format="json")
        assert answer.status_code == 400, (field, answer.content)
        assert field in answer.json(), field
    # the documents the office form offers: published ones, not a draft
    draft = make_item(org=org_tree["office"], actor=editor, kind=Kind.POLICY, title="草稿文件")
    answer = api.post(
        URL, _entry(org_tree["office"], kind=EntryKind.INTERP_TEXT, policy=draft.pk), format="json"
    )
    assert answer.status_code == 400 and list(answer.json()) == ["policy"]
    no_topic = _entry(org_tree["office"])
    del no_topic["topic"]
    answer = api.post(URL, no_topic, format="json")
    assert answer.status_code == 400 and answer.json()["topic"] == ["该字段是必填项。"]
    assert not LedgerEntry.objects.exists()


def test_another_organisations_staff_and_anonymous_callers_cannot_write(
    org_tree, coordinator, city_coordinator, reviewer
):
    entry = record(org=org_tree["commission"], actor=coordinator, on=date(2026, 6, 1))
    city = _client(city_coordinator)
    refused = city.post(URL, _entry(org_tree["commission"]), format="json")
    assert refused.status_code == 403
    assert refused.json()["detail"] == "您无权为云南省卫生和计划生育委员会办理此事项。"
    assert city.patch(f"{URL}{entry.pk}/", {"topic": "改"}, format="json").status_code == 404
    assert city.delete(f"{URL}{entry.pk}/").status_code == 404
    # a reviewer sees the ledger but does not keep it
    assert _client(reviewer).get(f"{URL}{entry.pk}/").status_code == 200
    assert _client(reviewer).delete(f"{URL}{entry.pk}/").status_code == 403
    anonymous = _client()
    assert anonymous.post(URL, _entry(org_tree["commission"]), format="json").status_code in {
        401,
        403,
    }
    assert anonymous.delete(f"{URL}{entry.pk}/").status_code in {401, 403}
    entry.refresh_from_db()
    assert entry.topic == "全省医疗服务工作新闻发布会"
    assert LedgerEntry.objects.count() == 1
    assert _audit(entry.pk) == ["briefings.entry_create"]


CHECKS = "/api/briefings/checks/"


def _check(org, **extra):
    data = {
        "org": org.pk,
        "year": 2026,
        "title": "主要负责同志每年出席新闻发布会不少于1次",
        "kinds": ["press", "briefing"],
        "roles": ["principal"],
        "minimum": 1,
        "period": "year",
        "basis": "2026年政务公开工作要点",
    }
    data.update(extra)
    return data


def test_a_coordinator_sets_and_removes_a_frequency_requirement_with_audit(org_tree, coordinator):
    api = _client(coordinator)
    created = api.post(CHECKS, _check(org_tree["commission"]), format="json")
    assert created.status_code == 201, created.json()
    body = created.json()
    assert (body["org_name"], body["period_label"], body["minimum"]) == (
        "云南省卫生和计划生育委员会",
        "每年",
        1,
    )
    assert body["state"] == "due" and [p["label"] for p in body["periods"]] == ["全年"]
    again = api.post(CHECKS, _check(org_tree["commission"]), format="json")
    assert again.status_code == 400 and list(again.json()) == ["title"]
    assert "已有" in again.json()["title"][0]
    assert api.delete(f"{CHECKS}{body['id']}/").status_code == 204
    assert _audit(body["id"]) == ["briefings.check_create", "briefings.check_delete"]
    assert api.get(CHECKS).json()["count"] == 0


def test_requirements_are_refused_with_the_field_named(org_tree, coordinator):
    api = _client(coordinator)
    for field, value in [("kinds", []), ("kinds", ["speech"]), ("period", "week"), ("minimum", 0)]:
        answer = api.post(CHECKS, _check(org_tree["commission"], **{field: value}), format="json")
        assert answer.status_code == 400 and list(answer.json()) == [field], answer.json()


def test_only_the_organisation_s_coordinators_set_or_remove_requirements(
    org_tree, coordinator, editor, city_coordinator
):
    assert (
        _client(editor).post(CHECKS, _check(org_tree["office"]), format="json").status_code == 403
    )
    answer = _client(city_coordinator).post(CHECKS, _check(org_tree["commission"]), format="json")
    assert answer.status_code == 403
    created = _client(coordinator).post(CHECKS, _check(org_tree["commission"]), format="json")
    url = f"{CHECKS}{created.json()['id']}/"
    assert _client(city_coordinator).delete(url).status_code == 404
    assert _client().delete(url).status_code in {401, 403}
    assert _client(coordinator).get(url).status_code == 200
