"""Information-processing fees (信息处理费): the two progressive scales of 国办函〔2020〕109号."""

#: REQ-FEE-3 (109号 Art. 4): per request, counted per applicant per natural month. Requests
#: 1-10 free, 11-30 at 100 yuan, then bands of 10 each 100 yuan dearer (configurable).
PER_REQUEST_FREE = 10
PER_REQUEST_FIRST_BAND = (30, 100)
PER_REQUEST_BAND = 10
PER_REQUEST_STEP = 100

#: REQ-FEE-4 (109号 Art. 5): per page. Pages 1-30 free; (up to page, yuan per page).
PER_PAGE_BANDS = ((30, 0), (100, 10), (200, 20))
PER_PAGE_ABOVE = 40


def fee_per_request(count: int) -> int:
    """Return the fee in yuan for the ``count``-th and earlier requests of a month (按件).

    35 requests in one month: 20 × 100 + 5 × 200 = 3000 yuan (REQ-FEE-3's example).
    """
    total = 0
    for n in range(PER_REQUEST_FREE + 1, count + 1):
        limit, rate = PER_REQUEST_FIRST_BAND
        if n > limit:
            rate += PER_REQUEST_STEP * ((n - limit - 1) // PER_REQUEST_BAND + 1)
        total += rate
    return total


def fee_per_page(pages: int) -> int:
    """Return the fee in yuan for ``pages`` pages (按量); 150 pages: 70 × 10 + 50 × 20 = 1700."""
    total, lower = 0, 0
    for upper, rate in PER_PAGE_BANDS:
        total += max(0, min(pages, upper) - lower) * rate
        lower = upper
    return total + max(0, pages - lower) * PER_PAGE_ABOVE
