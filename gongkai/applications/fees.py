"""Information-processing fees (信息处理费): the two progressive scales of 国办函〔2020〕109号.

REQ-FEE-2 (109号 第三条): a request is charged by one method only, per request (按件) or per
page (按量), never both. Both scales are progressive on the excess (超额累进): the N-th request
of a month costs the rate of N's band, and the pages of one request cost the rate of each page's
band. These are pure functions; which request of the month a request is comes from the records
(``fees_select.applicant_month_position``), the band settings from the agency's settings.
"""

from dataclasses import dataclass

from django.db.models import TextChoices
from django.utils.translation import gettext_lazy as _


class FeeMethod(TextChoices):
    """The two charging methods of 109号 第三条; one per request, never both (REQ-FEE-2)."""

    PER_REQUEST = "per_request", _("Per request (按件)")
    PER_PAGE = "per_page", _("Per page (按量)")


#: REQ-FEE-3 (109号 第四条): requests 1-10 of a month are free, 11-30 cost 100 yuan each.
PER_REQUEST_FREE = 10
PER_REQUEST_FIRST_BAND = (30, 100)
#: From request 31 on: bands of 10, each 100 yuan dearer per request than the one before
#: (31-40: 200, 41-50: 300 …). Both numbers are configurable per agency (RequestSettings).
DEFAULT_BAND_SIZE = 10
DEFAULT_BAND_STEP = 100

#: REQ-FEE-4 (109号 第五条): pages of one request, (up to page, yuan per page); then 40 yuan.
PER_PAGE_BANDS = ((30, 0), (100, 10), (200, 20))
PER_PAGE_ABOVE = 40


@dataclass(frozen=True)
class Band:
    """One band of a scale: its first and last unit (``last`` None: open-ended) and its rate."""

    first: int
    last: int | None
    rate: int


def request_band(
    nth: int, *, band_size: int = DEFAULT_BAND_SIZE, band_step: int = DEFAULT_BAND_STEP
) -> Band:
    """Return the band the ``nth`` request of an applicant in a natural month falls in (按件).

    REQ-FEE-3, 国办函〔2020〕109号 第四条: 1-10 free, 11-30 at 100 yuan, then bands of
    ``band_size`` requests from 31, each ``band_step`` yuan dearer than the one before
    (default 31-40: 200, 41-50: 300 …).
    """
    if nth < 1:
        raise ValueError(f"a request's place in the month starts at 1, not {nth}")
    if band_size < 1:
        raise ValueError(f"a band holds at least one request, not {band_size}")
    first_limit, first_rate = PER_REQUEST_FIRST_BAND
    if nth <= PER_REQUEST_FREE:
        return Band(1, PER_REQUEST_FREE, 0)
    if nth <= first_limit:
        return Band(PER_REQUEST_FREE + 1, first_limit, first_rate)
    index = (nth - first_limit - 1) // band_size  # 0 for the band starting at 31
    first = first_limit + 1 + index * band_size
    return Band(first, first + band_size - 1, first_rate + band_step * (index + 1))


def fee_for_nth_request(
    nth: int, *, band_size: int = DEFAULT_BAND_SIZE, band_step: int = DEFAULT_BAND_STEP
) -> int:
    """Return the fee in yuan for ONE request, the ``nth`` of its applicant this month (按件).

    Only this request is charged, at its band's rate: the 12th costs 100, the 35th 200.
    """
    return request_band(nth, band_size=band_size, band_step=band_step).rate


def fee_month_total(
    count: int, *, band_size: int = DEFAULT_BAND_SIZE, band_step: int = DEFAULT_BAND_STEP
) -> int:
    """Return what ``count`` requests in one month cost together; 35: 20 × 100 + 5 × 200 = 3000.

    Only a check of the scale against REQ-FEE-3's example: each request is charged on its own.
    """
    return sum(
        fee_for_nth_request(n, band_size=band_size, band_step=band_step)
        for n in range(1, count + 1)
    )


def page_bands() -> list[Band]:
    """Return the per-page bands of REQ-FEE-4 (109号 第五条), the last one open-ended."""
    bands, lower = [], 0
    for upper, rate in PER_PAGE_BANDS:
        bands.append(Band(lower + 1, upper, rate))
        lower = upper
    return [*bands, Band(lower + 1, None, PER_PAGE_ABOVE)]


@dataclass(frozen=True)
class PageShare:
    """The pages of one request that fall in one band: ``band.first`` to ``last``."""

    band: Band
    last: int

    @property
    def count(self) -> int:
        return self.last - self.band.first + 1


def pages_by_band(pages: int) -> list[PageShare]:
    """Split ``pages`` pages over the bands they fill, free ones included (REQ-FEE-4)."""
    if pages < 0:
        raise ValueError(f"a number of pages cannot be negative: {pages}")
    shares = []
    for band in page_bands():
        last = pages if band.last is None else min(pages, band.last)
        if last >= band.first:
            shares.append(PageShare(band, last))
    return shares


def fee_per_page(pages: int) -> int:
    """Return the fee in yuan for one request of ``pages`` pages (按量).

    REQ-FEE-4, 国办函〔2020〕109号 第五条: 150 pages = 70 × 10 + 50 × 20 = 1700 yuan.
    """
    return sum(share.count * share.band.rate for share in pages_by_band(pages))
