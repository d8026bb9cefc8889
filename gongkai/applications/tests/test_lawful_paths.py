"""Rules that hold on every path: abandonment only after the stated correction deadline,
"still unclear" only after a correction (《条例》第三十条)."""

from datetime import date

import pytest

from gongkai.applications.services import (
    application_correction_receive,
    application_correction_request,
    application_deem_withdrawn,
    application_register,
    application_reply,
)
from gongkai.applications.states import Channel, ReplyType, Status
from gongkai.core.errors import DomainError

pytestmark = pytest.mark.django_db


@pytest.fixture
def app(org_tree, coordinator):
    return application_register(
        org=org_tree["commission"],
        channel=Channel.IN_PERSON,
        received_on=date(2024, 9, 27),
        applicant_name="李四",
        id_document="110101199001011234",
        description="有关文件",
    )


def test_a_correction_notice_must_state_its_deadline(app, coordinator):
    with pytest.raises(DomainError) as err:
        application_correction_request(
            app=app, actor=coordinator, day=date(2024, 9, 30), items="请写明文件名称"
        )
    assert err.value.field == "until"
    assert app.status == Status.RECEIVED


def test_abandonment_only_after_the_stated_deadline(app, coordinator):
    application_correction_request(
        app=app,
        actor=coordinator,
        day=date(2024, 9, 30),
        items="请写明文件名称",
        until=date(2024, 10, 15),
    )
    for today in (date(2024, 10, 1), date(2024, 10, 15)):  # the day after the notice; the last day
        with pytest.raises(DomainError, match="2024-10-15"):
            application_deem_withdrawn(app=app, actor=coordinator, reason="未补正", today=today)
    application_deem_withdrawn(
        app=app, actor=coordinator, reason="未补正", today=date(2024, 10, 16)
    )
    assert (app.status, app.outcome) == (Status.DEEMED_WITHDRAWN, ReplyType.C_ABANDONED)


def test_still_unclear_only_after_a_correction(app, coordinator):
    with pytest.raises(DomainError) as err:
        application_reply(
            app=app, actor=coordinator, reply_type=ReplyType.R_STILL_UNCLEAR, reason="仍不明确"
        )
    assert err.value.field == "reply_type"
    application_correction_request(
        app=app,
        actor=coordinator,
        day=date(2024, 9, 30),
        items="请写明文件名称",
        until=date(2024, 10, 15),
    )
    application_correction_receive(app=app, actor=coordinator, day=date(2024, 10, 10))
    application_reply(
        app=app, actor=coordinator, reply_type=ReplyType.R_STILL_UNCLEAR, reason="仍不明确"
    )
    assert app.outcome == ReplyType.R_STILL_UNCLEAR


def test_a_letter_confirmed_after_it_arrived_shows_both_days_and_a_warning(
    org_tree, coordinator, client
):
    app = application_register(
        org=org_tree["commission"],
        channel=Channel.LETTER,
        received_on=date(2024, 9, 27),
        arrived_on=date(2024, 9, 24),
        applicant_name="王五",
        id_document="110101199001011234",
        description="有关文件",
        actor=coordinator,
    )
    client.force_login(coordinator)
    page = client.get(f"/office/applications/{app.pk}/").content.decode()
    assert "2024年9月27日" in page and "2024年9月24日" in page
    assert "arrival-warning" in page
    on_time = application_register(
        org=org_tree["commission"],
        channel=Channel.LETTER,
        received_on=date(2024, 9, 27),
        arrived_on=date(2024, 9, 27),
        applicant_name="王五",
        id_document="110101199001011234",
        description="另一文件",
        actor=coordinator,
    )
    assert (
        "arrival-warning" not in client.get(f"/office/applications/{on_time.pk}/").content.decode()
    )


def _started(app, coordinator):
    from gongkai.applications.services import application_start

    application_start(app=app, actor=coordinator)
    return app


def test_a_partial_reply_cites_two_grounds_and_lists_what_it_withholds(app, coordinator):
    from gongkai.applications.models import WithheldInformation
    from gongkai.applications.services import application_answer

    _started(app, coordinator)
    letter = application_answer(
        app=app,
        actor=coordinator,
        reply_type=ReplyType.R_PARTIAL,
        grounds=["G15-THIRD", "G16-PROCESS"],
        withheld="中标企业的报价明细和评审专家的讨论记录",
        no_disclosure_duty_confirmed=True,
        decision="本机关向您提供可以公开的部分。",
        day=date(2024, 10, 18),
    )
    assert app.withholding_grounds == ["G15-THIRD", "G16-PROCESS"]
    assert "第三十七条、第十五条、第十六条第二款" in letter.body
    assert "中标企业的报价明细和评审专家的讨论记录" in letter.body
    assert "商业秘密" in letter.body and "过程性信息" in letter.body
    row = WithheldInformation.objects.get(application=app)
    assert row.next_review_on == date(2025, 10, 18)  # reviewed yearly (《条例》第十八条)
    assert row.grounds == ["G15-THIRD", "G16-PROCESS"]


def test_a_partial_reply_needs_grounds_and_the_parts_withheld(app, coordinator):
    _started(app, coordinator)
    with pytest.raises(DomainError) as err:
        application_reply(
            app=app, actor=coordinator, reply_type=ReplyType.R_PARTIAL, reason="部分公开"
        )
    assert err.value.field == "grounds"
    with pytest.raises(DomainError) as err:
        application_reply(
            app=app,
            actor=coordinator,
            reply_type=ReplyType.R_PARTIAL,
            reason="部分公开",
            grounds=["G15-THIRD"],
        )
    assert err.value.field == "withheld"
    with pytest.raises(DomainError) as err:
        application_reply(
            app=app,
            actor=coordinator,
            reply_type=ReplyType.R_DISCLOSE,
            reason="公开",
            grounds=["G15-THIRD"],
        )
    assert err.value.field == "grounds"


def test_an_article_16_ground_needs_the_confirmation(app, coordinator):
    _started(app, coordinator)
    with pytest.raises(DomainError) as err:
        application_reply(
            app=app,
            actor=coordinator,
            reply_type=ReplyType.R_WITHHOLD,
            reason="过程性信息",
            grounds=["G16-PROCESS"],
        )
    assert err.value.field == "no_disclosure_duty_confirmed"
    assert app.status == Status.IN_PROGRESS
    application_reply(
        app=app,
        actor=coordinator,
        reply_type=ReplyType.R_WITHHOLD,
        reason="过程性信息",
        grounds=["G16-PROCESS"],
        no_disclosure_duty_confirmed=True,
    )
    assert (app.withholding_ground, app.no_disclosure_duty_confirmed) == ("G16-PROCESS", True)


def test_the_re_review_list_keeps_or_releases_withheld_information(
    app, coordinator, reviewer, client
):
    from gongkai.applications.models import WithheldInformation

    _started(app, coordinator)
    application_reply(
        app=app,
        actor=coordinator,
        reply_type=ReplyType.R_WITHHOLD,
        reason="涉及商业秘密",
        grounds=["G15-THIRD"],
        day=date(2024, 10, 18),
    )
    row = WithheldInformation.objects.get(application=app)
    client.force_login(reviewer)
    page = client.get("/office/applications/withheld/").content.decode()
    assert app.number in page and "2025年10月18日" in page
    url = f"/office/applications/withheld/{row.pk}/review/"
    client.post(url, {"result": "keep", "note": "第三方仍不同意公开"})
    row.refresh_from_db()
    assert row.state == row.State.WITHHELD and row.next_review_on > date(2025, 10, 18)
    client.post(url, {"result": "release", "note": "第三方已同意公开"})
    row.refresh_from_db()
    assert row.state == row.State.RELEASED
    assert app.number not in client.get("/office/applications/withheld/").content.decode()


def test_the_reconsideration_body_of_a_peoples_government_is_the_one_above(org_tree):
    from gongkai.applications.services.letters import default_reconsideration_body
    from gongkai.orgs.models import Organisation
    from gongkai.orgs.services import org_create

    # A department: the people's government at its level (《行政复议法》第二十四条).
    assert default_reconsideration_body(org_tree["commission"]) == "云南省人民政府"
    # A provincial government decides on its own acts.
    assert default_reconsideration_body(org_tree["province"]) == "云南省人民政府"
    # A county government: the city government above it, never "本级人民政府".
    county = org_create(
        name="某某县人民政府", parent=org_tree["city"], kind=Organisation.Kind.REGION
    )
    assert default_reconsideration_body(county) == "平度市人民政府"
    # A city government at the top of the tree: unknown, so the coordinator must name it.
    assert default_reconsideration_body(org_tree["city"]) == ""


def test_no_letter_names_an_unknown_reconsideration_body(org_tree, coordinator):
    from gongkai.applications.services import application_answer, letter_settings_save

    city_app = application_register(
        org=org_tree["city"],
        channel=Channel.IN_PERSON,
        received_on=date(2024, 9, 27),
        applicant_name="赵六",
        id_document="110101199001011234",
        description="有关文件",
    )
    with pytest.raises(DomainError, match="行政复议机关"):
        application_answer(
            app=city_app,
            actor=None,
            reply_type=ReplyType.R_NOT_EXIST,
            decision="经检索，该政府信息不存在。",
        )
    with pytest.raises(DomainError):
        letter_settings_save(
            org=org_tree["city"],
            actor=None,
            organ_name="平度市人民政府",
            number_prefix="平政公开",
            reconsideration_body="本级人民政府",
        )
    letter_settings_save(
        org=org_tree["city"],
        actor=None,
        organ_name="平度市人民政府",
        number_prefix="平政公开",
        reconsideration_body="青岛市人民政府",
    )
    city_app.refresh_from_db()
    letter = application_answer(
        app=city_app, actor=None, reply_type=ReplyType.R_NOT_EXIST, decision="该政府信息不存在。"
    )
    assert "向青岛市人民政府申请行政复议" in letter.body


def test_the_audit_log_reads_in_chinese(app, coordinator, client):
    from gongkai.applications.services import application_start

    application_start(app=app, actor=coordinator)
    client.force_login(coordinator)
    rows = client.get("/office/audit/").content.decode().split("<tbody>")[1]
    assert "办理状态变更" in rows and "已收到 → 办理中" in rows
    assert "application.transition" not in rows and "in_progress" not in rows


def test_a_supervisor_sees_the_applicants_numbers_masked_until_opening_them(
    org_tree, coordinator, supervisor, client
):
    from gongkai.core.models import AuditEntry

    app = application_register(
        org=org_tree["commission"],
        channel=Channel.IN_PERSON,
        received_on=date(2024, 9, 27),
        applicant_name="李四",
        id_document="11010519491231002X",
        phone="13812345678",
        description="有关文件",
        actor=coordinator,
    )
    client.force_login(supervisor)
    page = client.get(f"/office/applications/{app.pk}/").content.decode()
    assert "11010519491231002X" not in page and "13812345678" not in page
    assert "110105********002X" in page and "138****5678" in page
    refused = client.post(f"/office/applications/{app.pk}/reveal/", {"reveal-reason": ""})
    assert (
        refused.status_code == 302
        and not AuditEntry.objects.filter(action="application.identity_viewed").exists()
    )
    shown = client.post(
        f"/office/applications/{app.pk}/reveal/", {"reveal-reason": "核查投诉"}
    ).content.decode()
    assert "11010519491231002X" in shown and "13812345678" in shown
    entry = AuditEntry.objects.get(action="application.identity_viewed")
    assert entry.actor == supervisor and entry.reason == "核查投诉"
    # The handling staff see them in full without asking.
    client.force_login(coordinator)
    assert "11010519491231002X" in client.get(f"/office/applications/{app.pk}/").content.decode()


def test_an_action_for_another_role_says_who_takes_it(app, coordinator, client):
    from gongkai.applications.services import application_start

    application_start(app=app, actor=coordinator)
    client.force_login(coordinator)
    page = client.get(f"/office/applications/{app.pk}/").content.decode()
    assert 'id="action-extension"' not in page
    assert "批准延期答复" in page and "审核人" in page.split('class="others"')[1]
