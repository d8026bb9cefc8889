"""Every write of the proposals app: register, handle, reply, submit for review, publish.

Replies to deputies' suggestions and members' proposals (建议提案办理复文) are published in full,
or as a summary for complex ones, without the deputies' contact details and the copy list
(PLAN-PROPOSAL-1). Publication goes through publishing's one confidentiality review with its
privacy scan (PUB-SECRET-1, 《条例》第十七条): the reply becomes an information item, the
reviewer decides it, and only an approved item is published.
"""

from datetime import date
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import lock
from gongkai.core.errors import DomainError
from gongkai.core.files import stored_files_delete_on_commit
from gongkai.core.transitions import status_move
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import require_role
from gongkai.publishing.models import CatalogEntry, Genre, Kind
from gongkai.publishing.privacy import PrivacyError
from gongkai.publishing.privacy import extract_text as file_text
from gongkai.publishing.services import item_create, item_publish, item_submit, item_update
from gongkai.publishing.states import EDITABLE
from gongkai.publishing.states import Status as ItemStatus

from .models import Proposal
from .privacy import paragraphs_html, strip_private
from .states import TRANSITIONS, ProposalStatus, PublishMode

#: Who registers and answers suggestions and proposals for the handling unit.
MANAGE_ROLES = {Role.COORDINATOR, Role.EDITOR}

#: The fields staff enter when registering or editing.
FIELDS = (
    "kind", "number", "session", "year", "authors", "contacts", "copy_to", "title",
    "received_on", "deadline",
)  # fmt: skip
#: Fields whose values stay out of the audit log (personal data): only the change is noted.
PRIVATE_FIELDS = {"contacts", "copy_to"}

STATUS_LABELS = dict(ProposalStatus.choices)
#: Accepted reply-letter files: their text can be read into the reply.
REPLY_SUFFIXES = (".pdf", ".docx")


def number_clean(number: str) -> str:
    """第0123号 as sessions print it: bare digits are written out that way."""
    number = (number or "").strip()
    if number.isdigit():
        return f"第{int(number):04d}号"
    return number


def _check(proposal: Proposal) -> None:
    proposal.number = number_clean(proposal.number)
    if proposal.deadline and proposal.received_on and proposal.deadline < proposal.received_on:
        raise DomainError(
            _("The reply deadline is before the day it was received."), field="deadline"
        )
    _full_clean(proposal)


def _full_clean(proposal: Proposal) -> None:
    """Validate the fields; the first problem is refused in the words of its field."""
    try:
        proposal.full_clean(exclude=["created_by", "org", "item"], validate_constraints=False)
    except ValidationError as exc:
        field, messages = next(iter(exc.message_dict.items()))
        raise DomainError(messages[0], field=None if field == NON_FIELD_ERRORS else field) from exc


def _save(proposal: Proposal) -> None:
    try:
        with transaction.atomic():
            proposal.save()
    except IntegrityError as exc:
        raise DomainError(
            _("%(session)s already has %(number)s of this kind.")
            % {"session": proposal.session, "number": proposal.number},
            field="number",
        ) from exc


def _audit_value(name: str, value: Any) -> str:
    """A value as the audit log keeps it: contact details only as changed, never their text."""
    if name in PRIVATE_FIELDS:
        return _("(changed)") if value else ""
    return str(value)


def _co_orgs_set(proposal: Proposal, co_orgs) -> None:
    if co_orgs is not None:
        proposal.co_orgs.set([o for o in co_orgs if o.pk != proposal.org_id])


@transaction.atomic
def proposal_create(*, org: Organisation, actor, fields: dict[str, Any], co_orgs=None) -> Proposal:
    """Register a suggestion or proposal assigned to ``org`` (主办单位); it starts as received.

    The reply deadline (办理期限) is the date the assigning office set: the rules fix no period.
    """
    require_role(actor=actor, org=org, roles=MANAGE_ROLES)
    proposal = Proposal(org=org, created_by=actor, status=ProposalStatus.RECEIVED)
    for name in FIELDS:
        if name in fields:
            setattr(proposal, name, fields[name])
    proposal.status_changed_at = timezone.now()
    _check(proposal)
    _save(proposal)
    _co_orgs_set(proposal, co_orgs)
    audit_record(
        actor=actor,
        obj=proposal,
        action="proposals.create",
        to_state=proposal.status,
        after={"number": str(proposal)},
    )
    return proposal


@transaction.atomic
def proposal_update(*, proposal: Proposal, actor, fields: dict[str, Any], co_orgs=None) -> Proposal:
    """Correct the registration; a published one is no longer edited here."""
    require_role(actor=actor, org=proposal.org, roles=MANAGE_ROLES)
    lock(proposal)
    if proposal.status == ProposalStatus.PUBLISHED:
        raise DomainError(_("A published reply's record can no longer be edited."))
    names = [n for n in FIELDS if n in fields]
    before = {n: getattr(proposal, n) for n in names}
    for name in names:
        setattr(proposal, name, fields[name])
    _check(proposal)
    _save(proposal)
    _co_orgs_set(proposal, co_orgs)
    changed = [n for n in names if str(before[n]) != str(getattr(proposal, n))]
    if changed:
        audit_record(
            actor=actor,
            obj=proposal,
            action="proposals.edit",
            before={n: _audit_value(n, before[n]) for n in changed},
            after={n: _audit_value(n, getattr(proposal, n)) for n in changed},
        )
    return proposal


@transaction.atomic
def proposal_transition(
    *, proposal: Proposal, to: str, actor, action: str = "proposals.transition", reason: str = "",
    **changes: Any,
) -> Proposal:  # fmt: skip
    """Move ``proposal`` to ``to``: the one function that changes its status (locked, checked
    against TRANSITIONS, audited in the same transaction)."""
    status_move(
        proposal,
        to=to,
        table=TRANSITIONS,
        labels=STATUS_LABELS,
        actor=actor,
        action=action,
        reason=reason,
        changes=changes,
        stamp=True,
    )
    return proposal


def proposal_start(*, proposal: Proposal, actor) -> Proposal:
    """The handling unit takes it up (received → handling)."""
    require_role(actor=actor, org=proposal.org, roles=MANAGE_ROLES)
    return proposal_transition(proposal=proposal, to=ProposalStatus.HANDLING, actor=actor)


def _reply_file_text(name: str, data: bytes) -> str:
    try:
        return file_text(data, name).strip()
    except PrivacyError:
        return ""


@transaction.atomic
def proposal_reply(
    *,
    proposal: Proposal,
    actor,
    reply_text: str,
    replied_on: date,
    reply_doc_number: str = "",
    publish_mode: str = PublishMode.FULL,
    public_summary: str = "",
    file: tuple[str, bytes] | None = None,
) -> Proposal:
    """Record the reply letter (handling → replied), or correct it before it is submitted.

    A Word or PDF letter whose text is not typed in has its text read into the reply: the
    published reply is that text, so that it can be cleaned of contacts and scanned.
    """
    require_role(actor=actor, org=proposal.org, roles=MANAGE_ROLES)
    lock(proposal)
    if proposal.status not in (ProposalStatus.HANDLING, ProposalStatus.REPLIED):
        raise DomainError(_("Take up the handling before writing the reply."))
    if proposal.item_id and proposal.item.status not in EDITABLE:
        raise DomainError(
            _("The reply is in confidentiality review or published and cannot be changed here.")
        )
    reply_text = (reply_text or "").strip()
    if file is not None:
        name, data = file
        if not name.lower().endswith(REPLY_SUFFIXES):
            raise DomainError(_("Upload the reply letter as a PDF or Word file."), field="file")
        if not reply_text:
            reply_text = _reply_file_text(name, data)
    if not reply_text and not (file or proposal.reply_file):
        raise DomainError(_("Write the reply or upload the reply letter."), field="reply_text")
    if publish_mode == PublishMode.SUMMARY and not (public_summary or "").strip():
        raise DomainError(_("Write the summary to publish."), field="public_summary")
    if replied_on > timezone.localdate():
        raise DomainError(_("The reply date is in the future."), field="replied_on")
    changes = {
        "reply_text": reply_text,
        "replied_on": replied_on,
        "reply_doc_number": (reply_doc_number or "").strip(),
        "publish_mode": publish_mode,
        "public_summary": (public_summary or "").strip(),
    }
    for name, value in changes.items():
        setattr(proposal, name, value)
    if file is not None:
        if proposal.reply_file:
            stored_files_delete_on_commit(proposal.reply_file)
        proposal.reply_file.save(file[0][:150], ContentFile(file[1]), save=False)
    _full_clean(proposal)
    proposal.save()
    summary = {"replied_on": replied_on.isoformat(), "publish_mode": publish_mode}
    if proposal.status == ProposalStatus.HANDLING:
        proposal_transition(
            proposal=proposal, to=ProposalStatus.REPLIED, actor=actor, action="proposals.reply"
        )
    else:
        audit_record(actor=actor, obj=proposal, action="proposals.reply_edit", after=summary)
    return proposal


# -- publication through the confidentiality review ----------------------------------------------


def item_title(proposal: Proposal) -> str:
    """关于市十七届人大三次会议第0123号代表建议的答复."""
    return f"关于{proposal.session}{proposal.number}{proposal.kind_word}的答复"


def public_text(proposal: Proposal) -> str:
    """The text that goes to review: the full reply or the summary, contacts and copy list
    removed (PLAN-PROPOSAL-1)."""
    text = proposal.reply_text
    if proposal.publish_mode == PublishMode.SUMMARY:
        text = proposal.public_summary
    return strip_private(text, contacts=proposal.contacts, copy_to=proposal.copy_to)


def _catalog_entry(org: Organisation) -> CatalogEntry | None:
    """The organisation's catalog entry for these replies, when its catalog has one."""
    entries = CatalogEntry.objects.filter(org=org)
    return (
        entries.filter(name__contains="建议提案").first()
        or entries.filter(name__contains="建议", name__icontains="提案").first()
    )


def _item_fields(proposal: Proposal) -> dict[str, Any]:
    mode = "全文" if proposal.publish_mode == PublishMode.FULL else "摘要"
    body = public_text(proposal)
    if not body:
        raise DomainError(
            _("Nothing of the reply is left to publish: write the reply text or the summary."),
            field="reply_text",
        )
    if proposal.publish_mode == PublishMode.SUMMARY:
        body = "（复文摘要）\n" + body
    return {
        "kind": Kind.GENERAL,
        "catalog_entry": _catalog_entry(proposal.org),
        "title": item_title(proposal),
        "doc_number": proposal.reply_doc_number,
        "written_on": proposal.replied_on,
        "formed_on": proposal.replied_on,
        "genre": Genre.LETTER,
        "keywords": "建议提案办理复文",
        "summary": f"对《{proposal.title}》的办理答复（{mode}）。",
        "body": paragraphs_html(body),
    }


@transaction.atomic
def proposal_submit(*, proposal: Proposal, actor) -> int:
    """Send the reply, cleaned of contacts, to confidentiality review as an information item of
    the handling unit; return how many pieces of personal data the scan found in what is left."""
    require_role(actor=actor, org=proposal.org, roles=MANAGE_ROLES)
    lock(proposal)
    if proposal.status != ProposalStatus.REPLIED:
        raise DomainError(_("Only a written reply can be submitted for publication."))
    fields = _item_fields(proposal)
    item = proposal.item
    if item is None:
        item = item_create(org=proposal.org, actor=actor, fields=fields)
        proposal.item = item
        proposal.save(update_fields=["item", "updated_at"])
    elif item.status in EDITABLE:  # returned by the reviewer, the reply since corrected
        item_update(item=item, actor=actor, fields=fields)
    else:
        raise DomainError(_("The reply is already in confidentiality review."))
    found = item_submit(item=item, actor=actor)
    audit_record(actor=actor, obj=proposal, action="proposals.submit", after={"item": str(item.pk)})
    return found


@transaction.atomic
def proposal_publish(*, proposal: Proposal, actor, published_on: date | None = None) -> Proposal:
    """Publish the approved reply (replied → published); only what the reviewer approved, with
    the findings masked, reaches the public page."""
    lock(proposal)
    item = proposal.item
    if item is None:
        raise DomainError(_("Submit the reply for confidentiality review first."))
    if item.status != ItemStatus.PUBLISHED:
        item_publish(item=item, actor=actor, published_on=published_on)
        item.refresh_from_db()
    else:  # published from the publishing pages: only the record here follows
        require_role(actor=actor, org=proposal.org, roles={Role.COORDINATOR})
    if item.status != ItemStatus.PUBLISHED:  # masked copies still being made
        raise DomainError(_("The masked files are being generated; publish again afterwards."))
    return proposal_transition(
        proposal=proposal,
        to=ProposalStatus.PUBLISHED,
        actor=actor,
        action="proposals.publish",
        published_on=item.published_on,
    )
