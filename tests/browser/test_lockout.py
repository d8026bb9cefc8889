"""A locked sign-in shows the office's page, in Chinese, with whom to ask."""

import pytest

from .conftest import check_wording, login

pytestmark = pytest.mark.django_db(transaction=True)


def test_repeated_failures_show_the_lockout_page(page, coordinator):
    for _ in range(5):
        login(page, "coordinator", "wrong-password")
    login(page, "coordinator", "pw-coordinator")
    assert page.get_by_role("heading", level=1).is_visible()
    assert "登录已暂停" in page.inner_text("body")
    assert "/office/login/" in page.url  # not let through to the dashboard
    check_wording(page, "lockout")
