"""Every read of the portal: guides, rules, reports, the catalog column, browsing facets."""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, QuerySet
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import visible_org_ids
from gongkai.publishing.models import CatalogEntry, Genre, InformationItem, Theme
from gongkai.publishing.selectors import catalog_tree, item_public_list
from gongkai.reports.due import report_due_on

from .models import AnnualReport, GuideVersion, PublicStatus, RuleDocument

#: Organisations that publish in their own name (divisions publish through their agency).
PUBLISHING_KINDS = [Organisation.Kind.REGION, Organisation.Kind.AGENCY]

#: The Regulations head the 政府信息公开制度 column of every organisation (PORTAL-3).
REGULATIONS = {
    "title": "中华人民共和国政府信息公开条例",
    "doc_number": "国务院令第711号",
    "issued_on": date(2019, 4, 3),
    "link": "https://www.gov.cn/zhengce/content/2019-04/15/content_5382991.htm",
}


def public_orgs() -> QuerySet[Organisation]:
    """Active governments and departments, in tree order."""
    return Organisation.objects.filter(is_active=True, kind__in=PUBLISHING_KINDS).order_by("path")


def public_org_get(*, pk: int) -> Organisation:
    org = public_orgs().filter(pk=pk).first()
    if org is None:
        raise Http404
    return org


def org_children(*, org: Organisation) -> QuerySet[Organisation]:
    """The departments and lower governments whose portals this one links (PORTAL-4)."""
    return public_orgs().filter(parent=org).order_by("sort_order", "name")


def coordinator_orgs(*, user) -> QuerySet[Organisation]:
    """Organisations whose portal columns ``user`` maintains as coordinator."""
    return public_orgs().filter(pk__in=visible_org_ids(user=user, roles={Role.COORDINATOR}))


# --- 政府信息公开指南 --------------------------------------------------------------------------


def guide_current(*, org: Organisation, on: date | None = None) -> GuideVersion | None:
    """The guide version in force on ``on`` (today by default): the latest published one
    effective by then (PUB-GUIDE-1; published only after review, PUB-SECRET-1)."""
    on = on or timezone.localdate()
    return (
        GuideVersion.objects.filter(org=org, effective_from__lte=on, status=PublicStatus.PUBLISHED)
        .order_by("-effective_from", "-number")
        .first()
    )


def guide_contact(org: Organisation) -> dict | None:
    """The disclosure office's contact as the guide in force publishes it (core.contacts)."""
    guide = guide_current(org=org)
    if guide is None:
        return None
    return {
        "office_name": guide.office_name,
        "address": guide.address,
        "phone": guide.phone,
        "email": guide.email,
        "url": reverse("portal:guide_org", args=[org.pk]),
    }


def guide_versions(*, org: Organisation, public: bool = True) -> QuerySet[GuideVersion]:
    """The versions of ``org``'s guide; the public sees only the published ones."""
    qs = GuideVersion.objects.filter(org=org)
    if public:
        qs = qs.filter(status=PublicStatus.PUBLISHED)
    return qs.order_by("-effective_from", "-number")


def guide_orgs(*, on: date | None = None) -> list[Organisation]:
    on = on or timezone.localdate()
    ids = GuideVersion.objects.filter(effective_from__lte=on, status=PublicStatus.PUBLISHED).values(
        "org"
    )
    return list(public_orgs().filter(pk__in=ids))


@dataclass
class GuideSection:
    heading: str
    paragraphs: list[str] = field(default_factory=list)


def guide_text(*, org: Organisation, version: GuideVersion) -> list[GuideSection]:
    """Compose the guide from the organisation's data and the coordinator's fields (Art. 12).

    The generated wording follows the guides agencies publish under the 2019 Regulations:
    主动公开 through this column; 依申请公开 online, by letter or in person. Every sentence is a
    msgid of the portal catalog with named placeholders.
    """
    names = {"org": org.name}
    entries = list(CatalogEntry.objects.filter(org=org, parent=None).order_by("sort_order", "code"))
    classification = [p for p in version.classification.splitlines() if p.strip()]
    if not classification:
        classification = [
            _(
                "%(org)s arranges the information it discloses proactively by its catalog of "
                "government information; each item shows its index number, publishing body, "
                "document number, date written, date published, subject category and validity."
            )
            % names
        ]
        if entries:
            classification.append(
                _("This agency's basic catalog of proactive disclosure is divided into: %(names)s.")
                % {"names": "、".join(e.name for e in entries)}
            )
        classification.append(
            _(
                "Information is also arranged by the State Council's subject categories, "
                "publishing body, document type and year, and can be browsed and searched in "
                "this column."
            )
        )
    apply = [p for p in version.how_to_apply.splitlines() if p.strip()]
    if not apply:
        office = {
            "address": version.address,
            "postcode": version.postcode,
            "hours": version.hours,
            "office": version.office_name,
        }
        by_letter = (
            _(
                "By letter: mark the lower left corner of the envelope “政府信息公开申请” and "
                "send it to %(address)s (postcode %(postcode)s)."
            )
            if version.postcode
            else _(
                "By letter: mark the lower left corner of the envelope “政府信息公开申请” and "
                "send it to %(address)s."
            )
        )
        apply = [
            _(
                "Citizens, legal persons and other organisations may apply to %(org)s for "
                "government information; the application is made in writing (data messages "
                "included)."
            )
            % names,
            _("Online: fill in and submit the form under “依申请公开” in this column."),
            by_letter % office,
            _("In person: fill in the form at %(office)s during office hours (%(hours)s).")
            % office,
            _(
                "Requests that can be answered on the spot are answered on the spot; the others "
                "within 20 working days of receipt. Where more time is needed, the head of this "
                "agency's disclosure office agrees and the applicant is told; the extension is "
                "20 working days at most."
            ),
        ]
    contact = [
        (pgettext("disclosure guide", "Office name"), version.office_name),
        (pgettext("disclosure guide", "Office address"), version.address),
        (pgettext("disclosure guide", "Office hours"), version.hours),
        (pgettext("disclosure guide", "Telephone"), version.phone),
    ]
    contact += [
        (label, value)
        for label, value in (
            (pgettext("disclosure guide", "Fax"), version.fax),
            (pgettext("disclosure guide", "Email"), version.email),
            (pgettext("disclosure guide", "Internet contact"), version.website),
            (pgettext("disclosure guide", "Postcode"), version.postcode),
        )
        if value
    ]
    return [
        GuideSection(
            pgettext("disclosure guide", "1. Proactive disclosure"),
            [
                _(
                    "This guide is drawn up under the Regulations on Government Information "
                    "Disclosure and applies to the disclosure work of %(org)s."
                )
                % names,
                *classification,
                _(
                    "Information disclosed proactively is published within 20 working days of "
                    "the day it is formed or changed, and can be read, searched and downloaded "
                    "in this column."
                ),
            ],
        ),
        GuideSection(pgettext("disclosure guide", "2. Disclosure on request"), apply),
        GuideSection(
            pgettext("disclosure guide", "3. Disclosure office"),
            [
                pgettext("disclosure guide", "%(label)s: %(value)s")
                % {"label": label, "value": value}
                for label, value in contact
            ],
        ),
        GuideSection(
            pgettext("disclosure guide", "4. Supervision and remedies"),
            [
                _(
                    "Citizens, legal persons and other organisations who consider that this "
                    "agency has infringed their lawful rights and interests in its disclosure "
                    "work may complain to or report to the administrative organ one level up or "
                    "the department in charge of government information disclosure, or apply "
                    "for administrative reconsideration or bring an administrative lawsuit "
                    "according to law."
                ),
            ],
        ),
    ]


# --- 政府信息公开制度 and 年报 -----------------------------------------------------------------


def rule_list(*, org: Organisation | None = None, public: bool = True) -> QuerySet[RuleDocument]:
    """Entries of the 政府信息公开制度 column; the public sees only those published after review
    (PUB-SECRET-1)."""
    qs = RuleDocument.objects.select_related("org")
    if public:
        qs = qs.filter(status=PublicStatus.PUBLISHED)
    if org is not None:
        qs = qs.filter(org=org)
    return qs.order_by("level", "org__path", "sort_order", "-issued_on", "pk")


def report_publication_overview(*, user, year: int, today: date | None = None) -> list[dict]:
    """The organisations ``user`` supervises or coordinates and whether each has published its
    report on ``year`` (《条例》第四十九条): due date by kind, published date, overdue."""

    today = today or timezone.localdate()
    roles = {Role.SUPERVISOR, Role.COORDINATOR}
    orgs = public_orgs().filter(pk__in=visible_org_ids(user=user, roles=roles))
    published = dict(
        annual_report_list(year=year).filter(org__in=orgs).values_list("org_id", "published_on")
    )
    rows = []
    for org in orgs:
        due = report_due_on(org=org, year=year)
        rows.append(
            {
                "org": org,
                "due_on": due,
                "published_on": published.get(org.pk),
                "overdue": org.pk not in published and today > due,
            }
        )
    return rows


def annual_report_list(
    *, org: Organisation | None = None, year: int | None = None, public: bool = True
) -> QuerySet[AnnualReport]:
    """Annual reports; the public sees only those published after review (PUB-SECRET-1)."""
    qs = AnnualReport.objects.select_related("org")
    if public:
        qs = qs.filter(is_public=True)
    if org is not None:
        qs = qs.filter(org=org)
    if year is not None:
        qs = qs.filter(year=year)
    return qs.order_by("-year", "org__path")


def annual_report_get(*, pk: int) -> AnnualReport:
    report = AnnualReport.objects.filter(pk=pk, is_public=True).select_related("org").first()
    if report is None:
        raise Http404
    return report


# --- 法定主动公开内容 -----------------------------------------------------------------------------


@dataclass
class CatalogRow:
    entry: CatalogEntry
    depth: int
    count: int  # public items filed under the entry or under any entry below it
    own: int = 0  # filed under the entry itself


def statutory_catalog(*, org: Organisation) -> list[CatalogRow]:
    """The organisation's basic catalog (PUB-SCOPE-4) with how many public items each holds.

    A parent entry counts its own items and its children's: it is never fewer than the sum of
    its children, and its link lists them all.
    """
    own = dict(
        InformationItem.objects.filter(org=org, is_public=True)
        .exclude(catalog_entry=None)
        .order_by()
        .values_list("catalog_entry")
        .annotate(n=Count("pk"))
    )
    rows = [CatalogRow(e, d, 0, own.get(e.pk, 0)) for e, d in catalog_tree(org=org)]
    # Tree order puts each entry before its descendants: walk back, adding each row to its parent.
    by_pk = {row.entry.pk: row for row in rows}
    for row in reversed(rows):
        row.count += row.own
        parent = by_pk.get(row.entry.parent_id)
        if parent is not None:
            parent.count += row.count
    return rows


def catalog_orgs() -> QuerySet[Organisation]:
    """Organisations that have a basic catalog."""
    return public_orgs().filter(pk__in=CatalogEntry.objects.values("org"))


# --- browsing -----------------------------------------------------------------------------------


@dataclass
class BrowseFilters:
    org: Organisation | None = None
    theme: Theme | None = None
    genre: str = ""
    year: int | None = None


def browse_items(filters: BrowseFilters) -> QuerySet[InformationItem]:
    """Public items under the chosen theme, organisation, genre and year, newest first."""
    qs = item_public_list({"org": filters.org, "theme": filters.theme, "year": filters.year})
    if filters.genre:
        qs = qs.filter(genre=filters.genre)
    return qs


def browse_facets() -> dict[str, list]:
    """What each browsing dimension offers, with counts of public items."""
    public = item_public_list().order_by()
    per_theme = dict(public.exclude(theme=None).values_list("theme").annotate(n=Count("pk")))
    parents = dict(Theme.objects.filter(pk__in=per_theme).values_list("pk", "parent_id"))
    theme_counts: dict[int, int] = {}
    for theme_id, n in per_theme.items():
        top = parents.get(theme_id) or theme_id
        theme_counts[top] = theme_counts.get(top, 0) + n
    themes = [
        (t, theme_counts[t.pk])
        for t in Theme.objects.filter(pk__in=theme_counts, parent=None).order_by("number")
    ]
    org_counts = dict(public.values_list("org").annotate(n=Count("pk")))
    orgs = [(o, org_counts[o.pk]) for o in Organisation.objects.filter(pk__in=org_counts)]
    genre_counts = dict(public.values_list("genre").annotate(n=Count("pk")))
    genres = [(g, genre_counts[g]) for g in Genre.values if g in genre_counts]
    per_year = public.annotate(y=ExtractYear("published_on")).values_list("y")
    years = sorted(per_year.annotate(n=Count("pk")).exclude(y=None), reverse=True)
    return {"themes": themes, "orgs": orgs, "genres": genres, "years": years}


def latest_items(*, limit: int = 8) -> list[InformationItem]:
    return list(item_public_list()[:limit])


def theme_get(pk: int) -> Theme | None:
    return Theme.objects.filter(pk=pk).first()
