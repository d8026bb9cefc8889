"""Reads of the participation app: staff see their organisations', the public what is public."""

from datetime import date, timedelta

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from gongkai.orgs.selectors import get_visible_or_404, restrict_to_user

from .models import Consultation, Message
from .states import CONSULTATION_PUBLIC_STATUSES, ConsultationStatus, MessageStatus


def consultation_list(*, user, status: str | None = None) -> QuerySet[Consultation]:
    """Return the consultations of the organisations ``user`` may see, with comment counts."""
    qs = restrict_to_user(Consultation.objects.all(), user=user)
    if status:
        qs = qs.filter(status=status)
    return qs.select_related("org").annotate(comment_count=Count("comments"))


def consultation_get(*, user, pk: int) -> Consultation:
    """Return one consultation ``user`` may see; Http404 otherwise (never 403)."""
    return get_visible_or_404(Consultation.objects.select_related("org"), user=user, pk=pk)


def consultation_public_list(*, status: str | None = None) -> QuerySet[Consultation]:
    """Return the consultations on the portal: published ones, never drafts; with ``status``,
    those at that stage as readers are told it (``services.status_shown``: one open past its
    last day has ended, before the nightly job closes it)."""
    qs = Consultation.objects.filter(status__in=CONSULTATION_PUBLIC_STATUSES)
    ended = Q(status=ConsultationStatus.OPEN, ends_on__lt=timezone.localdate())
    if status == ConsultationStatus.OPEN:
        qs = qs.filter(status=status).exclude(ended)
    elif status == ConsultationStatus.CLOSED:
        qs = qs.filter(Q(status=status) | ended)
    elif status in CONSULTATION_PUBLIC_STATUSES:
        qs = qs.filter(status=status)
    return qs.select_related("org")


def consultation_public_get(*, pk: int) -> Consultation:
    """Return a published consultation; Http404 for drafts and unknown ids."""
    consultation = consultation_public_list().filter(pk=pk).first()
    if consultation is None:
        raise Http404
    return consultation


def consultations_closing_soon(*, user, today: date | None = None, days: int = 7):
    """Return the open consultations of ``user``'s organisations ending within ``days``."""
    today = today or timezone.localdate()
    return consultation_list(user=user, status=ConsultationStatus.OPEN).filter(
        ends_on__gte=today, ends_on__lte=today + timedelta(days=days)
    )


def message_list(*, user, status: str | None = None) -> QuerySet[Message]:
    """Return the messages to the organisations ``user`` may see."""
    qs = restrict_to_user(Message.objects.all(), user=user)
    if status:
        qs = qs.filter(status=status)
    return qs.select_related("org")


def message_get(*, user, pk: int) -> Message:
    """Return one message ``user`` may see; Http404 otherwise (never 403)."""
    return get_visible_or_404(Message.objects.select_related("org"), user=user, pk=pk)


def message_get_by_token(*, token: str) -> Message:
    """Return the message behind a writer's private tracking link; Http404 otherwise."""
    message = Message.objects.select_related("org").filter(access_token=token).first()
    if message is None or not token:
        raise Http404
    return message


def message_public_list() -> QuerySet[Message]:
    """Return the published messages, newest first; show only their masked ``public_*`` copies."""
    return (
        Message.objects.filter(status=MessageStatus.PUBLISHED)
        .select_related("org")
        .order_by("-published_at", "-pk")
    )


def message_public_get(*, pk: int) -> Message:
    """Return a published message; Http404 for any other."""
    message = message_public_list().filter(pk=pk).first()
    if message is None:
        raise Http404
    return message
