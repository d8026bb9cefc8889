"""`gongkai workdays …`: working-day arithmetic and loading a year's holiday schedule."""

from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from gongkai.core.dates import NotADate, parse_date
from gongkai.core.errors import DomainError
from gongkai.workdays.calendar import library_days
from gongkai.workdays.models import DayOverride, YearSchedule
from gongkai.workdays.schedule_file import ScheduleFileError, format_schedule
from gongkai.workdays.selectors import current_calendar
from gongkai.workdays.services import schedule_load


def _date(value: str) -> date:
    try:
        day = parse_date(value)
    except NotADate:
        day = None
    if day is None:
        raise CommandError(
            _("“%(value)s” is not a date in the form YYYY-MM-DD.") % {"value": value}
        )
    return day


class Command(BaseCommand):
    help = "Working-day arithmetic on the holiday calendar, and loading yearly schedules."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        add = sub.add_parser("add", help="print the N-th working day after START")
        add.add_argument("start")
        add.add_argument("days", type=int)
        add.add_argument("--explain", action="store_true", help="list the days counted")
        between = sub.add_parser("between", help="count working days after A up to B")
        between.add_argument("start")
        between.add_argument("end")
        check = sub.add_parser("check", help="tell whether DATE is a working day")
        check.add_argument("day")
        load = sub.add_parser("load", help="load a year's schedule from FILE")
        load.add_argument("file")
        export = sub.add_parser("export", help="print a year's schedule in the file format")
        export.add_argument("year", type=int)
        sub.add_parser("years", help="list the years the calendar covers")

    def handle(self, *args, **options):
        try:
            getattr(self, "do_" + options["action"])(options)
        except ScheduleFileError as exc:
            raise CommandError("\n".join([_("The schedule was not loaded:"), *exc.errors])) from exc
        except DomainError as exc:
            raise CommandError(exc.message) from exc

    def do_add(self, options) -> None:
        start = _date(options["start"])
        cal = current_calendar()
        result = cal.add_workdays(start, options["days"])
        if options["explain"]:
            first, last = (start, result) if result >= start else (result, start)
            for day in cal.workdays_in(first, last):
                self.stdout.write(f"  {day.isoformat()} {cal.day_label(day)}")
        self.stdout.write(result.isoformat())

    def do_between(self, options) -> None:
        count = current_calendar().workdays_between(_date(options["start"]), _date(options["end"]))
        self.stdout.write(str(count))

    def do_check(self, options) -> None:
        day = _date(options["day"])
        cal = current_calendar()
        self.stdout.write(f"{day.isoformat()} {cal.day_label(day)}")

    def do_load(self, options) -> None:
        path = Path(options["file"])
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError as exc:
            raise CommandError(_("File not found: %(path)s") % {"path": path}) from exc
        except UnicodeDecodeError as exc:
            raise CommandError(_("The file must be UTF-8 text.")) from exc
        schedule = schedule_load(text=text, source=path.name)
        days = schedule.days.count()
        self.stdout.write(
            _("Loaded the %(year)d schedule: %(days)d days. Open deadlines were recomputed.")
            % {"year": schedule.year, "days": days}
        )

    def do_export(self, options) -> None:
        year = options["year"]
        schedule = YearSchedule.objects.filter(year=year).first()
        if schedule:
            days = [(d.day, d.is_workday, d.name) for d in schedule.days.all()]
            notice = schedule.notice
        else:
            days, notice = library_days(year), ""
            if not days:
                raise CommandError(
                    _("No schedule for %(year)d is loaded or built in.") % {"year": year}
                )
        days += [
            (d.day, d.is_workday, d.name)
            for d in DayOverride.objects.filter(day__year=year, schedule__isnull=True)
        ]
        self.stdout.write(format_schedule(year, notice, days), ending="")

    def do_years(self, options) -> None:
        cal = current_calendar()
        from gongkai.workdays.calendar import LIBRARY_YEARS

        years = sorted(set(LIBRARY_YEARS) | set(cal.loaded_years))
        for year in years:
            source = _("loaded") if year in cal.loaded_years else _("built-in")
            self.stdout.write(f"{year} {source}")
