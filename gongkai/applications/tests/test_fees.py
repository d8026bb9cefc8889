"""The two fee scales of 109号 and the `fee` command, pinned on hand-checked values."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from gongkai.applications.fees import fee_for_nth_request, fee_month_total, fee_per_page


@pytest.mark.parametrize(
    ("nth", "yuan"),
    [(1, 0), (10, 0), (11, 100), (30, 100), (31, 200), (40, 200), (41, 300), (50, 300), (51, 400)],
)
def test_the_nth_request_of_a_month_costs_its_band_rate_alone(nth, yuan):
    # REQ-FEE-3 (第四条): 1-10 free, 11-30 100, 31-40 200, 41-50 300, 51-60 400 per request.
    assert fee_for_nth_request(nth) == yuan


def test_the_bands_add_up_to_the_rules_example_for_a_whole_month():
    # 35 requests in one month: 20 × 100 + 5 × 200 = 3000 (REQ-FEE-3's example).
    assert fee_month_total(35) == 3000
    assert fee_month_total(10) == 0


def test_an_agency_may_set_other_bands_from_the_31st():
    # Bands of 5, each 50 dearer: 31-35 cost 150, 36-40 200; requests 11-30 stay at 100.
    scale = {"band_size": 5, "band_step": 50}
    assert [fee_for_nth_request(n, **scale) for n in (30, 31, 35, 36, 40, 41)] == [
        100,
        150,
        150,
        200,
        200,
        250,
    ]


@pytest.mark.parametrize(
    ("pages", "yuan"),
    [(30, 0), (31, 10), (100, 700), (101, 720), (150, 1700), (200, 2700), (201, 2740)],
)
def test_per_page_scale(pages, yuan):
    # 150: 70 × 10 + 50 × 20 = 1700 (REQ-FEE-4); 201: 700 + 100 × 20 + 1 × 40 = 2740.
    assert fee_per_page(pages) == yuan


def fee(*args: str) -> list[str]:
    out = StringIO()
    call_command("applications", "fee", *args, stdout=out)
    return out.getvalue().splitlines()


@pytest.mark.parametrize(
    ("args", "last"),
    [
        (("--nth", "10"), "0"),
        (("--nth", "11"), "100"),
        (("--nth", "30"), "100"),
        (("--nth", "31"), "200"),
        (("--nth", "40"), "200"),
        (("--nth", "41"), "300"),
        (("--pages", "30"), "0"),
        (("--pages", "31"), "10"),
        (("--pages", "150"), "1700"),
        (("--pages", "201"), "2740"),
    ],
)
def test_the_command_prints_the_fee_in_yuan_alone_on_the_last_line(args, last):
    lines = fee(*args)
    assert lines[-1] == last
    assert len(lines) >= 2  # the basis is explained above it


def test_the_command_explains_the_band():
    lines = fee("--pages", "150")
    assert any("101" in line and "1000" in line for line in lines[:-1])  # 50 × 20 on 101-150


@pytest.mark.parametrize(
    ("args", "named"),
    [(("--nth", "0"), "--nth"), (("--nth", "zehn"), "--nth"), (("--pages", "-3"), "--pages")],
)
def test_the_command_refuses_bad_numbers_and_names_the_option(args, named):
    with pytest.raises(CommandError) as exc:
        fee(*args)
    assert named in str(exc.value)


def test_the_command_takes_one_method_never_both():
    with pytest.raises(CommandError):
        fee("--nth", "11", "--pages", "40")
    with pytest.raises(CommandError):
        fee()
