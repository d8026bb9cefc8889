"""Calendar pages: years covered, a year's days, loading a year, correcting a day."""

import calendar as pycal
from datetime import date

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.permissions import coordinator_required, staff_required
from gongkai.core.views import office_context

from .calendar import LIBRARY_YEARS, YearNotCovered
from .forms import DayForm, ScheduleLoadForm
from .models import DayOverride, YearSchedule
from .schedule_file import ScheduleFileError
from .selectors import current_calendar, missing_years
from .services import day_set, schedule_load


@staff_required
def calendar_overview(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    loaded = {s.year: s for s in YearSchedule.objects.select_related("loaded_by")}
    years = []
    for year in range(today.year - 3, today.year + 2):
        if year in loaded:
            source = _("loaded: %(notice)s") % {
                "notice": loaded[year].notice or loaded[year].source
            }
        elif year in LIBRARY_YEARS:
            source = _("built-in (chinese-calendar)")
        else:
            source = ""
        years.append({"year": year, "source": source, "covered": bool(source)})
    context = office_context(
        request,
        years=years,
        missing=missing_years(today=today),
        overrides=DayOverride.objects.filter(schedule__isnull=True).order_by("-day")[:20],
    )
    return render(request, "workdays/calendar_overview.html", context)


@staff_required
def calendar_year(request: HttpRequest, year: int) -> HttpResponse:
    cal = current_calendar()
    if not cal.covers(year):
        messages.error(request, YearNotCovered(year).message)
        return redirect("workdays:overview")
    months = []
    for month in range(1, 13):
        weeks = []
        for week in pycal.Calendar(firstweekday=0).monthdatescalendar(year, month):
            cells = []
            for day in week:
                if day.month != month:
                    cells.append(None)
                    continue
                work = cal.is_workday(day)
                kind = (
                    "work" if work and day.weekday() < 5 else ("work-adjusted" if work else "off")
                )
                cells.append({"day": day, "kind": kind})
            weeks.append(cells)
        months.append({"month": month, "weeks": weeks})
    context = office_context(request, year=year, months=months)
    return render(request, "workdays/calendar_year.html", context)


@coordinator_required
def calendar_load(request: HttpRequest) -> HttpResponse:
    form = ScheduleLoadForm(request.POST or None, request.FILES or None)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            schedule = schedule_load(
                text=form.cleaned_data["text"],
                actor=request.user,
                source=form.cleaned_data.get("source", ""),
            )
        except ScheduleFileError as exc:
            errors = exc.errors
        else:
            messages.success(
                request,
                _("The %(year)d schedule is loaded; open deadlines have been recomputed.")
                % {"year": schedule.year},
            )
            return redirect("workdays:year", year=schedule.year)
    example = date(timezone.localdate().year + 1, 1, 1).year
    context = office_context(request, form=form, errors=errors, example_year=example)
    return render(request, "workdays/calendar_load.html", context)


@coordinator_required
def calendar_day(request: HttpRequest) -> HttpResponse:
    form = DayForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        day_set(actor=request.user, **form.cleaned_data)
        messages.success(request, _("The day has been saved."))
        return redirect("workdays:overview")
    return render(request, "workdays/calendar_day.html", office_context(request, form=form))
