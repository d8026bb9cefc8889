"""Read what a request's information-processing fee would be, from the records and settings."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from .agency_settings import fee_scale_for, request_settings_get
from .fees import FeeMethod, fee_per_page, pages_by_band, request_band
from .models import Application
from .selectors import with_received_on
from .states import ReplyType, Status

#: Requests that never reached a decision because the applicant withdrew them or did not
#: correct them in time; they do not count towards the month's number (see below).
NOT_COUNTED_STATUSES = frozenset({Status.WITHDRAWN, Status.DEEMED_WITHDRAWN})
NOT_COUNTED_OUTCOMES = frozenset({ReplyType.C_OTHER, ReplyType.C_ABANDONED})


def _month(day: date) -> tuple[date, date]:
    start = day.replace(day=1)
    end = date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)
    return start, end


def same_applicant(app: Application) -> Q:
    """Match the requests of ``app``'s applicant: the same identity document (letter case
    ignored), or, for a request recorded without one, the same name and applicant type."""
    number = app.id_document.strip()
    if number:
        return Q(id_document__iexact=number)
    name = app.applicant_name.strip()
    return Q(id_document="", applicant_name=name, applicant_type=app.applicant_type)


def applicant_month_position(*, app: Application) -> int:
    """Return which request of its applicant in the natural month of receipt ``app`` is.

    REQ-FEE-3 (国办函〔2020〕109号 第四条): 同一申请人一个自然月内累计申请 … 件. Counted from the
    records, never typed: the requests to the same agency by the same applicant (see
    ``same_applicant``) whose receipt date falls in the same calendar month, in order of
    receipt, up to and including ``app``. Receipt is the original receipt date (a correction
    restarts the reply period, not the request). Ties: requests received on the same day count
    in the order they were registered, so the earlier registered is the earlier request.
    Withdrawn requests, and those deemed withdrawn for want of correction, are left out: no
    decision was made on them, and 109号 第四条 charges per decision (处理决定). ``app`` itself
    always counts, so the result is at least 1.
    """
    received = with_received_on(Application.objects.filter(pk=app.pk)).values_list(
        "received_on", flat=True
    )[0] or timezone.localdate(app.created_at)  # every registered request has its receipt
    start, end = _month(received)
    rows = (
        with_received_on(Application.objects.filter(same_applicant(app), org_id=app.org_id))
        .filter(received_on__gte=start, received_on__lt=end)
        .exclude(pk=app.pk)
        .exclude(Q(status__in=NOT_COUNTED_STATUSES) | Q(outcome__in=NOT_COUNTED_OUTCOMES))
        .values_list("received_on", "created_at", "pk")
    )
    mine = (received, app.created_at, app.pk)
    return 1 + sum(1 for row in rows if row < mine)


@dataclass(frozen=True)
class FeeAssessment:
    """The fee of one request by one method, with the basis printed on the fee notice."""

    method: str
    quantity: int  # the request's place in the month (按件) or its pages (按量)
    amount: int  # yuan
    basis: str

    @property
    def is_free(self) -> bool:
        return self.amount == 0


def _request_band_text(first: int, last: int | None) -> str:
    if last is None:
        return _("requests %(first)d on") % {"first": first}
    return _("requests %(first)d–%(last)d") % {"first": first, "last": last}


def fee_per_request_assess(*, app: Application) -> FeeAssessment:
    """Assess the per-request fee (按件) of ``app``: the rate of its place in the month.

    REQ-FEE-3, 国办函〔2020〕109号 第四条; the bands from the 31st are the agency's settings.
    """
    nth = applicant_month_position(app=app)
    band = request_band(nth, **fee_scale_for(org=app.org))
    basis = _(
        "Per request (《政府信息公开信息处理费管理办法》第四条): request no. %(n)d of this "
        "applicant in the month, band %(band)s, %(rate)d yuan per request"
    ) % {"n": nth, "band": _request_band_text(band.first, band.last), "rate": band.rate}
    return FeeAssessment(FeeMethod.PER_REQUEST, nth, band.rate, basis)


def _page_part(first: int, last: int | None, count: int, rate: int) -> str:
    values = {"first": first, "last": last, "count": count, "rate": rate}
    if last is None:
        return _("pages %(first)d on: %(count)d pages at %(rate)d yuan") % values
    return _("pages %(first)d–%(last)d: %(count)d pages at %(rate)d yuan") % values


def fee_per_page_assess(*, app: Application, pages: int) -> FeeAssessment:
    """Assess the per-page fee (按量) of ``app`` for ``pages`` pages of the agency's page size.

    REQ-FEE-4, 国办函〔2020〕109号 第五条: each page at the rate of its band.
    """
    size = request_settings_get(org=app.org).get_page_basis_display()
    parts = [
        _page_part(share.band.first, share.band.last, share.count, share.band.rate)
        for share in pages_by_band(pages)
        if share.band.rate
    ]
    basis = _(
        "Per page (《政府信息公开信息处理费管理办法》第五条): %(pages)d pages, counted in "
        "%(size)s; pages 1–30 free"
    ) % {"pages": pages, "size": size}
    basis = "；".join([basis, *parts])
    return FeeAssessment(FeeMethod.PER_PAGE, pages, fee_per_page(pages), basis)
