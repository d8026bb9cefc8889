"""Sitemap section of the published gazette issues."""

from django.contrib.sitemaps import Sitemap

from .selectors import public_issues


class GazetteSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5
    limit = 5000

    def items(self):
        return public_issues().select_related(None).only("pk", "updated_at").order_by("-pk")

    def location(self, issue) -> str:
        return issue.get_public_url()

    def lastmod(self, issue):
        return issue.updated_at
