"""RSS and Atom feeds of newly published items (django.contrib.syndication)."""

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from gongkai.publishing.selectors import item_public_list

FEED_SIZE = 30


class LatestItemsFeed(Feed):
    description = _("Government information newly published under the Regulations.")

    def title(self) -> str:
        return f"{settings.GONGKAI_SITE_NAME} · {_('Latest information')}"

    def link(self) -> str:
        return reverse("portal:home")

    def items(self):
        return item_public_list()[:FEED_SIZE]

    def item_title(self, item) -> str:
        return item.title

    def item_description(self, item) -> str:
        parts = [item.org.name]
        if item.doc_number:
            parts.append(item.doc_number)
        return " · ".join(parts) + ("\n" + item.summary if item.summary else "")

    def item_link(self, item) -> str:
        return item.get_public_url()

    def item_pubdate(self, item) -> datetime.datetime:
        moment = datetime.datetime.combine(item.published_on, datetime.time(8, 0))
        return timezone.make_aware(moment)

    def item_author_name(self, item) -> str:
        return item.org.name

    def item_guid(self, item) -> str:
        return item.index_number or item.get_public_url()

    item_guid_is_permalink = False


class LatestItemsAtomFeed(LatestItemsFeed):
    feed_type = Atom1Feed
    subtitle = LatestItemsFeed.description
