"""The audit log is append-only; notifications reach the app and the mailbox after commit."""

import pytest
from django.core import mail

from gongkai.core.audit import audit_record
from gongkai.core.models import AppendOnlyError, AuditEntry, Notification
from gongkai.core.notify import notify


@pytest.mark.django_db
def test_audit_entries_cannot_be_changed_or_deleted(org_tree, coordinator):
    entry = audit_record(
        actor=coordinator, obj=org_tree["office"], action="test.change", before={"a": 1}
    )
    assert entry.actor_name == "Coordinator"
    entry.reason = "tampered"
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.filter(pk=entry.pk).update(reason="tampered")
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.all().delete()
    assert AuditEntry.objects.get(pk=entry.pk).reason == ""


@pytest.mark.django_db
def test_the_audit_entry_records_the_client_address(client, coordinator, org_tree):
    client.force_login(coordinator)
    client.post(
        f"/office/orgs/{org_tree['commission'].pk}/",
        {"alias": "省卫健委"},
        REMOTE_ADDR="10.1.2.3",
    )
    entry = AuditEntry.objects.filter(action="org.alias_add").first()
    assert entry.client_ip == "10.1.2.3"
    assert entry.actor == coordinator
    assert entry.after == {"alias": "省卫健委"}


@pytest.mark.django_db
def test_notify_stores_and_mails_only_after_commit(
    coordinator, editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        notify(users=[coordinator, editor, editor], title="任务即将到期", body="请及时办理。")
        assert len(mail.outbox) == 0  # nothing leaves before the commit
    assert len(callbacks) == 1
    assert Notification.objects.filter(title="任务即将到期").count() == 2
    assert sorted(m.to[0] for m in mail.outbox) == [
        "coordinator@example.gov.cn",
        "editor@example.gov.cn",
    ]
    assert "请及时办理" in mail.outbox[0].body
