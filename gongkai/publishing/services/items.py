"""Write information items: create, edit, attach files, and the one status transition function."""

import re
from datetime import date
from typing import Any

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import lock, model_update
from gongkai.core.errors import DomainError
from gongkai.core.files import stored_files_delete_on_commit
from gongkai.core.transitions import status_move
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import require_role, visible_org_ids
from gongkai.workdays.calendar import YearNotCovered
from gongkai.workdays.selectors import current_calendar

from ..content import attachment_check, body_clean
from ..genres import genre_from_title
from ..indexing import item_index_sync_on_commit
from ..models import (
    INTERPRETABLE_KINDS,
    NORMATIVE_KINDS,
    Attachment,
    Attribute,
    InformationItem,
    Kind,
)
from ..states import EDITABLE, TRANSITIONS, Status
from .recognition import attachment_recognition_queue

#: The fields staff edit on the working copy.
ITEM_FIELDS = (
    "kind", "catalog_entry", "title", "doc_number", "written_on", "formed_on", "theme", "genre",
    "keywords", "summary", "body", "attribute", "exempt_ground", "exempt_reason",
    "time_limit_days", "time_limit_basis", "needs_interpretation", "interprets", "valid_from",
    "valid_until", "amends", "repeals",
)  # fmt: skip

EDIT_ROLES = {Role.EDITOR, Role.COORDINATOR}
PUBLISH_ROLES = {Role.COORDINATOR}
REVIEW_ROLES = {Role.REVIEWER}

_DOC_YEAR = re.compile(r"[〔\[［(（](\d{4})[〕\]］)）]")


def doc_number_year(doc_number: str, written_on: date | None) -> int | None:
    """The year of a document number: the one in 〔〕, else the year the document was written."""
    if not doc_number:
        return None
    match = _DOC_YEAR.search(doc_number)
    if match:
        return int(match.group(1))
    return written_on.year if written_on else None


def publish_due_on(*, formed_on: date, days: int) -> date | None:
    """The last day to publish (PUB-TIME-1, 《条例》 Art. 26): ``days`` working days after forming.

    None when the calendar does not cover the year yet (缺少该年度节假日安排): nothing is guessed.
    """
    try:
        return current_calendar().add_workdays(formed_on, days)
    except YearNotCovered:
        return None


#: Items whose time limit no longer runs: published, or ended without publication.
_DUE_CLOSED = (Status.PUBLISHED, Status.WITHDRAWN, Status.REPEALED, Status.EXPIRED)


def item_due_recompute_open() -> int:
    """Recompute the publish-by date of every item not yet published (the calendar changed).

    A year loaded later makes a missing date computable; a day declared off moves it. Published
    and ended items keep the date they had. Not audited: the date is derived, not decided (the
    items' audit records what staff did). Return how many dates moved.
    """
    moved = 0
    cal = current_calendar()
    items = InformationItem.objects.filter(published_on__isnull=True).exclude(
        status__in=_DUE_CLOSED
    )
    for pk, formed_on, days, due_on in items.values_list(
        "pk", "formed_on", "time_limit_days", "due_on"
    ):
        try:
            new = cal.add_workdays(formed_on, days)
        except YearNotCovered:
            new = None
        if new != due_on:
            InformationItem.objects.filter(pk=pk).update(due_on=new)
            moved += 1
    return moved


def _check_fields(item: InformationItem) -> None:
    """Rules that span fields: attribute and ground (PUB-ATTR-1), links, document number."""
    if not item.genre:  # PUB-GENRE-1: the title's genre, else 其他; never a silent 通知
        item.genre = genre_from_title(item.title)
    if item.attribute != Attribute.PROACTIVE and not item.exempt_ground:
        raise DomainError(
            _("Items not disclosed proactively need the legal ground (Art. 14–16)."),
            field="exempt_ground",
        )
    if item.attribute == Attribute.PROACTIVE:
        item.exempt_ground, item.exempt_reason = "", ""
    if item.kind == Kind.INTERPRETATION:
        target = item.interprets
        if target is None:
            raise DomainError(
                _("Choose the policy document this interpretation explains."), field="interprets"
            )
        if target.kind not in INTERPRETABLE_KINDS or target.pk == item.pk:
            raise DomainError(
                _("Only policy documents, rules and normative documents can be interpreted."),
                field="interprets",
            )
    else:
        item.interprets = None
    if item.kind not in NORMATIVE_KINDS:
        item.amends = item.repeals = None
        item.valid_from = item.valid_until = None
    for field in ("amends", "repeals"):
        target = getattr(item, field)
        if target is not None and (target.kind not in NORMATIVE_KINDS or target.pk == item.pk):
            raise DomainError(
                _("Only another rule or normative document can be amended or repealed."),
                field=field,
            )
    if item.valid_from and item.valid_until and item.valid_until < item.valid_from:
        raise DomainError(_("The validity period ends before it starts."), field="valid_until")
    item.doc_number = (item.doc_number or "").strip()
    item.doc_year = doc_number_year(item.doc_number, item.written_on)
    if item.doc_number:
        clash = InformationItem.objects.filter(
            org=item.org, doc_year=item.doc_year, doc_number=item.doc_number
        ).exclude(pk=item.pk)
        if clash.exists():
            raise DomainError(
                _("%(org)s already has a document numbered %(number)s in %(year)s.")
                % {"org": item.org.name, "number": item.doc_number, "year": item.doc_year},
                code="duplicate_doc_number",
                field="doc_number",
            )
    if item.catalog_entry is not None and item.catalog_entry.org_id != item.org_id:
        raise DomainError(
            _("The catalog entry belongs to another organisation."), field="catalog_entry"
        )
    item.body = body_clean(item.body)
    item.due_on = publish_due_on(formed_on=item.formed_on, days=item.time_limit_days)


#: Fields that point at another item; publishing may change the target (amended, repealed).
LINK_FIELDS = ("interprets", "amends", "repeals")


def _check_links(*, actor, fields: dict[str, Any], current: InformationItem | None = None) -> None:
    """Refuse a link to an item of an organisation ``actor`` may not see (links kept as they
    were are not checked again): publishing would otherwise mark another body's document as
    amended or repealed (PUB-NORM-1)."""
    visible: set[int] | None = None
    for name in LINK_FIELDS:
        target = fields.get(name)
        if target is None or (current is not None and getattr(current, f"{name}_id") == target.pk):
            continue
        if visible is None:
            visible = visible_org_ids(user=actor)
        if target.org_id not in visible:
            raise DomainError(
                _("Choose a document of an organisation you work for."),
                code="link_not_visible",
                field=name,
            )


def _save(item: InformationItem) -> None:
    item.full_clean()
    try:
        with transaction.atomic():
            item.save()
    except IntegrityError as exc:  # a concurrent save took the same document number
        raise DomainError(
            _("%(org)s already has a document numbered %(number)s in %(year)s.")
            % {"org": item.org.name, "number": item.doc_number, "year": item.doc_year},
            code="duplicate_doc_number",
        ) from exc


@transaction.atomic
def item_create(*, org: Organisation, actor, fields: dict[str, Any]) -> InformationItem:
    """Create a draft item for ``org``; its disclosure attribute is fixed here (PUB-ATTR-1)."""
    require_role(actor=actor, org=org, roles=EDIT_ROLES)
    _check_links(actor=actor, fields=fields)
    item = InformationItem(org=org, created_by=actor)
    for name, value in fields.items():
        if name in ITEM_FIELDS:
            setattr(item, name, value)
    if not item.formed_on:
        item.formed_on = item.written_on
    _check_fields(item)
    _save(item)
    audit_record(actor=actor, obj=item, action="publishing.item_create", to_state=item.status)
    return item


@transaction.atomic
def item_update(*, item: InformationItem, actor, fields: dict[str, Any]) -> InformationItem:
    """Change the working copy of a draft, or of a published item being amended."""
    require_role(actor=actor, org=item.org, roles=EDIT_ROLES)
    lock(item)
    if item.status not in EDITABLE:
        raise DomainError(
            _("“%(title)s” cannot be edited while it is %(status)s.")
            % {"title": item.title, "status": item.get_status_display()},
            code="not_editable",
        )
    _check_links(actor=actor, fields=fields, current=item)
    before = {name: str(getattr(item, name)) for name in fields if name in ITEM_FIELDS}
    for name, value in fields.items():
        if name in ITEM_FIELDS:
            setattr(item, name, value)
    _check_fields(item)
    _save(item)
    after = {name: str(getattr(item, name)) for name in before}
    changed = {k: v for k, v in after.items() if before[k] != v}
    if changed:
        audit_record(
            actor=actor,
            obj=item,
            action="publishing.item_edit",
            before={k: before[k] for k in changed},
            after=changed,
        )
    return item


@transaction.atomic
def attachment_add(*, item: InformationItem, actor, name: str, data: bytes) -> Attachment:
    """Attach a file whose content matches its extension (PDF, Word, Excel, image)."""
    require_role(actor=actor, org=item.org, roles=EDIT_ROLES)
    if item.status not in EDITABLE:
        raise DomainError(_("Files can only be attached while the item is being edited."))
    file_type = attachment_check(name=name, data=data)
    attachment = Attachment(item=item, name=name[:200], size=len(data), file_type=file_type)
    attachment.file.save(name, ContentFile(data), save=False)
    attachment.save()
    attachment_recognition_queue(attachment=attachment, data=data)
    audit_record(actor=actor, obj=item, action="publishing.attachment_add", after={"file": name})
    return attachment


def _published_attachment_ids(item: InformationItem) -> set[int]:
    version = item.versions.order_by("-number").first()
    return {row.get("id") for row in version.attachments} if version else set()


@transaction.atomic
def attachment_remove(*, attachment: Attachment, actor) -> None:
    """Take a file off the working copy.

    A file of the published version stays on the public page, and on disk, until the amended
    version passes review and is published (PUB-SECRET-1): it is only marked removed.
    """
    item = attachment.item
    require_role(actor=actor, org=item.org, roles=EDIT_ROLES)
    lock(item)
    if item.status not in EDITABLE:
        raise DomainError(_("Files can only be removed while the item is being edited."))
    name = attachment.name
    if attachment.pk in _published_attachment_ids(item):
        model_update(attachment, removed=True)
        attachment.findings.all().delete()
    else:
        stored_files_delete_on_commit(attachment.file, attachment.masked_file)
        attachment.delete()
    audit_record(
        actor=actor, obj=item, action="publishing.attachment_remove", before={"file": name}
    )


@transaction.atomic
def item_transition(
    *,
    item: InformationItem,
    to: str,
    actor,
    action: str,
    reason: str = "",
    changes: dict[str, Any] | None = None,
) -> str:
    """Move ``item`` to ``to``: lock, check the table, save, audit, then re-index on commit."""
    labels = {s.value: s.label for s in Status}
    changes = dict(changes or {})
    if to == Status.WITHDRAWN:
        changes["is_public"] = False
    before = status_move(
        item,
        to=to,
        table=TRANSITIONS,
        labels=labels,
        actor=actor,
        action=action,
        reason=reason,
        changes=changes,
        after={k: str(v) for k, v in changes.items()},
    )
    if before != to and (item.is_public or to == Status.WITHDRAWN):
        item_index_sync_on_commit(item)
    return before


def today() -> date:
    return timezone.localdate()
