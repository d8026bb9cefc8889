"""The public message box: write to an organisation, reply, publish the Q&A with consent."""

from typing import Any

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import lock, lock_and_check, model_update, next_serial
from gongkai.core.errors import DomainError
from gongkai.core.notify import notify
from gongkai.orgs.models import Organisation
from gongkai.publishing.privacy import mask_text, scan_text

from ..models import Message
from ..states import MESSAGE_TRANSITIONS, MessageStatus
from .common import org_staff, require_role

STATUS_LABELS = dict(MessageStatus.choices)


def _next_number(org: Organisation, year: int) -> str:
    """Return the next tracking number of ``org`` for ``year``: LY-YYYY-ORG-SERIAL."""
    return next_serial(Message.objects.all(), "number", f"LY-{year}-{org.pk:04d}-")


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
    existing = Message.objects.filter(submission_key=submission_key).first()
    if existing is not None:
        return existing, False
    if not (phone or "").strip() and not (email or "").strip():
        raise DomainError(_("Give a phone number or an e-mail address."), field="phone")
    try:
        with transaction.atomic():
            for attempt in range(3):
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
                try:
                    with transaction.atomic():
                        message.save()
                    break
                except IntegrityError:
                    if (
                        attempt == 2
                        or Message.objects.filter(submission_key=submission_key).exists()
                    ):
                        raise
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
    except IntegrityError:
        existing = Message.objects.filter(submission_key=submission_key).first()
        if existing is None:
            raise
        return existing, False  # the same form, submitted twice at once
    return message, True


@transaction.atomic
def message_transition(
    *, message: Message, to: str, actor, reason: str = "", **changes: Any
) -> Message:
    """Move ``message`` to ``to``: the one function that changes its status.

    Locks the row, checks MESSAGE_TRANSITIONS and records who, when and why in the audit log
    in the same transaction.
    """
    before = lock_and_check(message, to=to, table=MESSAGE_TRANSITIONS, labels=STATUS_LABELS)
    model_update(message, status=to, status_changed_at=timezone.now(), **changes)
    audit_record(
        actor=actor,
        obj=message,
        action="participation.message_transition",
        from_state=before,
        to_state=to,
        reason=reason,
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


def masked(text: str) -> str:
    """Return ``text`` with every piece of personal data the privacy scanner finds masked."""
    return mask_text(text, scan_text(text)) if text else text


@transaction.atomic
def message_publish(*, message: Message, actor) -> Message:
    """Publish the question and its reply on the portal (replied → published).

    Only with the writer's consent. The public copy carries neither name nor contact, and
    the subject, message and reply are masked by the publishing privacy masker (ID numbers,
    phone numbers, bank cards, e-mail addresses, names) before anyone outside sees them.
    """
    require_role(actor=actor, org=message.org)
    lock(message)
    if not message.consent_publish:
        raise DomainError(
            _("The writer did not agree to publication: the reply stays private."),
            code="no_consent",
        )
    return message_transition(
        message=message,
        to=MessageStatus.PUBLISHED,
        actor=actor,
        public_subject=masked(message.subject)[:100],
        public_content=masked(message.content),
        public_reply=masked(message.reply),
        published_at=timezone.now(),
    )


def message_track_url(message: Message) -> str:
    """Return the path of the writer's private tracking page."""
    return reverse("participate:message_track", args=[message.access_token])
