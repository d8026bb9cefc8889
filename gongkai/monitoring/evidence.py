"""A finding's evidence in words, the same on the page and in the Word report."""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Finding
from .states import FindingKind, VetoItem

_STATUS = {
    "timeout": gettext_lazy("Not open after the time allowed"),
    "dns": gettext_lazy("Address not found"),
    "refused": gettext_lazy("Connection refused"),
    "ssl": gettext_lazy("Secure connection failed"),
    "error": gettext_lazy("Could not be opened"),
}


def status_words(status: str) -> str:
    if status.isdigit():
        return _("HTTP status %(code)s") % {"code": status}
    return str(_STATUS.get(status, _STATUS["error"]))


def evidence_words(finding: Finding) -> str:
    """What was seen, where and when, in one sentence."""
    when = date_format(timezone.localtime(finding.checked_at), "Y-m-d H:i")
    e = finding.evidence or {}
    if finding.kind == FindingKind.BROKEN_LINK:
        if finding.found_on:
            return _("%(status)s; link found on %(page)s; checked %(when)s") % {
                "status": status_words(finding.status),
                "page": finding.found_on,
                "when": when,
            }
        return _("%(status)s; checked %(when)s") % {
            "status": status_words(finding.status),
            "when": when,
        }
    if finding.kind == FindingKind.UNREACHABLE:
        return _("Home page: %(status)s; checked %(when)s") % {
            "status": status_words(finding.status),
            "when": when,
        }
    if finding.kind == FindingKind.STALE_COLUMN:
        latest = finding.latest.isoformat() if finding.latest else _("no dated post")
        return _(
            "Latest post %(latest)s; allowed %(days)s days without update; checked %(when)s"
        ) % {"latest": latest, "days": finding.threshold_days, "when": when}
    if finding.kind == FindingKind.EMPTY_COLUMN:
        return _("The list page shows no post; checked %(when)s") % {"when": when}
    if finding.kind == FindingKind.MISSING_COLUMN:
        return _("No working link to this column on the pages checked; checked %(when)s") % {
            "when": when
        }
    if finding.kind == FindingKind.UNANSWERED_MESSAGES:
        numbers = "、".join(m["number"] for m in e.get("messages", []))
        return _("Messages unanswered for more than 3 months: %(numbers)s") % {"numbers": numbers}
    if finding.kind == FindingKind.NEWMEDIA_STALE:
        latest = finding.latest.isoformat() if finding.latest else _("no post date entered")
        return _(
            "Latest post %(latest)s; allowed %(days)s days without update; the account fails "
            "(veto item); checked %(when)s"
        ) % {"latest": latest, "days": finding.threshold_days, "when": when}
    if finding.kind == FindingKind.NEWMEDIA_INTERACTION:
        return _(
            "Recorded as having no working interaction; the account fails (veto item); "
            "checked %(when)s"
        ) % {"when": when}
    if finding.kind == FindingKind.VETO:
        item = finding.veto_item
        if e.get("manual"):
            return _("Found by the checker: %(note)s") % {"note": e.get("note", "")}
        if item == VetoItem.UNREACHABLE:
            return _("%(failed)s of %(visits)s visits failed") % {
                "failed": e.get("failed"),
                "visits": e.get("visits"),
            }
        if item == VetoItem.HOME_STALE:
            return _("Latest date on the home page: %(latest)s; allowed %(days)s days") % {
                "latest": e.get("latest") or _("none"),
                "days": e.get("threshold_days"),
            }
        if item == VetoItem.COLUMNS_STALE and "empty" in e:  # a check made before the split
            return _("%(stale)s columns not updated, %(empty)s empty; the limit is %(limit)s") % {
                "stale": e.get("stale"),
                "empty": e.get("empty"),
                "limit": e.get("limit"),
            }
        if item == VetoItem.COLUMNS_STALE:
            return _(
                "%(n)s news, notice or policy columns not updated within their window "
                "(%(columns)s); the limit is %(limit)s"
            ) % {"n": e.get("stale"), "columns": "、".join(e.get("columns", [])),
                 "limit": e.get("limit")}  # fmt: skip
        if item == VetoItem.COLUMNS_LONG_STALE:
            return _(
                "%(n)s columns not updated within their window (%(columns)s); the limit is "
                "%(limit)s"
            ) % {"n": e.get("stale"), "columns": "、".join(e.get("columns", [])),
                 "limit": e.get("limit")}  # fmt: skip
        if item == VetoItem.COLUMNS_EMPTY:
            return _("%(n)s empty columns (%(columns)s); the limit is %(limit)s") % {
                "n": e.get("empty"),
                "columns": "、".join(e.get("columns", [])),
                "limit": e.get("limit"),
            }
        if item == VetoItem.POOR_INTERACTION:
            if not e.get("channel"):
                return _("No online enquiry or suggestion channel found")
            return _("%(n)s messages unanswered for more than 3 months") % {
                "n": e.get("unanswered")
            }
    return ""


def finding_name(finding: Finding) -> str:
    """The column or veto item a finding is about; a broken link is named by its address alone."""
    if finding.kind == FindingKind.VETO:
        return finding.get_veto_item_display()
    return finding.title
