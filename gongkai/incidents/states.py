"""Incidents as data: kinds, severities, statuses with their transitions, kinds of release."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class IncidentKind(models.TextChoices):
    EMERGENCY = "emergency", _("Emergency")  # 突发事件
    PUBLIC_CONCERN = "public_concern", _("Matter of public concern")  # 社会关注热点


class Severity(models.TextChoices):
    """EMG-3: 特别重大 / 重大 / other, which decides the clocks (EMG-1, EMG-2)."""

    EXTRAORDINARY = "extraordinary", _("Extraordinarily serious")  # 特别重大
    MAJOR = "major", _("Major")  # 重大
    OTHER = "other", _("Other")


class IncidentStatus(models.TextChoices):
    OPEN = "open", _("Running")
    CLOSED = "closed", pgettext_lazy("incident", "Closed")
    CANCELLED = "cancelled", _("Recorded in error")


#: Every allowed move. A closed incident may be reopened when public concern flares up again;
#: one recorded in error is cancelled and stays so.
TRANSITIONS: dict[str, set[str]] = {
    IncidentStatus.OPEN: {IncidentStatus.CLOSED, IncidentStatus.CANCELLED},
    IncidentStatus.CLOSED: {IncidentStatus.OPEN},
    IncidentStatus.CANCELLED: set(),
}

#: Statuses in which the clocks run and reminders go out.
RUNNING = frozenset({IncidentStatus.OPEN})


class ReleaseKind(models.TextChoices):
    AUTHORITATIVE = "authoritative", _("Authoritative information")  # 权威信息
    PRESS_CONFERENCE = "press_conference", _("Press conference")  # 新闻发布会
    RESPONSE = "response", _("Other response")  # 其他回应
