"""Every read of the portal: guides, rules, reports, the catalog column, browsing facets."""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, QuerySet
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.urls import reverse
from django.utils import timezone

from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import visible_org_ids
from gongkai.publishing.models import CatalogEntry, Genre, InformationItem, Theme
from gongkai.publishing.selectors import catalog_tree, item_public_list

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
    主动公开 through this column; 依申请公开 online, by letter or in person.
    """
    entries = list(CatalogEntry.objects.filter(org=org, parent=None).order_by("sort_order", "code"))
    classification = [p for p in version.classification.splitlines() if p.strip()]
    if not classification:
        classification = [
            f"{org.name}主动公开的政府信息按照本机关《政府信息公开目录》进行分类编排，"
            "每条信息标明索引号、发布机构、文号、成文日期、发布日期、主题分类和有效性。"
        ]
        if entries:
            names = "、".join(e.name for e in entries)
            classification.append(f"本机关主动公开基本目录分为：{names}。")
        classification.append(
            "信息同时按国务院公文主题分类、发布机构、公文种类和年份编排，可在本专栏浏览和检索。"
        )
    apply = [p for p in version.how_to_apply.splitlines() if p.strip()]
    if not apply:
        apply = [
            f"公民、法人或者其他组织可以向{org.name}申请获取相关政府信息，"
            "申请应当采用书面形式（包括数据电文形式）。",
            "在线申请：通过本专栏“依申请公开”栏目填写申请表提交。",
            f"信函申请：请在信封左下角注明“政府信息公开申请”字样，寄至{version.address}"
            + (f"（邮编：{version.postcode}）" if version.postcode else "")
            + "。",
            f"当面申请：请于办公时间（{version.hours}）到{version.office_name}填写申请表。",
            "本机关收到申请后，能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内"
            "予以答复；需要延长答复期限的，经本机关政府信息公开工作机构负责人同意并告知申请人，"
            "延长的期限最长不超过20个工作日。",
        ]
    contact = [
        f"机构名称：{version.office_name}",
        f"办公地址：{version.address}",
        f"办公时间：{version.hours}",
        f"联系电话：{version.phone}",
    ]
    for label, value in (
        ("传真号码", version.fax),
        ("电子邮箱", version.email),
        ("互联网联系方式", version.website),
        ("邮政编码", version.postcode),
    ):
        if value:
            contact.append(f"{label}：{value}")
    return [
        GuideSection(
            "一、主动公开",
            [
                f"本指南依据《中华人民共和国政府信息公开条例》编制，"
                f"适用于{org.name}的政府信息公开工作。",
                *classification,
                "主动公开的政府信息自形成或者变更之日起20个工作日内予以公开，"
                "可通过本专栏查阅、检索和下载。",
            ],
        ),
        GuideSection("二、依申请公开", apply),
        GuideSection("三、政府信息公开工作机构", contact),
        GuideSection(
            "四、监督和救济",
            [
                "公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，"
                "可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，"
                "也可以依法申请行政复议或者提起行政诉讼。",
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
