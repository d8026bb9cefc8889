"""`gongkai backup [FILE]`: the database and every uploaded file in one archive."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.backup import backup_write
from gongkai.core.errors import DomainError


class Command(BaseCommand):
    help = "Back up the database and the uploaded files into one archive (.tar.gz, mode 0600)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "file",
            nargs="?",
            help="archive to write (default: gongkai-backup-DATE-TIME.tar.gz here)",
        )

    def handle(self, *args, **options):
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
        target = Path(options["file"] or f"gongkai-backup-{stamp}.tar.gz")
        if target.exists():
            raise CommandError(_("%(path)s already exists; name another file.") % {"path": target})
        try:
            summary = backup_write(target)
        except DomainError as exc:
            target.unlink(missing_ok=True)
            raise CommandError(exc.message) from exc
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        self.stdout.write(
            _("Backup written to %(path)s: the %(vendor)s database and %(files)d files (%(size)s).")
            % {
                "path": target,
                "vendor": summary.vendor,
                "files": summary.files,
                "size": filesizeformat(summary.bytes),
            }
        )
