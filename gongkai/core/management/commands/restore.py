"""`gongkai restore FILE [--force]`: put back the database and the files of a backup."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from gongkai.core.backup import backup_restore
from gongkai.core.errors import DomainError


class Command(BaseCommand):
    help = (
        "Restore the database and the uploaded files from an archive written by `gongkai "
        "backup`. Stop the web and job processes first."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="archive written by `gongkai backup`")
        parser.add_argument(
            "--force",
            action="store_true",
            help="overwrite a database that already holds accounts or organisations",
        )

    def handle(self, *args, **options):
        source = Path(options["file"])
        if not source.is_file():
            raise CommandError(_("File not found: %(path)s") % {"path": source})
        try:
            summary = backup_restore(source, force=options["force"])
        except DomainError as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(
            _("Restored the %(vendor)s database and %(files)d files from %(path)s.")
            % {"vendor": summary.vendor, "files": summary.files, "path": source}
        )
        if summary.migrations_to_apply:
            self.stdout.write(
                _(
                    "The archive predates %(count)d migrations of this version; run `gongkai "
                    "migrate` now."
                )  # fmt: skip
                % {"count": len(summary.migrations_to_apply)}
            )
