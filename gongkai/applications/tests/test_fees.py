"""The two fee scales of 国办函〔2020〕109号, pinned on the examples of REQ-FEE-3 and REQ-FEE-4."""

import pytest

from gongkai.applications.fees import fee_per_page, fee_per_request


@pytest.mark.parametrize(
    ("count", "yuan"),
    [(10, 0), (11, 100), (30, 2000), (31, 2200), (35, 3000), (40, 4000), (41, 4300)],
)
def test_per_request_scale(count, yuan):
    # 35: 20 × 100 + 5 × 200 = 3000 (REQ-FEE-3); 41: 20 × 100 + 10 × 200 + 1 × 300 = 4300.
    assert fee_per_request(count) == yuan


@pytest.mark.parametrize(
    ("pages", "yuan"), [(30, 0), (31, 10), (100, 700), (150, 1700), (200, 2700), (201, 2740)]
)
def test_per_page_scale(pages, yuan):
    # 150: 70 × 10 + 50 × 20 = 1700 (REQ-FEE-4); 201: 700 + 2000 + 40.
    assert fee_per_page(pages) == yuan
