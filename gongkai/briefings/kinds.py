"""What the ledger records (kinds of release, the speaker's standing) and the periods checked.

Seed 000 items 15, 17 and 22: press conferences (新闻发布会) and policy briefings (政策吹风会) as
the main channels of interpretation, online interviews (在线访谈), and interpretations by text,
graphic, video or by the head in person (主要负责人作为“第一解读人”).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EntryKind(models.TextChoices):
    PRESS_CONFERENCE = "press", _("Press conference")
    BRIEFING = "briefing", _("Policy briefing")
    ONLINE_INTERVIEW = "interview", _("Online interview")
    INTERP_TEXT = "interp_text", _("Interpretation in writing")
    INTERP_GRAPHIC = "interp_graphic", _("Graphic interpretation")
    INTERP_VIDEO = "interp_video", _("Video interpretation")
    INTERP_HEAD = "interp_head", _("Interpretation by the head")


#: Kinds that interpret a policy document: they carry the document they interpret.
INTERPRETATION_KINDS = {
    EntryKind.INTERP_TEXT,
    EntryKind.INTERP_GRAPHIC,
    EntryKind.INTERP_VIDEO,
    EntryKind.INTERP_HEAD,
}


class SpeakerRole(models.TextChoices):
    PRINCIPAL_HEAD = "principal", _("Principal head")
    OTHER_HEAD = "head", _("Other head")
    SPOKESPERSON = "spokesperson", _("Spokesperson")
    OTHER = "other", _("Other official")


#: The heads (负责同志): the principal head and the other heads.
HEAD_ROLES = {SpeakerRole.PRINCIPAL_HEAD, SpeakerRole.OTHER_HEAD}


class Period(models.TextChoices):
    QUARTER = "quarter", _("Each quarter")
    HALF = "half", _("Each half-year")
    YEAR = "year", _("Each year")


class CheckState(models.TextChoices):
    """How a frequency check stands for one period."""

    DONE = "done", pgettext_lazy("frequency check", "Done")
    DUE = "due", pgettext_lazy("frequency check", "Due")
    MISSED = "missed", pgettext_lazy("frequency check", "Missed")
