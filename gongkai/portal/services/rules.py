"""The 政府信息公开制度 column (PORTAL-3): entries submitted, reviewed, published, withdrawn.

Adding or changing an entry puts the change before a reviewer with the texts and the file the
public will get (PUB-SECRET-1, 《条例》 Art. 17); the public entry stays as it was until the
disclosure office publishes the change as reviewed.
"""

from datetime import date
from pathlib import PurePath
from typing import Any

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import lock
from gongkai.core.errors import DomainError
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.publishing.privacy import PrivacyError, extract_text
from gongkai.publishing.services.reviews import (
    Part,
    masked_file,
    review_consume,
    review_submit,
)
from gongkai.publishing.services.withdrawal import withdraw_published

from ..models import PublicStatus, RuleDocument
from .common import (
    RULE_TYPES,
    check_file,
    clean_reviewed,
    require_coordinator,
    snapshot,
)

RULE_STAGE = "portal_rule"
RULE_FIELDS = ("level", "title", "doc_number", "issued_on", "link", "sort_order")
#: The texts of an entry the public reads; the file's text is reviewed beside them.
RULE_TEXTS = ("title", "doc_number", "link")


def _draft_values(rule: RuleDocument) -> dict[str, Any]:
    """The values an entry will have once its pending change is published."""
    values = snapshot(rule, RULE_FIELDS) | dict(rule.draft)
    if isinstance(values.get("issued_on"), str):
        values["issued_on"] = date.fromisoformat(values["issued_on"])
    return values


def rule_pending_values(rule: RuleDocument) -> dict[str, Any]:
    """The values the office form shows: the change waiting for publication, if any."""
    return _draft_values(rule)


@transaction.atomic
def rule_save(
    *,
    org: Organisation,
    actor,
    fields: dict[str, Any],
    rule: RuleDocument | None = None,
    upload: UploadedFile | None = None,
) -> RuleDocument:
    """Submit a new entry, or a change to one, for confidentiality review (PORTAL-3).

    Nothing reaches the portal here: a new entry waits unpublished, a changed one keeps its
    public values, until ``rule_publish``. A change submitted again replaces the earlier one
    and its review (an approval covers only the text approved).
    """
    require_coordinator(actor=actor, org=org)
    if rule is not None:
        lock(rule)
    before = _draft_values(rule) if rule else {}
    rule = rule or RuleDocument(org=org, status=PublicStatus.PENDING)
    values = _draft_values(rule) | {k: v for k, v in fields.items() if k in RULE_FIELDS}
    if upload is not None:
        check_file(upload, RULE_TYPES)
        if rule.draft_file:
            rule.draft_file.delete(save=False)
        rule.draft_file.save(PurePath(upload.name).name, upload, save=False)
    if not values.get("link") and not rule.draft_file and not rule.file:
        raise DomainError(_("Give a link or upload the document."), code="no_document")
    probe = RuleDocument(org=org, **values)
    probe.full_clean(exclude=["file", "draft_file"])
    if rule.status == PublicStatus.PENDING:  # not public: its own fields may follow the draft
        for name, value in values.items():
            setattr(rule, name, value)
    rule.draft = values
    rule.full_clean(exclude=["file", "draft_file"])
    rule.save()
    audit_record(
        actor=actor,
        obj=rule,
        action="portal.rule_save",
        before=before,
        after=values,
    )
    parts = [
        Part(key=name, label=RuleDocument._meta.get_field(name).verbose_name, text=values[name])
        for name in RULE_TEXTS
        if values.get(name)
    ]
    if rule.draft_file:
        parts.append(
            Part(
                key="file",
                label=_file_name(rule.draft_file.name),
                text=(text := _file_text(rule)),
                unread=not text.strip(),
            )
        )
    review_submit(
        target=rule,
        stage=RULE_STAGE,
        org=org,
        actor=actor,
        title=values["title"],
        parts=parts,
        roles={Role.COORDINATOR},
    )
    return rule


def _file_name(path: str) -> str:
    return path.rsplit("/", 1)[-1]


def _file_text(rule: RuleDocument) -> str:
    with rule.draft_file.open("rb") as handle:
        data = handle.read()
    try:
        return extract_text(data, rule.draft_file.name)
    except PrivacyError:
        return ""  # not machine-readable (.doc, .ofd, a scan): the reviewer checks it by eye


@transaction.atomic
def rule_publish(*, rule: RuleDocument, actor) -> RuleDocument:
    """Publish an entry's reviewed change: its texts and its file as reviewed (PUB-SECRET-1)."""
    require_coordinator(actor=actor, org=rule.org)
    lock(rule)
    if not rule.draft:
        raise DomainError(
            _("No change of this entry is waiting for publication."), code="nothing_pending"
        )
    request, texts = review_consume(target=rule, stage=RULE_STAGE, actor=actor, org=rule.org)
    before = snapshot(rule, RULE_FIELDS) if rule.status == PublicStatus.PUBLISHED else {}
    values = _draft_values(rule)
    for name in RULE_FIELDS:
        value = values.get(name)
        if name in RULE_TEXTS:
            value = texts[name]["text"] if name in texts else ""
        setattr(rule, name, value)
    if rule.draft_file:
        name = _file_name(rule.draft_file.name)
        with rule.draft_file.open("rb") as handle:
            data = handle.read()
        masked = masked_file(request, part="file", data=data, name=name)
        rule.file.save(name, ContentFile(masked), save=False)
        rule.draft_file.delete(save=False)
    from_state = rule.status
    rule.status = PublicStatus.PUBLISHED
    rule.draft = {}
    clean_reviewed(rule)
    rule.save()
    audit_record(
        actor=actor,
        obj=rule,
        action="portal.rule_publish",
        from_state=from_state,
        to_state=PublicStatus.PUBLISHED,
        before=before,
        after=snapshot(rule, RULE_FIELDS),
    )
    return rule


@transaction.atomic
def rule_withdraw(*, rule: RuleDocument, actor, reason: str) -> RuleDocument:
    """Take a published entry off the column (kept, audited). Correct it by submitting the
    corrected entry, which is reviewed and published again."""
    require_coordinator(actor=actor, org=rule.org)
    return withdraw_published(
        rule,
        actor=actor,
        reason=reason,
        action="portal.rule_withdraw",
        refused=_("Only a published entry can be withdrawn."),
    )


@transaction.atomic
def rule_delete(*, rule: RuleDocument, actor) -> None:
    require_coordinator(actor=actor, org=rule.org)
    audit_record(
        actor=actor, obj=rule, action="portal.rule_delete", before=snapshot(rule, RULE_FIELDS)
    )
    rule.delete()
