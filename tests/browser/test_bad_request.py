"""A request the platform cannot answer (a year out of range) gets a page that says why."""

from .conftest import check_wording, login


def test_a_year_out_of_range_gets_a_page_that_says_which_years(page, coordinator):
    login(page, "coordinator", "pw-coordinator")
    page.wait_for_url(lambda url: "/login/" not in url)
    response = page.goto("/office/applications/statistics/?year=0")
    assert response.status == 400
    page.get_by_role("heading", name="无法处理该请求").wait_for()
    assert "请填写1900年至2100年之间的年份。" in page.inner_text("main")
    check_wording(page, "bad-request-year")
