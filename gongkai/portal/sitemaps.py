"""The sitemap: the portal's own pages, every public item, the organisation pages, consultations,
published messages and gazette issues."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from gongkai.gazette.sitemaps import GazetteSitemap
from gongkai.participation.sitemaps import ConsultationSitemap, MessageSitemap
from gongkai.publishing.selectors import item_public_list

from .selectors import public_orgs


class PortalSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.8

    def items(self) -> list[str]:
        return [
            "portal:home",
            "portal:guide",
            "portal:rules",
            "portal:statutory",
            "portal:annual_reports",
            "portal:browse",
            "portal:orgs",
            "info:index",
            "info:normative",
            "info:lists",
            "apply:guide",
            "participate:consultations",
            "participate:messages",
        ]

    def location(self, item: str) -> str:
        return reverse(item)


class ItemSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6
    limit = 5000

    def items(self):
        return item_public_list().select_related(None).only("pk", "published_on", "updated_at")

    def location(self, item) -> str:
        return item.get_public_url()

    def lastmod(self, item):
        return item.updated_at


class OrgSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return public_orgs()

    def location(self, org) -> str:
        return reverse("portal:org", args=[org.pk])


SITEMAPS = {
    "portal": PortalSitemap,
    "items": ItemSitemap,
    "orgs": OrgSitemap,
    "consultations": ConsultationSitemap,
    "messages": MessageSitemap,
    "gazette": GazetteSitemap,
}
