"""Rebuild the search index from the stored documents, after loading organisation names."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from gongkai.search.services import index_sources, reindex_all, sync_org_terms


class Command(BaseCommand):
    help = "Add organisation names to the search dictionary and rebuild the search index."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--sources",
            action="store_true",
            help="First index every published object again from its app (after an upgrade).",
        )

    def handle(self, *args, **options) -> None:
        if options["sources"]:
            index_sources()
        added = sync_org_terms()
        done = reindex_all()
        message = _("%(added)d organisation names added to the dictionary; %(done)d indexed.")
        self.stdout.write(message % {"added": added, "done": done})
