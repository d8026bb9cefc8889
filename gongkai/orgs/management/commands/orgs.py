"""`gongkai orgs import FILE`: import organisations and users from an Excel workbook."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError
from gongkai.core.xlsx import ImportFailed
from gongkai.orgs.importer import import_workbook


class Command(BaseCommand):
    help = "Import the organisation tree and users from an Excel workbook (all or nothing)."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser("import", help="import FILE (.xlsx)")
        imp.add_argument("file")

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(_("File not found: %(path)s") % {"path": path})
        try:
            result = import_workbook(path.read_bytes())
        except ImportFailed as exc:
            raise CommandError("\n".join([_("Nothing was imported:"), *exc.errors])) from exc
        except DomainError as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(
            _(
                "Imported %(orgs)d organisations, %(aliases)d aliases, %(users)d users, "
                "%(roles)d role assignments."
            )
            % {
                "orgs": result.orgs_created,
                "aliases": result.aliases_added,
                "users": result.users_created,
                "roles": result.roles_granted,
            }
        )
