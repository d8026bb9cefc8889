"""An applicant opening a lapsed tracking link reads why and whom to ask."""

from datetime import date

import pytest

from gongkai.applications.services import (
    application_answer,
    application_register,
    application_start,
)
from gongkai.applications.services.replies import application_close
from gongkai.applications.states import Channel, ReplyType

from .conftest import check_wording

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_expired_link_says_so_in_the_portals_look(page, org_tree, coordinator, settings):
    settings.GONGKAI_TRACKING_DAYS_AFTER_CLOSE = 0  # lapses the day the case is closed
    app = application_register(
        org=org_tree["commission"],
        channel=Channel.IN_PERSON,
        received_on=date(2024, 9, 27),
        applicant_name="赵六",
        id_document="11010519491231002X",
        description="2023年部门预算",
    )
    application_start(app=app, actor=coordinator)
    application_answer(
        app=app, actor=coordinator, reply_type=ReplyType.R_DISCLOSE, decision="予以公开。"
    )
    application_close(app=app, actor=coordinator, reason="归档。")
    response = page.goto(f"/apply/track/{app.access_token}/")
    assert response.status == 410
    assert page.get_by_role("heading", name="该查询链接已失效").is_visible()
    assert "2023年部门预算" not in page.inner_text("body")
    # the portal's footer names its feeds RSS and Atom, as feed readers expect
    check_wording(page, "tracking-link-expired", names=("RSS", "Atom"))
