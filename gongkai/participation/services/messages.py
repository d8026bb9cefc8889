"""The public message box: write to an organisation, reply, publish the Q&A with consent."""

from typing import Any

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import lock, next_prefixed_number, once_per_submission
from gongkai.core.errors import DomainError
from gongkai.core.notify import notify
from gongkai.core.transitions import status_move
from gongkai.orgs.models import Organisation
from gongkai.publishing.models import PublicationRequest
from gongkai.publishing.services.reviews import (
    PUBLISH_ROLES,
    Part,
    review_consume,
    review_latest,
    review_submit,
)

from ..models import Message
from ..states import MESSAGE_TRANSITIONS, MessageStatus
from .common import org_staff, require_role

STATUS_LABELS = dict(MessageStatus.choices)


def _next_number(org: Organisation, year: int) -> str:
    """Take the next tracking number of ``org`` for ``year``: LY-YYYY-ORG-SERIAL."""
    return next_prefixed_number(
        Message.objects.all(), f"LY-{year}-{org.pk:04d}-", series="participation.message"
    )


def message_submit(
    *,
    org: Organisation,
    subject: str,
    content: str,
    name: str,
    submission_key: str,
    phone: str = "",
    email: str = "",
    consent_publish: bool = False,
) -> tuple[Message, bool]:
    """Take a message from the public; return it and whether it is new.

    The writer follows it with the tracking number and the private link of ``access_token``.
    The same ``submission_key`` sent again (a double click, a reload) returns the first message.
    The organisation's staff are told after commit, without the writer's identity.
    """

    def create() -> Message:
        if not (phone or "").strip() and not (email or "").strip():
            raise DomainError(_("Give a phone number or an e-mail address."), field="phone")
        message = Message(
            org=org,
            number=_next_number(org, timezone.localdate().year),
            subject=(subject or "").strip(),
            content=(content or "").strip(),
            name=(name or "").strip(),
            phone=(phone or "").strip(),
            email=(email or "").strip(),
            consent_publish=bool(consent_publish),
            submission_key=submission_key,
            status=MessageStatus.RECEIVED,
            status_changed_at=timezone.now(),
        )
        message.full_clean()
        message.save()
        audit_record(
            actor=None,
            by_public=True,
            obj=message,
            action="participation.message_submit",
            to_state=MessageStatus.RECEIVED,
            after={"number": message.number},
        )
        users = org_staff(org=org)
        url = message.get_absolute_url()
        transaction.on_commit(
            lambda: notify(
                users=users,
                title=_("New message %(number)s: %(subject)s")
                % {"number": message.number, "subject": message.subject},
                url=url,
                kind="participation.message",
            )
        )
        return message

    return once_per_submission(Message, submission_key, create)


@transaction.atomic
def message_transition(
    *,
    message: Message,
    to: str,
    actor,
    reason: str = "",
    action: str = "participation.message_transition",
    **changes: Any,
) -> Message:
    """Move ``message`` to ``to``: the one function that changes its status.

    Locks the row, checks MESSAGE_TRANSITIONS and records who, when and why in the audit log
    in the same transaction.
    """
    status_move(
        message,
        to=to,
        table=MESSAGE_TRANSITIONS,
        labels=STATUS_LABELS,
        actor=actor,
        action=action,
        reason=reason,
        changes=changes,
        stamp=True,
    )
    return message


def message_reply(*, message: Message, actor, reply: str) -> Message:
    """Answer a message (received → replied); the writer reads it on the tracking page."""
    require_role(actor=actor, org=message.org)
    reply = (reply or "").strip()
    if not reply:
        raise DomainError(_("Write the reply."), field="reply")
    return message_transition(
        message=message,
        to=MessageStatus.REPLIED,
        actor=actor,
        reply=reply,
        replied_at=timezone.now(),
        replied_by=actor,
    )


MESSAGE_STAGE = "message"


def message_review_texts(message: Message) -> dict[str, str]:
    """The texts proposed for publication: those last submitted, else the message as written."""
    latest = review_latest(target=message, stage=MESSAGE_STAGE)
    if latest is not None:
        return {p["key"]: p["text"] for p in latest.parts}
    return {"subject": message.subject, "content": message.content, "reply": message.reply}


@transaction.atomic
def message_review_submit(
    *, message: Message, actor, subject: str, content: str, reply: str
) -> PublicationRequest:
    """Submit the question and its reply for confidentiality review before publication.

    Only with the writer's consent, and only after the reply. The texts may be corrected here
    (a published message is corrected by withdrawing it and submitting again); the writer's name
    and contact are never among them. The reviewer decides every piece of personal data the
    scanner finds (PUB-SECRET-1, 《条例》 Art. 15 and 17): nothing is published unreviewed.
    """
    require_role(actor=actor, org=message.org)
    lock(message)
    if not message.consent_publish:
        raise DomainError(
            _("The writer did not agree to publication: the reply stays private."),
            code="no_consent",
        )
    if message.status != MessageStatus.REPLIED:
        raise DomainError(
            _("Only a replied message that is not public can be submitted for publication."),
            code="not_replied",
        )
    texts = {"subject": subject, "content": content, "reply": reply}
    texts = {k: (v or "").strip() for k, v in texts.items()}
    if not all(texts.values()):
        raise DomainError(_("Subject, message and reply are all needed."), code="texts_missing")
    labels = {
        "subject": _("Subject"),
        "content": _("Message from the public"),
        "reply": _("Reply"),
    }
    return review_submit(
        target=message,
        stage=MESSAGE_STAGE,
        org=message.org,
        actor=actor,
        title=_("Message %(number)s: %(subject)s")
        % {"number": message.number, "subject": texts["subject"]},
        parts=[Part(key=k, label=labels[k], text=v) for k, v in texts.items()],
    )


@transaction.atomic
def message_publish(*, message: Message, actor) -> Message:
    """Publish the question and its reply as reviewed (replied → published).

    Only with the writer's consent, only by the disclosure office and only the texts a reviewer
    approved, with the personal data they chose to mask masked (PUB-SECRET-1). The public copy
    never carries the writer's name or contact.
    """
    lock(message)
    if not message.consent_publish:
        raise DomainError(
            _("The writer did not agree to publication: the reply stays private."),
            code="no_consent",
        )
    _request, texts = review_consume(
        target=message, stage=MESSAGE_STAGE, actor=actor, org=message.org
    )
    return message_transition(
        message=message,
        to=MessageStatus.PUBLISHED,
        actor=actor,
        action="participation.message_publish",
        public_subject=texts["subject"]["text"][:100],
        public_content=texts["content"]["text"],
        public_reply=texts["reply"]["text"],
        published_at=timezone.now(),
    )


@transaction.atomic
def message_withdraw(*, message: Message, actor, reason: str) -> Message:
    """Take a published message off the portal (published → replied), audited with the reason.

    The public copy is cleared; a corrected copy is published by submitting it for review again.
    """
    require_role(actor=actor, org=message.org, roles=PUBLISH_ROLES)
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(_("Give the reason."), field="reason")
    return message_transition(
        message=message,
        to=MessageStatus.REPLIED,
        actor=actor,
        reason=reason,
        action="participation.message_withdraw",
        public_subject="",
        public_content="",
        public_reply="",
        published_at=None,
    )


def message_track_url(message: Message) -> str:
    """Return the path of the writer's private tracking page."""
    return reverse("participate:message_track", args=[message.access_token])
