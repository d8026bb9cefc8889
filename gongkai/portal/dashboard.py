"""Dashboard cards for coordinators: the guide in force and last year's annual report."""

from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.reports.due import report_due_on

from .selectors import annual_report_list, coordinator_orgs, guide_current

MAX_ORGS = 2


def portal_cards(request: HttpRequest) -> list[dict]:
    """Up to two organisations the user coordinates: guide version and the annual report."""
    today = timezone.localdate()
    year = today.year - 1
    cards = []
    for org in coordinator_orgs(user=request.user)[:MAX_ORGS]:
        # 《条例》第四十九条: departments by 31 January, people's governments by 31 March
        due = report_due_on(org=org, year=year)
        guide = guide_current(org=org, on=today)
        cards.append(
            {
                "title": _("Disclosure guide of %(org)s") % {"org": org.display_name},
                "value": _("Version %(n)s") % {"n": guide.number} if guide else _("None"),
                "url": reverse("portal:office_guide") + f"?org={org.pk}",
                "tone": "ok" if guide else "danger",
            }
        )
        published = annual_report_list(org=org, year=year).exists()
        cards.append(
            {
                "title": _("Annual report %(year)s of %(org)s (due %(due)s)")
                % {"year": year, "org": org.display_name, "due": due.strftime("%m-%d")},
                "value": _("Published") if published else _("Not published"),
                "url": reverse("portal:office_reports") + f"?org={org.pk}",
                "tone": "ok" if published else ("danger" if today > due else ""),
            }
        )
    return cards
