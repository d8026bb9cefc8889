"""Calendar pages: years covered, a year's days, loading a year, correcting a day."""

from datetime import date

from django.contrib import messages
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.permissions import coordinator_required, staff_required
from gongkai.core.views import office_context

from .calendar import LIBRARY_YEARS, YearNotCovered
from .forms import DayForm, ScheduleLoadForm
from .grid import festival_summary, preview_calendar, year_grid
from .models import DayOverride, YearSchedule
from .notice import parse_any
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
            source = _("built in, from the State Council notices")
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
    names = dict(DayOverride.objects.filter(day__year=year).values_list("day", "name"))
    months = year_grid(cal, year, names)
    context = office_context(request, year=year, months=months)
    return render(request, "workdays/calendar_year.html", context)


LOAD_SALT = "workdays.calendar_load"
LOAD_MAX_AGE = 3 * 3600  # the pasted text waits this long on the confirmation page


@coordinator_required
def calendar_load(request: HttpRequest) -> HttpResponse:
    """Paste the notice, check the parsed year on a confirmation page, then store it.

    The text travels from the check to the store in a signed token, so what is stored is what
    was shown; "back" returns to the form with the text still in the box.
    """
    if request.method == "POST" and "token" in request.POST:
        return _calendar_load_confirm(request)
    form = ScheduleLoadForm(request.POST or None, request.FILES or None)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        text, source = form.cleaned_data["text"], form.cleaned_data.get("source", "")
        try:
            schedule = parse_any(text)
        except ScheduleFileError as exc:
            errors = exc.errors
        else:
            token = signing.dumps({"text": text, "source": source}, salt=LOAD_SALT, compress=True)
            return _render_confirmation(request, schedule, text, token)
    return _render_load_form(request, form, errors)


def _render_load_form(request: HttpRequest, form: ScheduleLoadForm, errors: list[str]):
    example = date(timezone.localdate().year + 1, 1, 1).year
    context = office_context(request, form=form, errors=errors, example_year=example)
    return render(request, "workdays/calendar_load.html", context)


def _render_confirmation(request: HttpRequest, schedule, text: str, token: str) -> HttpResponse:
    cal = current_calendar()
    if schedule.year in cal.loaded_years:
        replaces = "loaded"
    elif schedule.year in LIBRARY_YEARS:
        replaces = "built-in"
    else:
        replaces = ""
    names = {day: name for day, (_w, name) in schedule.days.items()}
    context = office_context(
        request,
        schedule=schedule,
        festivals=festival_summary(schedule),
        months=year_grid(preview_calendar(schedule), schedule.year, names),
        other_year_days=[
            (day, workday, name)
            for day, (workday, name) in sorted(schedule.days.items())
            if day.year != schedule.year
        ],
        off_count=sum(1 for w, _n in schedule.days.values() if not w),
        work_count=sum(1 for w, _n in schedule.days.values() if w),
        replaces=replaces,
        token=token,
    )
    return render(request, "workdays/calendar_load_confirm.html", context)


def _calendar_load_confirm(request: HttpRequest) -> HttpResponse:
    try:
        data = signing.loads(request.POST["token"], salt=LOAD_SALT, max_age=LOAD_MAX_AGE)
    except signing.BadSignature:
        messages.error(request, _("The check has expired; paste the notice again."))
        return redirect("workdays:load")
    if "back" in request.POST:
        form = ScheduleLoadForm(initial={"text": data["text"], "source": data["source"]})
        return _render_load_form(request, form, [])
    try:
        schedule = schedule_load(text=data["text"], actor=request.user, source=data["source"])
    except ScheduleFileError as exc:
        form = ScheduleLoadForm(initial={"text": data["text"], "source": data["source"]})
        return _render_load_form(request, form, exc.errors)
    messages.success(
        request,
        _("The %(year)d schedule is loaded; open deadlines have been recomputed.")
        % {"year": schedule.year},
    )
    return redirect("workdays:year", year=schedule.year)


@coordinator_required
def calendar_day(request: HttpRequest) -> HttpResponse:
    form = DayForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        day_set(actor=request.user, **form.cleaned_data)
        messages.success(request, _("The day has been saved."))
        return redirect("workdays:overview")
    return render(request, "workdays/calendar_day.html", office_context(request, form=form))
