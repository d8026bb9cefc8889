"""Compact the search index after a bulk import (run when the portal is quiet: it locks)."""

import time

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from gongkai.search.backends import get_backend


class Command(BaseCommand):
    help = "Compact the search index after a bulk import; searches wait while it runs."

    def handle(self, *args, **options) -> None:
        started = time.monotonic()
        get_backend().optimize()
        seconds = time.monotonic() - started
        self.stdout.write(_("Search index compacted in %(seconds).1f s.") % {"seconds": seconds})
