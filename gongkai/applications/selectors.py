"""Read disclosure requests: visibility first, and each request's reply clock."""

from datetime import date, timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import OuterRef, Q, QuerySet, Subquery
from django.http import Http404
from django.utils import timezone

from gongkai.core.models import AuditEntry
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import user_has_role, visible_org_ids
from gongkai.workdays.calendar import ProvisionalCalendar, YearNotCovered
from gongkai.workdays.selectors import current_calendar

from . import annual_checks, clock
from .agency_settings import clock_rules_for, report_rows_for
from .clock_events import EventKind
from .models import Application, ClockEvent
from .states import (
    OPEN_STATUSES,
    ROW_2019_OTHER,
    ApplicantType,
    Channel,
    ReplyType,
    ReportRow,
    Status,
    report_row,
)

#: Open statuses with a reply deadline. A case in consultation or awaiting a fee still has one:
#: its pause ends with the answer or, at the latest, with the addressee's waiting period
#: (REQ-PAUSE-1, REQ-CONSULT-1, REQ-FEE-5), so it belongs on the due-soon and overdue lists.
#: A case awaiting correction has no due date (REQ-CORR-3) and drops out by ``due_on``.
DEADLINE_STATUSES = OPEN_STATUSES


#: Who handles requests: the disclosure office, its units and its reviewers; they see the
#: applicant's identity in full. A supervisor (上级主管) follows the progress of lower agencies
#: but takes no step in their cases (PRODUCT.md, "Who uses it").
HANDLERS = frozenset({Role.COORDINATOR, Role.EDITOR, Role.REVIEWER})


def with_received_on(qs: QuerySet[Application]) -> QuerySet[Application]:
    """Annotate each request with its receipt date, read from its RECEIVED clock event."""
    received = ClockEvent.objects.filter(
        application=OuterRef("pk"), kind=EventKind.RECEIVED
    ).values("day")[:1]
    return qs.annotate(received_on=Subquery(received))


def overdue_filter(today: date) -> Q:
    """Open requests whose reply period ended before ``today`` (REQ-DEADLINE-2).

    ``due_on`` is refreshed whenever an event changes and every night (tasks.py), so an open
    pause's moving due date is never older than a day. A due date that cannot be computed
    (CAL-MISSING-1) is None and never makes a case overdue.
    """
    return Q(status__in=DEADLINE_STATUSES, due_on__lt=today)


def application_list(
    *,
    user,
    status: str | None = None,
    overdue: bool = False,
    due_within: int | None = None,
    unit: int | None = None,
    handler: int | None = None,
    applicant_type: str | None = None,
    year: int | None = None,
    unconfirmed: bool = False,
    imported: bool = False,
    today: date | None = None,
) -> QuerySet[Application]:
    """Return the requests of the organisations ``user`` may see, filtered, newest first.

    ``due_within``: open requests due today or within that many working days (YearNotCovered
    propagates when the calendar does not reach that far). ``year``: received in that year.
    ``imported``: only those brought in from an earlier register.
    """
    today = today or timezone.localdate()
    qs = with_received_on(
        _visible(Application.objects.select_related("org", "unit", "handler"), user)
    )
    if status:
        qs = qs.filter(status=status)
    if overdue:
        qs = qs.filter(overdue_filter(today))
    if due_within is not None:
        last = current_calendar().add_workdays(today, due_within)
        qs = qs.filter(status__in=DEADLINE_STATUSES, due_on__gte=today, due_on__lte=last)
    if unit:
        qs = qs.filter(unit_id=unit)
    if handler:
        qs = qs.filter(handler_id=handler)
    if applicant_type:
        qs = qs.filter(applicant_type=applicant_type)
    if year:
        qs = qs.filter(received_on__year=year)
    if unconfirmed:
        qs = qs.filter(unconfirmed_filter())
    if imported:
        qs = qs.filter(imported=True)
    return qs


def unconfirmed_filter() -> Q:
    """Online requests whose receipt the office has not confirmed yet (《条例》第三十一条)."""
    return Q(channel=Channel.ONLINE, receipt_confirmed_on__isnull=True, status__in=OPEN_STATUSES)


def application_counts(*, user, today: date | None = None) -> dict[str, int]:
    """Return the dashboard counts: open requests, due within five working days, overdue."""
    today = today or timezone.localdate()
    qs = _visible(Application.objects.all(), user)
    counts = {
        "open": qs.filter(status__in=OPEN_STATUSES).count(),
        "overdue": qs.filter(overdue_filter(today)).count(),
        "unconfirmed": qs.filter(unconfirmed_filter()).count(),
    }
    try:
        last = current_calendar().add_workdays(today, 5)
    except YearNotCovered:  # the count then covers only what is due today
        last = today
    counts["due_soon"] = qs.filter(
        status__in=DEADLINE_STATUSES, due_on__gte=today, due_on__lte=last
    ).count()
    return counts


def _visible(qs: QuerySet[Application], user) -> QuerySet[Application]:
    """Keep the requests of the organisations ``user`` may see, and those assigned to the
    user's units or to the user (unit editors handle what is assigned to their unit)."""
    if not getattr(user, "is_authenticated", False):
        return qs.none()
    ids = visible_org_ids(user=user)
    return qs.filter(Q(org__in=ids) | Q(unit__in=ids) | Q(handler=user))


def application_get(*, user, pk: int) -> Application:
    """Return one request; Http404 unless ``user`` may see it."""
    app = _visible(Application.objects.select_related("org", "unit"), user).filter(pk=pk).first()
    if app is None:
        raise Http404
    return app


class TrackingLinkExpired(Exception):
    """The private link of a request closed longer ago than GONGKAI_TRACKING_DAYS_AFTER_CLOSE."""

    def __init__(self, app: Application, expired_on):
        super().__init__(app.number)
        self.app = app
        self.expired_on = expired_on


def tracking_link_expires_on(app: Application):
    """The day the private link stops working: a set time after the case was closed (None
    while the case is open)."""
    if app.status != Status.CLOSED or app.status_changed_at is None:
        return None
    days = settings.GONGKAI_TRACKING_DAYS_AFTER_CLOSE
    return timezone.localtime(app.status_changed_at).date() + timedelta(days=days)


def application_get_by_token(*, token: str) -> Application:
    """Return the request behind an applicant's private tracking link; Http404 otherwise,
    TrackingLinkExpired once the link has lapsed."""
    app = Application.objects.select_related("org").filter(access_token=token).first()
    if app is None or not token:
        raise Http404
    expires_on = tracking_link_expires_on(app)
    if expires_on is not None and timezone.localdate() >= expires_on:
        raise TrackingLinkExpired(app, expires_on)
    return app


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def application_find_for_applicant(*, number: str, contact: str) -> Application | None:
    """Return the request with this tracking number whose phone or e-mail matches ``contact``.

    For applicants who lost their private link (查询办理进度): the phone is compared on its
    digits (spaces, hyphens and +86 ignored), the e-mail without regard to case. A wrong pair
    finds nothing, and says nothing about which half was wrong.
    """
    app = Application.objects.select_related("org").filter(number=number.strip()).first()
    contact = contact.strip()
    if app is None or not contact:
        return None
    if "@" in contact:
        return app if app.email and app.email.lower() == contact.lower() else None
    wanted, phone = _digits(contact), _digits(app.phone)
    if (
        len(wanted) >= 7
        and phone
        and phone.removeprefix("86")[-11:] == wanted.removeprefix("86")[-11:]
    ):
        return app
    return None


def application_open_list() -> QuerySet[Application]:
    """Return every request whose reply clock is running, paused or stopped for correction."""
    return Application.objects.filter(status__in=OPEN_STATUSES).select_related("handler", "org")


def _actor_name(row: ClockEvent) -> str:
    if row.actor is None:
        return ""
    return row.actor.get_full_name() or row.actor.get_username()


def clock_events_for(*, app: Application) -> list[clock.ClockEvent]:
    """Return the request's clock events as the engine reads them, in the order they happened."""
    rows = app.clock_events.select_related("actor").order_by("day", "id")
    return [clock_event_of(row) for row in rows]


def clock_event_of(row: ClockEvent) -> clock.ClockEvent:
    return clock.ClockEvent(
        kind=clock.EventKind(row.kind),
        day=row.day,
        days=row.days,
        until=row.until,
        delivered_on=row.delivered_on,
        ref=row.ref,
        actor=_actor_name(row),
        note=row.note,
    )


def application_clock(
    *, app: Application, today: date | None = None, explain_days: bool = False
) -> clock.ClockResult:
    """Compute the request's reply clock on the current calendar (YearNotCovered propagates).

    The agency's settings give the fee pause and payment window (REQ-FEE-5).
    """
    return clock.compute_clock(
        clock_events_for(app=app),
        current_calendar(),
        today,
        rules=clock_rules_for(org=app.org),
        explain_days=explain_days,
    )


def application_provisional_due(*, app: Application) -> date | None:
    """Return a 预计 due date for a request whose deadline reaches a year with no schedule.

    Counted on weekends only for that year (CAL-MISSING-1): shown marked 预计 with "以国务院公布的
    该年节假日安排为准", replaced by the real date once the year is loaded, never stored and never
    used to call a case overdue. None when the real date is known or nothing is due.
    """
    if app.due_on is not None or app.due_missing_year is None or app.status not in OPEN_STATUSES:
        return None
    calendar = ProvisionalCalendar.of(current_calendar())
    try:
        return clock.compute_clock(clock_events_for(app=app), calendar).due_on
    except clock.ClockError:
        return None


def application_timeline(*, app: Application) -> list[AuditEntry]:
    """Return the request's audit entries, oldest first (who, when, which transition, why)."""
    ct = ContentType.objects.get_for_model(Application)
    return list(
        AuditEntry.objects.filter(content_type=ct, object_id=str(app.pk)).order_by(
            "created_at", "id"
        )
    )


def unit_choices(*, org: Organisation) -> QuerySet[Organisation]:
    """Return the agency and the units below it that a case can be assigned to."""
    return Organisation.objects.filter(path__startswith=org.path, is_active=True).order_by("path")


#: Table 三 of the annual report, 2021 format (AR-T3): (key, exact label, holds data).
T3_ROWS: tuple[tuple[str, str, bool], ...] = (
    ("new", "一、本年新收政府信息公开申请数量", True),
    ("carried_in", "二、上年结转政府信息公开申请数量", True),
    ("results", "三、本年度办理结果", False),
    (ReportRow.DISCLOSED, ReportRow.DISCLOSED.label, True),
    (ReportRow.PARTIAL, ReportRow.PARTIAL.label, True),
    ("3", "（三）不予公开", False),
    *((r, r.label, True) for r in ReportRow if r.startswith("3-")),
    ("4", "（四）无法提供", False),
    *((r, r.label, True) for r in ReportRow if r.startswith("4-")),
    ("5", "（五）不予处理", False),
    *((r, r.label, True) for r in ReportRow if r.startswith("5-")),
    ("6", "（六）其他处理", False),
    *((r, r.label, True) for r in ReportRow if r.startswith("6-")),
    ("total", "（七）总计", True),
    ("carried_out", "四、结转下年度继续办理", True),
)
#: The headings over table 三's row labels and over its applicant columns, word for word.
T3_HEADINGS = {
    "rows": "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    "columns": "申请人情况",
}
T3_COLUMNS: tuple[tuple[str, str], ...] = (
    (ApplicantType.PERSON, "自然人"),
    (ApplicantType.BUSINESS, "商业企业"),
    (ApplicantType.RESEARCH, "科研机构"),
    (ApplicantType.NONPROFIT, "社会公益组织"),
    (ApplicantType.LEGAL, "法律服务机构"),
    (ApplicantType.OTHER_ORG, "其他"),
    ("total", "总计"),
)
LEAF_ROWS = tuple(key for key, _label, data in T3_ROWS[3:-2] if data)
#: The rows and columns of ``table_three_counts`` that the checks AR-CHECK-1 to 3 read.
T3_KEYS = annual_checks.T3Keys(
    new="new",
    carried_in="carried_in",
    total="total",
    carried_out="carried_out",
    applicant_columns=tuple(c for c, _l in T3_COLUMNS[:-1]),
    total_column="total",
)


def statistics_scope(org: Organisation) -> QuerySet[Organisation]:
    """Return the agency and its internal units, whose requests its annual report counts."""
    return Organisation.objects.filter(
        Q(pk=org.pk) | Q(path__startswith=org.path, kind=Organisation.Kind.UNIT)
    )


def table_three_counts(*, org: Organisation, year: int, year_format: int = 2021) -> dict:
    """Count ``org``'s requests for table 三 of its annual report on ``year`` (AR-T3).

    《条例》第五十条第（二）项: the requests received and handled. 一 counts requests received in
    the year; 二 those received earlier and not concluded before it; 三 those concluded in the
    year, each once under the row of its outcome (REQ-REPLY-1, REQ-EXEMPT-1; in the 2019 format
    the rows of （六） are one); 四 those received by the year's end and not concluded by then.
    A request counts from its receipt date (the RECEIVED event, 《条例》第三十一条) and is
    concluded on the day it was replied to, withdrawn or ended. Columns are the applicant
    types (REQ-INTAKE-1) and "total". Returns ``{key: {column: n}}`` with the keys of
    ``T3_ROWS`` that hold data ("6" instead of the "6-" rows when ``year_format`` < 2021).
    """
    start, end = date(year, 1, 1), date(year, 12, 31)
    columns = [c for c, _l in T3_COLUMNS]
    keys = [key for key, _l, data in T3_ROWS if data]
    if year_format < 2021:
        keys = [k for k in keys if not str(k).startswith("6-")]
        keys.insert(keys.index("total"), ROW_2019_OTHER)
    counts: dict[str, dict[str, int]] = {str(key): dict.fromkeys(columns, 0) for key in keys}
    rows_of = report_rows_for(org=org)  # the agency's rows for the configurable types
    rows = (
        with_received_on(Application.objects.filter(org__in=statistics_scope(org)))
        .filter(received_on__lte=end)  # received by the year's end …
        .exclude(concluded_on__lt=start)  # … and not concluded before it began
        .values("applicant_type", "received_on", "concluded_on", "outcome", "withholding_ground")
    )
    for row in rows:
        received, concluded = row["received_on"], row["concluded_on"]
        hits = ["new" if received >= start else "carried_in"]
        if concluded is not None and concluded <= end:
            outcome = row["outcome"] or ReplyType.C_OTHER
            ground = row["withholding_ground"]
            hits += [report_row(outcome, ground, year_format=year_format, rows=rows_of), "total"]
        else:
            hits.append("carried_out")
        for key in hits:
            counts[str(key)][row["applicant_type"]] += 1
            counts[str(key)]["total"] += 1
    return counts


def application_statistics(*, org: Organisation, year: int) -> dict:
    """Table 三 of ``org``'s annual report on ``year`` (AR-T3, 2021) with labels for a page.

    The counts are ``table_three_counts``; the result carries the checks AR-CHECK-1 to 3.
    """
    counts = table_three_counts(org=org, year=year)
    columns = [c for c, _l in T3_COLUMNS]
    checks = {
        "AR-CHECK-1": not annual_checks.balance(counts, T3_KEYS),
        "AR-CHECK-2": not annual_checks.results_total(counts, T3_KEYS, LEAF_ROWS),
        "AR-CHECK-3": not annual_checks.applicant_total(counts, T3_KEYS),
    }
    return {
        "org": org.name,
        "year": year,
        "format": 2021,
        "columns": [{"key": c, "label": label} for c, label in T3_COLUMNS],
        "rows": [
            {
                "key": str(key),
                "label": label,
                "data": data,
                "values": [counts[key][c] for c in columns] if data else [],
            }
            for key, label, data in T3_ROWS
        ],
        "checks": checks,
    }


#: Table 四 of the annual report (AR-T4): three groups, each with the same five columns.
T4_GROUPS = (
    ("reconsideration", "行政复议"),
    ("lawsuit_direct", "未经复议直接起诉"),
    ("lawsuit_after", "复议后起诉"),
)
T4_COLUMNS = (
    ("maintained", "结果维持"),
    ("corrected", "结果纠正"),
    ("other", "其他结果"),
    ("pending", "尚未审结"),
    ("total", "总计"),
)


def table_four_counts(*, org: Organisation, year: int) -> dict[str, dict[str, int]]:
    """Count the reconsiderations and lawsuits over ``org``'s replies for table 四 (AR-T4).

    《条例》第五十条第（三）项. Counted: those filed in ``year``, each under its result as of
    31 December (decided later: 尚未审结). Returns ``{group: {column: n}}`` with the keys of
    ``T4_GROUPS`` and ``T4_COLUMNS``.
    """
    from .models import RemedyCase

    end = date(year, 12, 31)
    counts = {g: dict.fromkeys((c for c, _l in T4_COLUMNS), 0) for g, _l in T4_GROUPS}
    rows = RemedyCase.objects.filter(
        application__org__in=statistics_scope(org), filed_on__year=year
    ).values("kind", "result", "decided_on")
    for row in rows:
        decided = row["decided_on"] is not None and row["decided_on"] <= end
        column = row["result"] if decided else "pending"
        counts[row["kind"]][column] += 1
        counts[row["kind"]]["total"] += 1
    return counts


def application_remedy_statistics(*, org: Organisation, year: int) -> dict:
    """Table 四 (AR-T4) for a page: ``table_four_counts`` with labels and AR-CHECK-4."""
    counts = table_four_counts(org=org, year=year)
    return {
        "org": org.name,
        "year": year,
        "groups": [
            {
                "key": key,
                "label": label,
                "columns": [{"key": c, "label": cl} for c, cl in T4_COLUMNS],
                "values": [counts[key][c] for c, _cl in T4_COLUMNS],
            }
            for key, label in T4_GROUPS
        ],
        "checks": {
            "AR-CHECK-4": not annual_checks.remedy_totals(counts, [c for c, _l in T4_COLUMNS])
        },
    }


def withheld_list(*, user, today: date | None = None, show_all: bool = False):
    """Return the withheld information the user may see, the next review first (REQ-REVIEW-1).

    By default only what is still withheld; each row is marked ``review_due`` once its
    next-review date has come (《条例》第十八条).
    """
    from .models import WithheldInformation

    today = today or timezone.localdate()
    ids = visible_org_ids(user=user) if getattr(user, "is_authenticated", False) else []
    qs = WithheldInformation.objects.filter(org__in=ids).select_related("application", "org")
    if not show_all:
        qs = qs.filter(state=WithheldInformation.State.WITHHELD)
    rows = list(qs.order_by("state", "next_review_on", "id"))
    for row in rows:
        row.review_due = row.state == row.State.WITHHELD and row.next_review_on <= today
    return rows


def sees_masked_identity(*, user, app: Application) -> bool:
    """True for a supervisor who does not handle the request: ID and phone shown masked.

    Supervision needs the case, not the applicant's numbers (《个人信息保护法》第六条, the least
    needed); opening them is a deliberate, audited act (application_identity_reveal).
    """
    return not getattr(user, "is_superuser", False) and not handles_request(user=user, app=app)


def handles_request(*, user, app: Application) -> bool:
    """Whether ``user`` takes steps in this request: a handler of its agency or of its unit."""
    return user_has_role(user=user, org=app.org, roles=HANDLERS) or (
        app.unit is not None and user_has_role(user=user, org=app.unit, roles=HANDLERS)
    )


def masked_identity(app: Application) -> dict[str, str]:
    """The applicant's ID number, phone and e-mail as a supervisor first sees them."""
    from gongkai.core.masking import mask_email, mask_id_number, mask_mobile

    phone = app.phone
    if len(_digits(phone)) >= 11:
        phone = mask_mobile(phone)
    elif phone:  # a landline or short number: keep the first 3 and last 2 characters
        phone = phone[:3] + "*" * max(0, len(phone) - 5) + phone[-2:]
    return {
        "id_document": mask_id_number(app.id_document) if app.id_document else "",
        "phone": phone,
        "email": mask_email(app.email) if app.email else "",
    }
