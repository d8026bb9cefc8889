"""`gongkai applications due|fee|import`: a reply deadline or a fee from the command line, with
reasons; past requests from an agency's earlier register."""

from argparse import ArgumentParser
from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from gongkai.applications.clock import ClockEvent, EventKind, compute_clock
from gongkai.applications.fees import fee_per_page, pages_by_band, request_band
from gongkai.core.commands import TranslatedCommand
from gongkai.core.dates import NotADate, parse_date
from gongkai.core.errors import DomainError
from gongkai.core.xlsx import ImportFailed
from gongkai.orgs.models import Organisation
from gongkai.orgs.selectors import org_resolve
from gongkai.workdays.calendar import YearNotCovered
from gongkai.workdays.selectors import current_calendar

#: The option each event of a what-if comes from, to name it in error messages.
ARGUMENT = {
    EventKind.RECEIVED: "--received",
    EventKind.CORRECTION_REQUESTED: "--correction-requested",
    EventKind.CORRECTED: "--corrected",
    EventKind.CONSULTATION_SENT: "--pause / --consultation",
    EventKind.CONSULTATION_ANSWERED: "--pause / --consultation",
}


def _consultation(value: str) -> tuple[date, date, date | None]:
    """Read SENT:DELIVERED[:ANSWERED]: a 征求意见书 and, if it came, the answer's day."""
    parts = value.split(":")
    if len(parts) not in (2, 3):
        raise CommandError(
            _(
                "--consultation: “%(value)s” must be SENT:DELIVERED or SENT:DELIVERED:ANSWERED, "
                "such as 2024-10-08:2024-10-09."
            )
            % {"value": value}
        )
    sent = _date(parts[0], "--consultation SENT")
    delivered = _date(parts[1], "--consultation DELIVERED")
    answered = _date(parts[2], "--consultation ANSWERED") if len(parts) == 3 else None
    if delivered < sent:
        raise CommandError(
            _("--consultation: DELIVERED (%(delivered)s) is before SENT (%(sent)s).")
            % {"delivered": delivered, "sent": sent}
        )
    if answered is not None and answered < sent:
        raise CommandError(
            _("--consultation: ANSWERED (%(answered)s) is before SENT (%(sent)s).")
            % {"answered": answered, "sent": sent}
        )
    return sent, delivered, answered


def _date(value: str, argument: str) -> date:
    try:
        day = parse_date(value)
    except NotADate:
        day = None
    if day is None:
        raise CommandError(
            _("%(argument)s: “%(value)s” is not a date; write it as YYYY-MM-DD.")
            % {"argument": argument, "value": value}
        )
    return day


def _pause(value: str) -> tuple[date, date]:
    sent, sep, answered = value.partition(":")
    if not sep:
        raise CommandError(
            _("--pause: “%(value)s” must be FROM:TO, two dates such as 2024-10-08:2024-10-15.")
            % {"value": value}
        )
    start, end = _date(sent, "--pause FROM"), _date(answered, "--pause TO")
    if start > end:
        raise CommandError(
            _("--pause: FROM (%(start)s, the day the letter was sent) is after TO (%(end)s).")
            % {"start": start, "end": end}
        )
    return start, end


def _extension(value: str | None) -> int:
    if value is None:
        return 0
    try:
        days = int(value)
    except ValueError:
        days = -1
    if not 0 <= days <= 20:
        raise CommandError(
            _(
                "--extension: “%(value)s” is not a number of working days from 0 to 20 "
                "(REQ-DEADLINE-3, 《条例》第三十三条第二款)."
            )
            % {"value": value}
        )
    return days


def _count(value: str, argument: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise CommandError(
            _("%(argument)s: “%(value)s” is not a whole number from 1 up.")
            % {"argument": argument, "value": value}
        )
    return number


def _org(value: str) -> Organisation:
    """The agency named on the command line: by organisation code, else by name or alias."""
    by_code = list(Organisation.objects.filter(code=value.strip())[:2]) if value.strip() else []
    if len(by_code) == 1:
        return by_code[0]
    org = org_resolve(name=value)
    if org is None:
        raise CommandError(
            _("--org: no organisation has the code or name “%(value)s”.") % {"value": value}
        )
    return org


class Command(TranslatedCommand):
    help = gettext_lazy(
        "Disclosure requests: compute a reply deadline (`due`) or an information-processing fee "
        "(`fee`); import past requests from an Excel register (`import`)."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        commands = parser.add_subparsers(dest="subcommand", required=True)
        due = commands.add_parser(
            "due",
            help=gettext_lazy("Print the reply due date and how it was counted."),
        )
        for option, text in (
            ("--received", gettext_lazy("Receipt date.")),
            ("--corrected", gettext_lazy("Receipt date of the corrected request.")),
            (
                "--correction-requested",
                gettext_lazy("Day the correction notice was sent (default: the receipt date)."),
            ),
            ("--today", gettext_lazy("Count remaining days as of this date.")),
        ):
            due.add_argument(option, metavar="DATE", help=text, required=option == "--received")
        due.add_argument(
            "--pause",
            action="append",
            default=[],
            metavar="FROM:TO",
            help=gettext_lazy(
                "A consultation: the day the letter was sent and the day the "
                "answer came. Repeatable."
            ),
        )
        due.add_argument(
            "--consultation",
            action="append",
            default=[],
            metavar="SENT:DELIVERED[:ANSWERED]",
            help=gettext_lazy(
                "A consultation letter: the day it was sent, the day the addressee received it "
                "and, if an answer came, its day. Without an answer the pause ends when the "
                "15 working days after delivery end. Repeatable."
            ),
        )
        due.add_argument(
            "--extension", metavar="N", help=gettext_lazy("Extension in working days, 0 to 20.")
        )
        due.add_argument(
            "--explain-days",
            action="store_true",
            help=gettext_lazy("List every counted and paused working day."),
        )

        fee = commands.add_parser(
            "fee",
            help=gettext_lazy(
                "Print the fee in yuan of one request, per request or per page "
                "(国办函〔2020〕109号)."
            ),
        )
        method = fee.add_mutually_exclusive_group(required=True)
        method.add_argument(
            "--nth",
            metavar="N",
            help=gettext_lazy("Per request: the request is the applicant's N-th this month."),
        )
        method.add_argument(
            "--pages", metavar="P", help=gettext_lazy("Per page: the request has P pages.")
        )

        imp = commands.add_parser(
            "import",
            help=gettext_lazy(
                "Import past requests from an Excel register (sheet 申请), all or nothing."
            ),
        )
        imp.add_argument("file", metavar="FILE.xlsx")
        imp.add_argument(
            "--org",
            required=True,
            metavar="CODE",
            help=gettext_lazy("The agency: its organisation code, or its official or short name."),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["subcommand"] == "due":
            self.due(**options)
        elif options["subcommand"] == "fee":
            self.fee(**options)
        elif options["subcommand"] == "import":
            self.import_register(**options)

    def import_register(self, **options: Any) -> None:
        """Import the register and print what came in; every bad row and exit 1 if any."""
        from gongkai.applications.services import applications_import

        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(_("File not found: %(path)s") % {"path": path})
        org = _org(options["org"])
        try:
            summary = applications_import(org=org, data=path.read_bytes(), actor=None)
        except ImportFailed as exc:
            raise CommandError("\n".join([_("Nothing was imported:"), *exc.errors])) from exc
        except DomainError as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(summary.text)
        for year, count in summary.by_year.items():
            self.stdout.write(
                _("  received in %(year)d: %(count)d") % {"year": year, "count": count}
            )

    def fee(self, **options: Any) -> None:
        """Print how one request's fee is counted, then the fee in yuan alone on the last line.

        One method per request (REQ-FEE-2): per request (REQ-FEE-3, 第四条), only this request is
        charged, at the rate of its place in the month; per page (REQ-FEE-4, 第五条), each page
        at the rate of its band. The bands are the rules' defaults, not an agency's settings.
        """
        if options["nth"] is not None:
            nth = _count(options["nth"], "--nth")
            band = request_band(nth)
            last = band.last if band.last is not None else "…"
            self.stdout.write(
                _(
                    "Per request (国办函〔2020〕109号 第四条): request no. %(n)d of the applicant "
                    "in the month falls in the band %(first)d–%(last)s, at %(rate)d yuan per "
                    "request; only this request is charged."
                )
                % {"n": nth, "first": band.first, "last": last, "rate": band.rate}
            )
            self.stdout.write(str(band.rate))
            return
        pages = _count(options["pages"], "--pages")
        for share in pages_by_band(pages):
            self.stdout.write(
                _("Pages %(first)d–%(last)d: %(count)d × %(rate)d = %(sum)d yuan")
                % {
                    "first": share.band.first,
                    "last": share.last,
                    "count": share.count,
                    "rate": share.band.rate,
                    "sum": share.count * share.band.rate,
                }
            )
        self.stdout.write(
            _("Per page (国办函〔2020〕109号 第五条): %(pages)d pages.") % {"pages": pages}
        )
        self.stdout.write(str(fee_per_page(pages)))

    def due(self, **options: Any) -> None:
        received = _date(options["received"], "--received")
        events = [ClockEvent(EventKind.RECEIVED, received)]
        notes = []
        if options["corrected"]:
            corrected = _date(options["corrected"], "--corrected")
            if options["correction_requested"]:
                requested = _date(options["correction_requested"], "--correction-requested")
            else:
                requested = received
                notes.append(
                    _(
                        "--correction-requested not given: the correction notice is taken to have "
                        "been sent on the receipt date, %(day)s."
                    )
                    % {"day": received}
                )
            if corrected < requested:
                raise CommandError(
                    _("--corrected (%(corrected)s) is before the correction notice (%(notice)s).")
                    % {"corrected": corrected, "notice": requested}
                )
            events += [
                ClockEvent(EventKind.CORRECTION_REQUESTED, requested),
                ClockEvent(EventKind.CORRECTED, corrected),
            ]
        for n, value in enumerate(options["pause"], start=1):
            sent, answered = _pause(value)
            ref = f"--pause {n}"
            events += [
                ClockEvent(EventKind.CONSULTATION_SENT, sent, ref=ref),
                ClockEvent(EventKind.CONSULTATION_ANSWERED, answered, ref=ref),
            ]
        for n, value in enumerate(options["consultation"], start=1):
            sent, delivered, answered = _consultation(value)
            ref = f"--consultation {n}"
            events.append(
                ClockEvent(EventKind.CONSULTATION_SENT, sent, delivered_on=delivered, ref=ref)
            )
            if answered is not None:
                events.append(ClockEvent(EventKind.CONSULTATION_ANSWERED, answered, ref=ref))
        for event in events:
            if event.day < received:
                raise CommandError(
                    _("%(argument)s (%(day)s) is before --received (%(received)s).")
                    % {"argument": ARGUMENT[event.kind], "day": event.day, "received": received}
                )
        extension = _extension(options["extension"])
        if extension:
            events.append(ClockEvent(EventKind.EXTENSION_APPROVED, received, days=extension))
            notes.append(
                _(
                    "--extension: the approval date is not asked for; the extension is shown as "
                    "approved on the receipt date, %(day)s, which does not change the count."
                )
                % {"day": received}
            )
        today = _date(options["today"], "--today") if options["today"] else timezone.localdate()
        try:
            result = compute_clock(
                events, current_calendar(), today, explain_days=options["explain_days"]
            )
        except YearNotCovered as exc:
            raise CommandError(
                _(
                    "The count from --received %(received)s reaches %(year)d, and no holiday "
                    "schedule is loaded for %(year)d (缺少该年度节假日安排): the due date "
                    "cannot be computed. Load the State Council's notice first: gongkai "
                    "workdays load FILE."
                )
                % {"received": received, "year": exc.year}
            ) from exc
        except DomainError as exc:
            raise CommandError(exc.message) from exc
        for line in [*notes, *result.explanation_lines]:
            self.stdout.write(line)
        self.stdout.write(result.due_on.isoformat() if result.due_on else "")
