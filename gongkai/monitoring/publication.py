"""Publishing a quarter's spot-check result (MON-RUN-1: results published; 《条例》第二十条).
Like every published text it goes through publishing's confidentiality review with its privacy
scan: here it only becomes a draft information item, submitted for review; the reviewer
approves it and the office publishes it from the publishing pages."""

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.errors import DomainError
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import user_memberships
from gongkai.publishing.models import Genre, Kind
from gongkai.publishing.services import item_create, item_submit, item_update
from gongkai.publishing.states import EDITABLE

from .docx_file import verdict
from .evidence import evidence_words, finding_name
from .models import QuarterPublication


def quarter_title(year: int, quarter: int) -> str:
    return _("Spot check of government websites, quarter %(quarter)s of %(year)s") % {
        "quarter": quarter,
        "year": year,
    }


def quarter_html(rows: list[dict]) -> str:
    """The report's text as the item's body: each site, its result and its problems."""
    if not rows:
        return f"<p>{escape(_('No site was checked in this quarter.'))}</p>"
    parts = []
    for n, row in enumerate(rows, start=1):
        run = row["run"]
        parts.append(f"<h3>{n}. {escape(row['site'].name)}（{escape(row['site'].base_url)}）</h3>")
        line = _("Checked %(when)s; %(pages)s addresses fetched; result: %(verdict)s") % {
            "when": run.finished_at.strftime("%Y-%m-%d"),
            "pages": run.pages_fetched,
            "verdict": verdict(run),
        }
        parts.append(f"<p>{escape(line)}</p>")
        problems = [f for group in row["groups"] for f in group["rows"]]
        if not problems:
            parts.append(f"<p>{escape(_('No problem found.'))}</p>")
        for finding in problems:
            text = "；".join(
                str(t)
                for t in (
                    finding.get_kind_display(),
                    finding_name(finding),
                    finding.url,
                    evidence_words(finding),
                )
                if t
            )
            parts.append(f"<p>{escape(text)}</p>")
    return "\n".join(parts)


def may_submit(actor) -> bool:
    """Whether ``actor`` may send a quarter's result to review (a coordinator of an office)."""
    return user_memberships(user=actor).filter(role=Role.COORDINATOR).exists()


def _office(actor):
    """The organisation whose office publishes: the actor's first as coordinator."""
    membership = user_memberships(user=actor).filter(role=Role.COORDINATOR).first()
    if membership is None:
        raise DomainError(_("Only a coordinator of the office can submit the result."))
    return membership.org


@transaction.atomic
def quarter_submit(*, actor, year: int, quarter: int, rows: list[dict]) -> int:
    """Make the quarter's result an information item and send it to confidentiality review;
    return how many pieces of personal data the scan found. Resubmitting a returned item
    updates it; one in review or published is refused."""
    today = timezone.localdate()
    fields = {
        "kind": Kind.GENERAL,
        "title": quarter_title(year, quarter),
        "written_on": today,
        "formed_on": today,
        "genre": Genre.REPORT,
        "keywords": "网站抽查",
        "summary": _("Results of the quarter's spot check of government websites."),
        "body": quarter_html(rows),
    }
    pub = QuarterPublication.objects.select_for_update().filter(year=year, quarter=quarter).first()
    if pub is None:
        item = item_create(org=_office(actor), actor=actor, fields=fields)
        pub = QuarterPublication.objects.create(year=year, quarter=quarter, item=item)
    elif pub.item.status in EDITABLE:
        item = pub.item
        item_update(item=item, actor=actor, fields=fields)
    else:
        raise DomainError(_("This quarter's result is already in review or published."))
    found = item_submit(item=item, actor=actor)
    audit_record(
        actor=actor,
        obj=pub,
        action="monitoring.quarter_submit",
        after={"item": str(item.pk)},
        org=item.org,
    )
    return found
