"""Sitemap sections of consultations and published messages (their public, masked pages)."""

from django.contrib.sitemaps import Sitemap

from .selectors import consultation_public_list, message_public_list


class ConsultationSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.6
    limit = 5000

    def items(self):
        return consultation_public_list().order_by("-pk")

    def location(self, consultation) -> str:
        return consultation.get_public_url()


class MessageSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.4
    limit = 5000

    def items(self):
        return message_public_list().select_related(None).only("pk")

    def location(self, message) -> str:
        return message.get_public_url()
